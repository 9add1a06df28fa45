using System.Text;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Language;

/// <summary>
/// Prints any AST back to GraphQL text in graphql-js's <c>print</c> format (two-space indents, arguments
/// wrapped past 80 columns, block strings kept), so documents and SDL compare equal with graphql-js output.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return P(node);
    }

    private static string P(AstNode? node) => node switch
    {
        null => string.Empty,
        NameNode n => n.Value,
        VariableNode n => "$" + n.Name.Value,
        DocumentNode n => Join(n.Definitions, "\n\n"),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n =>
            P(n.Variable) + ": " + P(n.Type) + Wrap(" = ", P(n.DefaultValue)) + Wrap(" ", Join(n.Directives, " ")),
        SelectionSetNode n => Block(n.Selections),
        FieldNode n => PrintField(n),
        ArgumentNode n => n.Name.Value + ": " + P(n.Value),
        FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " ")),
        InlineFragmentNode n => Join(" ", "...", Wrap("on ", P(n.TypeCondition)), Join(n.Directives, " "), P(n.SelectionSet)),
        FragmentDefinitionNode n =>
            "fragment " + n.Name.Value + Wrap("(", Join(n.VariableDefinitions, ", "), ")") +
            " on " + P(n.TypeCondition) + " " + Wrap("", Join(n.Directives, " "), " ") + P(n.SelectionSet),
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockStrings.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values, ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields, ", ") + "}",
        ObjectFieldNode n => n.Name.Value + ": " + P(n.Value),
        DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + P(n.Type) + "]",
        NonNullTypeNode n => P(n.Type) + "!",
        SchemaDefinitionNode n =>
            Description(n.Description) + Join(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        OperationTypeDefinitionNode n => n.Operation.ToKeyword() + ": " + P(n.Type),
        ScalarTypeDefinitionNode n =>
            Description(n.Description) + Join(" ", "scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeDefinitionNode n =>
            Description(n.Description) + Join(" ", "type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")),
                Join(n.Directives, " "), Block(n.Fields)),
        FieldDefinitionNode n =>
            Description(n.Description) + n.Name.Value + ArgumentDefinitions(n.Arguments) + ": " + P(n.Type) +
            Wrap(" ", Join(n.Directives, " ")),
        InputValueDefinitionNode n =>
            Description(n.Description) + Join(" ", n.Name.Value + ": " + P(n.Type), Wrap("= ", P(n.DefaultValue)),
                Join(n.Directives, " ")),
        InterfaceTypeDefinitionNode n =>
            Description(n.Description) + Join(" ", "interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")),
                Join(n.Directives, " "), Block(n.Fields)),
        UnionTypeDefinitionNode n =>
            Description(n.Description) + Join(" ", "union", n.Name.Value, Join(n.Directives, " "),
                Wrap("= ", Join(n.Types, " | "))),
        EnumTypeDefinitionNode n =>
            Description(n.Description) + Join(" ", "enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        EnumValueDefinitionNode n => Description(n.Description) + Join(" ", n.Name.Value, Join(n.Directives, " ")),
        InputObjectTypeDefinitionNode n =>
            Description(n.Description) + Join(" ", "input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        DirectiveDefinitionNode n =>
            Description(n.Description) + "directive @" + n.Name.Value + ArgumentDefinitions(n.Arguments) +
            (n.Repeatable ? " repeatable" : string.Empty) + " on " + Join(n.Locations, " | "),
        SchemaExtensionNode n => Join(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        ScalarTypeExtensionNode n => Join(" ", "extend scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeExtensionNode n =>
            Join(" ", "extend type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "),
                Block(n.Fields)),
        InterfaceTypeExtensionNode n =>
            Join(" ", "extend interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")),
                Join(n.Directives, " "), Block(n.Fields)),
        UnionTypeExtensionNode n =>
            Join(" ", "extend union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeExtensionNode n => Join(" ", "extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        InputObjectTypeExtensionNode n =>
            Join(" ", "extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        _ => throw new ArgumentException($"Cannot print node kind {node.Kind}.", nameof(node)),
    };

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var variables = Wrap("(", Join(node.VariableDefinitions, ", "), ")");
        var prefix = Join(" ", node.Operation.ToKeyword(), P(node.Name) + variables, Join(node.Directives, " "));
        // An anonymous query without variables or directives prints in the shorthand form.
        return (prefix == "query" ? string.Empty : prefix + " ") + P(node.SelectionSet);
    }

    private static string PrintField(FieldNode node)
    {
        var prefix = Wrap("", P(node.Alias), ": ") + node.Name.Value;
        var argumentsLine = prefix + Wrap("(", Join(node.Arguments, ", "), ")");
        if (argumentsLine.Length > MaxLineLength)
        {
            argumentsLine = prefix + Wrap("(\n", Indent(Join(node.Arguments, "\n")), "\n)");
        }
        return Join(" ", argumentsLine, Join(node.Directives, " "), P(node.SelectionSet));
    }

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(P).ToList();
        return printed.Any(a => a.Contains('\n'))
            ? Wrap("(\n", Indent(string.Join("\n", printed.Where(s => s.Length > 0))), "\n)")
            : Wrap("(", string.Join(", ", printed.Where(s => s.Length > 0)), ")");
    }

    private static string Description(StringValueNode? description) => Wrap("", P(description), "\n");

    /// <summary>graphql-js printString: a JSON-like quoted string; control and C1 characters as \uXXXX.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) builder.Append("\\u").Append(((int)c).ToString("X4"));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    // The helpers below are graphql-js's join / wrap / block / indent: empty parts vanish.
    private static string Join<T>(IReadOnlyList<T>? nodes, string separator) where T : AstNode
    {
        if (nodes is null || nodes.Count == 0) return string.Empty;
        var builder = new StringBuilder();
        foreach (var node in nodes)
        {
            var printed = P(node);
            if (printed.Length == 0) continue;
            if (builder.Length > 0) builder.Append(separator);
            builder.Append(printed);
        }
        return builder.ToString();
    }

    private static string Join(string separator, params string[] parts) =>
        string.Join(separator, parts.Where(part => part.Length > 0));

    private static string Block<T>(IReadOnlyList<T> nodes) where T : AstNode =>
        Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Wrap(string start, string value, string end = "") =>
        value.Length > 0 ? start + value + end : string.Empty;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  "));
}
