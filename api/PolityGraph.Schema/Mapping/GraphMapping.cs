using PolityGraph.GraphModel;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.Schema.Mapping;

/// <summary>
/// The graph mapping declared in the schema SDL (Sdl/polity-graph.graphql): which types are nodes or
/// relationships, how each field reads the graph, how each root field starts its statement. Read once at
/// start-up; every label and relationship type must be one of the graph model's (PolityGraph.GraphModel).
/// </summary>
public sealed class GraphMapping
{
    private readonly Dictionary<string, TypeMapping> types;
    private readonly Dictionary<string, RootField> roots;

    private GraphMapping(Dictionary<string, TypeMapping> types, Dictionary<string, RootField> roots, IReadOnlyList<string> nodeTypeNames)
    {
        this.types = types;
        this.roots = roots;
        NodeTypes = nodeTypeNames.Select(name => (NodeTypeMapping)types[name]).ToList();
    }

    /// <summary>Every @node type, in SDL order: the possible types of the Node interface.</summary>
    public IReadOnlyList<NodeTypeMapping> NodeTypes { get; }

    public IReadOnlyDictionary<string, RootField> Roots => roots;

    /// <summary>Every @node and @edge type.</summary>
    public IEnumerable<TypeMapping> Types => types.Values;

    public TypeMapping? Type(string typeName) => types.GetValueOrDefault(typeName);

    public NodeTypeMapping NodeType(string typeName) =>
        types.GetValueOrDefault(typeName) as NodeTypeMapping
        ?? throw new InvalidOperationException($"{typeName} is not a @node type.");

    /// <summary>The node type whose ids carry this prefix ("person" for person:dinh-tien-dung), or null.</summary>
    public NodeTypeMapping? NodeTypeForId(string id)
    {
        var prefix = EntityIds.PrefixOf(id);
        return prefix is null ? null : NodeTypes.FirstOrDefault(t => t.IdPrefix == prefix);
    }

    public static GraphMapping FromSdl(string sdl) => FromDocument(Parser.Parse(sdl));

    public static GraphMapping FromDocument(DocumentNode document)
    {
        var objects = document.Definitions.OfType<ObjectTypeDefinitionNode>().ToList();
        var types = new Dictionary<string, TypeMapping>();
        var nodeTypeNames = new List<string>();
        foreach (var definition in objects)
        {
            if (definition.Name.Value == "Query") continue;
            var fields = definition.Fields.ToDictionary(f => f.Name.Value, ReadField);
            var timespan = Directive(definition.Directives, "timespan") is { } t
                ? new Timespan(StringArg(t, "start")!, StringArg(t, "end")!, StringArg(t, "attested"), StringArg(t, "through"))
                : null;
            if (Directive(definition.Directives, "node") is { } node)
            {
                var label = Known(StringArg(node, "label")!, Labels.All, "label");
                types[definition.Name.Value] = new NodeTypeMapping(definition.Name.Value, label, StringArg(node, "idPrefix")!, fields, timespan);
                nodeTypeNames.Add(definition.Name.Value);
            }
            else if (Directive(definition.Directives, "edge") is { } edge)
            {
                var type = Known(StringArg(edge, "type")!, RelationshipTypes.All, "relationship type");
                types[definition.Name.Value] = new EdgeTypeMapping(definition.Name.Value, type, fields, timespan);
            }
        }

        var roots = new Dictionary<string, RootField>();
        var allTypes = RelationshipTypesIn(objects);
        if (objects.FirstOrDefault(o => o.Name.Value == "Query") is { } query)
            foreach (var field in query.Fields)
                roots[field.Name.Value] = ReadRoot(field, types, allTypes, roots);
        var mapping = new GraphMapping(types, roots, nodeTypeNames);
        ModelConsistency.Check(document, mapping); // at start-up, not at the first query that trips on it
        return mapping;
    }

    private static FieldMapping ReadField(FieldDefinitionNode field)
    {
        var name = field.Name.Value;
        var type = TypeOf(field.Type);
        var directives = field.Directives;
        FieldMapping mapping =
            Directive(directives, "relationship") is { } relationship ? ReadRelationship(name, type, relationship)
            : Directive(directives, "startNode") is not null ? new EndpointField(name, type, IsStart: true)
            : Directive(directives, "endNode") is not null ? new EndpointField(name, type, IsStart: false)
            : Directive(directives, "evidence") is { } evidence
                ? new EvidenceField(name, type, StringArg(evidence, "sources")!, StringArg(evidence, "quotes")!)
            : Directive(directives, "citedBy") is { } citedBy ? new CitedByField(name, type, StringArg(citedBy, "evidence")!, StringArg(citedBy, "startAttestedBy"))
            : Directive(directives, "nodesByIds") is { } byIds ? new NodesByIdsField(name, type, StringArg(byIds, "property")!)
            : Directive(directives, "count") is { } count ? new CountField(name, type, StringArg(count, "of")!)
            : new PropertyField(name, type, Directive(directives, "property") is { } p ? StringArg(p, "name")! : name);
        return mapping with { Filters = FiltersOf(field) };
    }

    private static RelationshipField ReadRelationship(string name, FieldType type, DirectiveNode relationship)
    {
        var hop = new Hop(Known(StringArg(relationship, "type")!, RelationshipTypes.All, "relationship type"), DirectionArg(relationship, "direction"));
        var via = StringArg(relationship, "via") is { } viaType
            ? new Hop(Known(viaType, RelationshipTypes.All, "relationship type"), DirectionArg(relationship, "viaDirection"))
            : null;
        return new RelationshipField(name, type, hop, via);
    }

