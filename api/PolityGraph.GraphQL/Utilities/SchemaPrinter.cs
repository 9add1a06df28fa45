using System.Text;
using PolityGraph.GraphQL.Introspection;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js's printSchema does: custom directives, then types in type-map
/// (definition) order without the specified scalars and introspection types; the schema definition only when
/// root types are not named Query/Mutation/Subscription or the schema has a description.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var blocks = new List<string>();
        if (SchemaDefinition(schema) is { } definition) blocks.Add(definition);
        foreach (var directive in schema.Directives)
            if (!SpecifiedDirectives.IsSpecified(directive)) blocks.Add(PrintDirective(directive));
        foreach (var type in schema.Types)
            if (!Scalars.IsSpecified(type) && !IntrospectionTypes.IsIntrospectionType(type)) blocks.Add(PrintType(type));
        return string.Join("\n\n", blocks);
    }

    /// <summary>One named type as SDL.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Interfaces(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Interfaces(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select((v, i) =>
            Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason)).ToList()),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") + Block(input.Fields.Select((f, i) =>
            Description(f.Description, "  ", i == 0) + "  " + InputValue(f)).ToList()),
        _ => throw new ArgumentException("Unknown type " + type, nameof(type)),
    };

    private static string? SchemaDefinition(Schema schema)
    {
        if (schema.Description is null && IsOfCommonNames(schema)) return null;
        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        if (schema.QueryType is { } query) builder.Append("  query: ").Append(query.Name).Append('\n');
        if (schema.MutationType is { } mutation) builder.Append("  mutation: ").Append(mutation.Name).Append('\n');
        if (schema.SubscriptionType is { } subscription) builder.Append("  subscription: ").Append(subscription.Name).Append('\n');
        return builder.Append('}').ToString();
    }

    private static bool IsOfCommonNames(Schema schema) =>
        (schema.QueryType is null || schema.QueryType.Name == "Query") &&
        (schema.MutationType is null || schema.MutationType.Name == "Mutation") &&
        (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments) +
        (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string Interfaces(ComplexType type) =>
        type.Interfaces.Count == 0 ? "" : " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name));

    private static string Fields(ComplexType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)).ToList());

    private static string Block(IReadOnlyList<string> items) => items.Count == 0 ? "" : " {\n" + string.Join("\n", items) + "\n}";

    private static string Arguments(IReadOnlyList<ArgumentDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0) return "";
        if (arguments.All(a => a.Description is null)) return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        return "(\n" + string.Join("\n", arguments.Select((a, i) =>
            Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.From(value.DefaultValue, value.Type) is { } literal) text += " = " + Printer.Print(literal);
        return text + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason)
    {
        if (reason is null) return "";
        if (reason != SpecifiedDirectives.DefaultDeprecationReason) return " @deprecated(reason: " + Printer.PrintString(reason) + ")";
        return " @deprecated";
    }

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")";

    // graphql-js printDescription: a block string when it prints faithfully as one, else a quoted string.
    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null) return "";
        var text = BlockStrings.IsPrintableAsBlockString(description) ? BlockStrings.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation) + "\n";
    }
}
