using System.Text;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema.Filtering;

/// <summary>
/// Generates, from the SDL's mapping directives, the filter and sort inputs of Hot Chocolate's conventions
/// and adds them where an app developer expects them:
/// <list type="bullet">
/// <item><c>&lt;Type&gt;FilterInput</c> (and, or, not, one entry per mapped field, <c>heldOn</c> on @edge types with a
/// @timespan) and <c>&lt;Type&gt;SortInput</c> for every @node and @edge type, with the operation inputs they use
/// (<c>StringOperationFilterInput</c>, <c>ListFilterInputTypeOfTenureFilterInput</c>, ..., <c>SortEnumType</c>);</item>
/// <item><c>where</c> and <c>order</c> on every @connection root field, every list @startAt root field and every list
/// @relationship or @citedBy field of a @node type;</item>
/// <item>a sibling <c>&lt;field&gt;Count(..., where:)</c> for each of those list fields.</item>
/// </list>
/// Nothing here is written per type: a new mapped field gets its filter, sort and count by being mapped.
/// </summary>
public static class FilterInputs
{
    public const string Where = "where";
    public const string Order = "order";
    public const string CountSuffix = "Count";

    public static DocumentNode AddTo(DocumentNode document)
    {
        var mapping = GraphMapping.FromDocument(document);
        var enums = document.Definitions.OfType<EnumTypeDefinitionNode>().Select(e => e.Name.Value).ToHashSet();
        var generated = new StringBuilder();
        generated.Append(Fixed);
        foreach (var name in enums.Where(e => e is not ("RelationshipDirection" or "FilterKind")))
            generated.Append($"input {name}OperationFilterInput {{ eq: {name} neq: {name} in: [{name}!] nin: [{name}!] }}\n");
        var listed = new HashSet<string>();
        foreach (var type in MappedTypes(mapping, document))
        {
            generated.Append(FilterInput(type, mapping, enums, listed));
            generated.Append(SortInput(type, mapping));
        }
        foreach (var item in listed)
            generated.Append($"input ListFilterInputTypeOf{item}FilterInput {{ all: {item}FilterInput none: {item}FilterInput some: {item}FilterInput any: Boolean }}\n");

        var definitions = new List<DefinitionNode>();
        foreach (var definition in document.Definitions)
            definitions.Add(definition is ObjectTypeDefinitionNode type ? WithArguments(type, mapping) : definition);
        definitions.AddRange(Parser.Parse(generated.ToString()).Definitions);
        return document with { Definitions = definitions };
    }

    /// <summary>The operation inputs every type shares, named as Hot Chocolate names them.</summary>
    private const string Fixed = """
        "Sort direction."
        enum SortEnumType { ASC DESC }
        "Text comparisons ignore case and Vietnamese diacritics, as search does: eq \"dinh tien dung\" matches \"Đinh Tiến Dũng\"."
        input StringOperationFilterInput { and: [StringOperationFilterInput!] or: [StringOperationFilterInput!] eq: String neq: String contains: String ncontains: String in: [String] nin: [String] startsWith: String nstartsWith: String endsWith: String nendsWith: String }
        input IdOperationFilterInput { eq: ID neq: ID in: [ID] nin: [ID] }
        input IntOperationFilterInput { eq: Int neq: Int in: [Int] nin: [Int] gt: Int gte: Int lt: Int lte: Int }
        input DateOperationFilterInput { eq: Date neq: Date in: [Date] nin: [Date] gt: Date gte: Date lt: Date lte: Date }
        input BooleanOperationFilterInput { eq: Boolean neq: Boolean }
        input ListStringOperationFilterInput { all: StringOperationFilterInput none: StringOperationFilterInput some: StringOperationFilterInput any: Boolean }
        input ListDateOperationFilterInput { all: DateOperationFilterInput none: DateOperationFilterInput some: DateOperationFilterInput any: Boolean }

        """;

    private static IEnumerable<TypeMapping> MappedTypes(GraphMapping mapping, DocumentNode document) =>
        document.Definitions.OfType<ObjectTypeDefinitionNode>().Select(d => mapping.Type(d.Name.Value)).OfType<TypeMapping>();

    /// <summary>The operation input of a scalar or enum, or null when the type has none.</summary>
    public static string? OperationInput(string scalar, ISet<string> enums) => scalar switch
    {
        "String" => "StringOperationFilterInput",
        "ID" => "IdOperationFilterInput",
        "Int" => "IntOperationFilterInput",
        "Date" => "DateOperationFilterInput",
        "Boolean" => "BooleanOperationFilterInput",
        _ when enums.Contains(scalar) => scalar + "OperationFilterInput",
        _ => null,
    };