    private static RootField ReadRoot(FieldDefinitionNode field, Dictionary<string, TypeMapping> types, IReadOnlyList<string> allRelationshipTypes, IReadOnlyDictionary<string, RootField> earlier)
    {
        var name = field.Name.Value;
        var type = TypeOf(field.Type);
        var filters = FiltersOf(field);
        var directives = field.Directives;
        if (Directive(directives, "count") is { } count)
            return earlier.GetValueOrDefault(StringArg(count, "of")!) is StartAtRoot of
                ? new CountRoot(name, type, of) { Filters = filters }
                : throw new InvalidOperationException($"Query.{name}: @count(of:) must name a list @startAt root field declared before it.");
        if (Directive(directives, "lookup") is not null)
            return new LookupRoot(name, type) { Filters = filters };
        if (Directive(directives, "connection") is { } connection)
        {
            // PersonConnection is a connection of Person.
            var nodeType = type.Name.EndsWith("Connection", StringComparison.Ordinal) ? type.Name[..^"Connection".Length] : type.Name;
            if (types.GetValueOrDefault(nodeType) is not NodeTypeMapping)
                throw new InvalidOperationException($"Query.{name}: {type.Name} is not a connection of a @node type.");
            return new ConnectionRoot(name, type, nodeType, StringArg(connection, "orderBy")!) { Filters = filters };
        }
        if (Directive(directives, "startAt") is { } startAt && Directive(directives, "relationship") is { } relationship)
            return new StartAtRoot(name, type, StringArg(startAt, "argument")!, ReadRelationship(name, type, relationship)) { Filters = filters };
        if (Directive(directives, "shortestPath") is { } shortestPath)
        {
            var excluded = ListArg(shortestPath, "exclude");
            return new ShortestPathRoot(name, type, allRelationshipTypes.Where(t => !excluded.Contains(t)).ToList());
        }
        throw new InvalidOperationException($"Query.{name} has no root mapping (@lookup, @connection, @startAt or @shortestPath).");
    }

    /// <summary>Every relationship type the SDL mentions, in first-mention order.</summary>
    private static IReadOnlyList<string> RelationshipTypesIn(IEnumerable<ObjectTypeDefinitionNode> objects)
    {
        var found = new List<string>();
        void Add(string? type)
        {
            if (type is not null && !found.Contains(type)) found.Add(type);
        }
        foreach (var definition in objects)
        {
            if (Directive(definition.Directives, "edge") is { } edge) Add(StringArg(edge, "type"));
            foreach (var field in definition.Fields)
                if (Directive(field.Directives, "relationship") is { } r)
                {
                    Add(StringArg(r, "type"));
                    Add(StringArg(r, "via"));
                }
        }
        return found;
    }

    private static IReadOnlyDictionary<string, FilterKind> FiltersOf(FieldDefinitionNode field)
    {
        var filters = new Dictionary<string, FilterKind>();
        foreach (var argument in field.Arguments)
            if (Directive(argument.Directives, "filter") is { } filter)
                filters[argument.Name.Value] = EnumArg(filter, "by") switch
                {
                    "SEARCH" => FilterKind.Search,
                    "HELD_ON" => FilterKind.HeldOn,
                    "OVERLAPS_FROM" => FilterKind.OverlapsFrom,
                    "OVERLAPS_TO" => FilterKind.OverlapsTo,
                    "RESOLUTION_CODE" => FilterKind.ResolutionCode,
                    var other => throw new InvalidOperationException($"Unknown filter {other} on {field.Name.Value}({argument.Name.Value}:)."),
                };
        return filters;
    }

    private static FieldType TypeOf(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => TypeOf(nonNull.Type) with { IsNonNull = true },
        ListTypeNode list => new FieldType(TypeOf(list.Type).Name, IsList: true, IsNonNull: false),
        NamedTypeNode named => new FieldType(named.Name.Value, IsList: false, IsNonNull: false),
        _ => throw new InvalidOperationException("Unknown type node " + type.Kind),
    };

    private static DirectiveNode? Directive(IReadOnlyList<DirectiveNode> directives, string name) =>
        directives.FirstOrDefault(d => d.Name.Value == name);

    private static ValueNode? Arg(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;

    private static string? StringArg(DirectiveNode directive, string name) => Arg(directive, name) switch
    {
        StringValueNode s => s.Value,
        null or NullValueNode => null,
        var other => throw new InvalidOperationException($"@{directive.Name.Value}({name}:) must be a string, found {other.Kind}."),
    };

    private static string? EnumArg(DirectiveNode directive, string name) => (Arg(directive, name) as EnumValueNode)?.Value;

    private static RelationshipDirection DirectionArg(DirectiveNode directive, string name) => EnumArg(directive, name) switch
    {
        "OUT" => RelationshipDirection.Out,
        "IN" => RelationshipDirection.In,
        var other => throw new InvalidOperationException($"@{directive.Name.Value}({name}:) must be OUT or IN, found {other ?? "nothing"}."),
    };

    private static IReadOnlyList<string> ListArg(DirectiveNode directive, string name) => Arg(directive, name) switch
    {
        ListValueNode list => list.Values.OfType<StringValueNode>().Select(s => s.Value).ToList(),
        StringValueNode single => [single.Value],
        _ => [],
    };

    private static string Known(string name, IReadOnlyList<string> known, string what) =>
        known.Contains(name)
            ? name
            : throw new InvalidOperationException($"The schema maps to {what} '{name}', which the graph model does not have ({string.Join(", ", known)}).");
}