    private static string FilterInput(TypeMapping type, GraphMapping mapping, ISet<string> enums, ISet<string> listed)
    {
        var name = type.TypeName;
        var fields = new List<string> { $"and: [{name}FilterInput!]", $"or: [{name}FilterInput!]", $"not: {name}FilterInput" };
        foreach (var field in type.Fields.Values)
        {
            var input = field switch
            {
                PropertyField { Type.IsList: false } p => OperationInput(p.Type.Name, enums),
                PropertyField { Type.IsList: true } p => p.Type.Name switch { "String" => "ListStringOperationFilterInput", "Date" => "ListDateOperationFilterInput", _ => null },
                EndpointField e => e.Type.Name + "FilterInput",
                RelationshipField { Type.IsList: false } r => r.Type.Name + "FilterInput",
                RelationshipField r => List(r.Type.Name, listed),
                NodesByIdsField n => List(n.Type.Name, listed),
                CitedByField c => List(c.Type.Name, listed),
                _ => null,
            };
            if (input is not null) fields.Add($"{field.FieldName}: {input}");
        }
        if (type is EdgeTypeMapping { Timespan: not null } && !type.Fields.ContainsKey(WhereCompiler.HeldOn))
            fields.Add($"\"Held on this date: the {name.ToLowerInvariant()}'s timespan contains it.\" {WhereCompiler.HeldOn}: Date");
        return $"input {name}FilterInput {{ {string.Join(" ", fields)} }}\n";
    }

    private static string List(string item, ISet<string> listed)
    {
        listed.Add(item);
        return $"ListFilterInputTypeOf{item}FilterInput";
    }

    private static string SortInput(TypeMapping type, GraphMapping mapping)
    {
        var fields = new List<string>();
        foreach (var field in type.Fields.Values)
        {
            switch (field)
            {
                case PropertyField { Type.IsList: false }:
                    fields.Add($"{field.FieldName}: SortEnumType");
                    break;
                case EndpointField or RelationshipField { Type.IsList: false } when mapping.Type(field.Type.Name) is NodeTypeMapping:
                    fields.Add($"{field.FieldName}: {field.Type.Name}SortInput");
                    break;
                case RelationshipField { Type.IsList: true } or CitedByField { Type.IsList: true }:
                    fields.Add($"\"By the number of {field.FieldName}.\" {field.FieldName}{CountSuffix}: SortEnumType");
                    break;
            }
        }
        return $"input {type.TypeName}SortInput {{ {string.Join(" ", fields)} }}\n";
    }

    /// <summary>where/order on connection roots, root lists and a node type's list fields, and the lists' Count siblings.</summary>
    private static ObjectTypeDefinitionNode WithArguments(ObjectTypeDefinitionNode type, GraphMapping mapping)
    {
        var fields = new List<FieldDefinitionNode>();
        foreach (var field in type.Fields)
        {
            if (type.Name.Value == "Query")
            {
                switch (mapping.Roots.GetValueOrDefault(field.Name.Value))
                {
                    case ConnectionRoot connection:
                        fields.Add(field with { Arguments = [.. field.Arguments, .. WhereAndOrder(connection.NodeType)] });
                        break;
                    case StartAtRoot { Relationship.Type.IsList: true } startAt:
                        // A root list (officeholders) is a list field like the others: where, order and a Count sibling.
                        fields.Add(field with { Arguments = [.. field.Arguments, .. WhereAndOrder(startAt.Relationship.Type.Name)] });
                        fields.Add(CountOf(field, startAt.Relationship.Type.Name, field.Directives));
                        break;
                    default:
                        fields.Add(field);
                        break;
                }
                continue;
            }
            // A node's related lists, and the nodes an edge names by id (Participation.about).
            if (mapping.Type(type.Name.Value) is { } owner
                && owner.Fields.GetValueOrDefault(field.Name.Value) is { Type.IsList: true } list
                && (list is NodesByIdsField || owner is NodeTypeMapping && list is RelationshipField or CitedByField))
            {
                fields.Add(field with { Arguments = [.. field.Arguments, .. WhereAndOrder(list.Type.Name)] });
                fields.Add(CountOf(field, list.Type.Name, []));
                continue;
            }
            fields.Add(field);
        }
        return type with { Fields = fields };
    }

    /// <summary>
    /// <c>&lt;field&gt;Count(..., where:): Int! @count(of: "field")</c>, with the list field's arguments and
    /// <paramref name="directives"/> (a root field's mapping, which the count starts from as the list does).
    /// </summary>
    private static FieldDefinitionNode CountOf(FieldDefinitionNode field, string itemType, IReadOnlyList<DirectiveNode> directives) => new(
        new StringValueNode($"How many {field.Name.Value} (with the same arguments)."),
        new NameNode(field.Name.Value + CountSuffix),
        [.. field.Arguments, .. WhereAndOrder(itemType).Take(1)],
        new NonNullTypeNode(new NamedTypeNode(new NameNode("Int"))),
        [.. directives, new DirectiveNode(new NameNode("count"), [new ArgumentNode(new NameNode("of"), new StringValueNode(field.Name.Value))])]);

    private static IReadOnlyList<InputValueDefinitionNode> WhereAndOrder(string itemType)
    {
        var parsed = (ObjectTypeDefinitionNode)Parser.Parse($"type T {{ f({Where}: {itemType}FilterInput, {Order}: [{itemType}SortInput!]): Int }}").Definitions[0];
        return parsed.Fields[0].Arguments;
    }
}
