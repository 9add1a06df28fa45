using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema.Cypher;

/// <summary>
/// Walks a selection set once into a <see cref="Projection"/>: a map keyed by response key in which properties
/// become property reads, relationships pattern comprehensions, evidence a list comprehension. The tree
/// then gives both the Cypher and the ids its node lookups need. Only what the request selects is fetched,
/// and nesting never adds a statement.
/// </summary>
public sealed class SelectionProjector(GraphQL.Types.Schema schema, GraphMapping mapping, CypherScope scope)
{
    public const string TypeNameKey = "__typename";

    public CypherScope Scope => scope;

    /// <summary>Compiles where: arguments against this statement's scope.</summary>
    public Filtering.WhereCompiler Where => where ??= new Filtering.WhereCompiler(mapping, scope, this);

    /// <summary>Compiles order: arguments against this statement's scope.</summary>
    public Filtering.OrderCompiler Order => order ??= new Filtering.OrderCompiler(mapping, this);

    private Filtering.WhereCompiler? where;
    private Filtering.OrderCompiler? order;

    /// <summary>The map for an object of a mapped type: one entry per selected field (except __typename).</summary>
    public MapProjection Object(ISelectedField field, string typeName, Binding binding, bool withTypeName = false, string? orderKey = null, string? descending = null)
    {
        var type = ObjectType(typeName);
        var typeMapping = mapping.Type(typeName) ?? throw new InvalidOperationException($"{typeName} has no graph mapping.");
        var entries = new List<(string, Projection)>();
        if (withTypeName) entries.Add((TypeNameKey, new ExpressionProjection(CypherText.Literal(typeName))));
        if (orderKey is not null) entries.Add((Execution.ListOrder.Key, new ExpressionProjection(orderKey)));
        if (descending is not null) entries.Add((Execution.ListOrder.DescendingKey, new ExpressionProjection(descending)));
        foreach (var selection in field.SelectionsFor(type))
        {
            if (selection.Field.Name == TypeNameKey) continue; // the engine answers __typename itself
            entries.Add((selection.ResponseKey, Field(selection, typeMapping, typeMapping.Field(selection.Field.Name), binding)));
        }
        return new MapProjection(entries);
    }

    /// <summary>
    /// The map for a value of an abstract type (Node): a CASE over the node types, each branch projecting that
    /// type's selection and naming the type in __typename so the engine can resolve it.
    /// </summary>
    public AnyNodeProjection AnyNode(ISelectedField field, string variable) =>
        new(variable, mapping.NodeTypes.Select(t => (t.Label, (Projection)Object(field, t.TypeName, Binding.Node(variable), withTypeName: true))).ToList());

    /// <summary>A value for a field selected on a node type or an edge type.</summary>
    public Projection Value(ISelectedField field, string typeName, Binding binding) =>
        mapping.Type(typeName) is null && typeName == "Node" ? AnyNode(field, binding.Variable) : (Projection)Object(field, typeName, binding);

    private Projection Field(ISelectedField selection, TypeMapping owner, FieldMapping field, Binding binding) => field switch
    {
        PropertyField property => Property(binding.Variable, property),
        EndpointField endpoint => Value(selection, endpoint.Type.Name, Binding.Node(endpoint.IsStart ? binding.Start! : binding.End!)),
        RelationshipField relationship => Relationship(selection, relationship, binding.Variable),
        CitedByField citedBy => CitedBy(selection, citedBy, binding.Variable),
        EvidenceField evidence => Evidence(selection, evidence, binding.Variable),
        NodesByIdsField byIds => NodesByIds(selection, byIds, binding.Variable),
        CountField count => Count(selection, owner, count, binding.Variable),
        _ => throw new InvalidOperationException($"{owner.TypeName}.{field.FieldName}: unsupported mapping {field.GetType().Name}."),
    };

    private static ExpressionProjection Property(string variable, PropertyField property)
    {
        var read = variable + "." + CypherText.Name(property.Property);
        // A missing list property reads as null; the contract's lists are non-null, so an absent list is empty.
        return new(property.Type.IsList && property.Type.IsNonNull ? $"coalesce({read}, [])" : read);
    }

    /// <summary>
    /// <c>[(owner)-[:TYPE]-&gt;(target:Label) WHERE filters | map]</c>, or its head() for a single object.
    /// For an @edge type the relationship itself is the item, bound with both endpoints.
    /// </summary>
    public Projection Relationship(ISelectedField selection, RelationshipField field, string ownerVariable) =>
        List(selection, field, Items(field, ownerVariable));

    /// <summary>
    /// <c>[(a)-[r:TYPE]-&gt;(b) WHERE owner.id IN r.sources AND filters | map]</c>: the relationships whose evidence
    /// quotes the owner (@citedBy), ordered as any nested list.
    /// </summary>
    private Projection CitedBy(ISelectedField selection, CitedByField field, string ownerVariable) =>
        List(selection, field, Items(field, ownerVariable));

    /// <summary>A list field's (or a single related object's) items, narrowed by its arguments and ordered.</summary>
    private Projection List(ISelectedField selection, FieldMapping field, ItemsPattern items)
    {
        var (binding, itemType) = (items.Binding, items.ItemType);
        var where = items.Where(Conditions(selection, field, itemType, binding));
        if (!field.Type.IsList) return new PatternProjection(items.Pattern, where, Object(selection, itemType, binding), Single: true, scope);
        var item = OrderedObject(selection, itemType, binding, OrderKey(mapping.Type(itemType), binding));
        if (!items.Unanchored) return new PatternProjection(items.Pattern, where, item, Single: false, scope);
        // [r IN [pattern WHERE ... | r] | head([a IN [startNode(r)] | head([b IN [endNode(r)] | item])])]: the
        // projection runs in a list comprehension, where Neo4j 3.1 sees every variable of the statement (ItemsPattern).
        var (relationship, start, end) = (binding.Variable, binding.Start!, binding.End!);
        var bound = new BoundProjection(start, $"startNode({relationship})", new BoundProjection(end, $"endNode({relationship})", item));
        return new ListProjection(relationship, items.Collect(where), bound, scope);
    }

    /// <summary>The conditions on a list field's items: its @filter arguments, then where:.</summary>
    private List<string> Conditions(ISelectedField selection, FieldMapping field, string itemType, Binding binding)
    {
        var conditions = Predicates.For(field.Filters, selection.Arguments, mapping.Type(itemType), binding, scope);
        if (Where.Condition(mapping.Type(itemType)!, binding, selection.Arguments.GetValueOrDefault(Filtering.FilterInputs.Where)) is { } condition)
            conditions.Add(condition);
        return conditions;
    }

    /// <summary><c>size([pattern WHERE conditions | 1])</c>: a list field's count, narrowed by the same arguments.</summary>
    private Projection Count(ISelectedField selection, TypeMapping owner, CountField count, string ownerVariable)
    {
        if (owner.Field(count.Of) is NodesByIdsField byIds) return NodesByIds(selection, byIds, ownerVariable, counted: true);
        var list = owner.Field(count.Of) is RelationshipField or CitedByField ? owner.Field(count.Of)
            : throw new InvalidOperationException($"{owner.TypeName}.{count.FieldName}: @count(of:) must name a list @relationship, @citedBy or @nodesByIds field.");
        var items = Items(list, ownerVariable);
        return new ExpressionProjection(items.Count(items.Where(Conditions(selection, list, items.ItemType, items.Binding))));
    }

    /// <summary>
    /// What a nested list is ordered by (ListOrder sorts it after the query: Cypher 3.1 cannot sort inside a
    /// pattern comprehension): items in time (tenures, participations, events, resolutions) oldest first by
    /// their timespan, then by id; other items by id.
    /// </summary>
    private static string OrderKey(TypeMapping? item, Binding binding)
    {
        var id = $"{binding.Variable}.id";
        if (item?.Timespan is null) return $"[{id}]";
        var (start, end) = Predicates.Span(item, binding, "order");
        return $"[{start}, {end}, {id}]";
    }

    /// <summary>Where a list field's items are found from a bound owner: a @relationship's pattern, or a @citedBy's.</summary>
    public ItemsPattern Items(FieldMapping field, string ownerVariable)
    {
        switch (field)
        {
            case RelationshipField relationship:
                var (pattern, binding, itemType) = RelationshipPattern(relationship, ownerVariable);
                return new ItemsPattern(pattern, null, binding, itemType);
            case CitedByField citedBy:
                return CitationPattern(citedBy, ownerVariable);
            default:
                throw new InvalidOperationException($"{field.FieldName}: {field.GetType().Name} is not a list of related items.");
        }
    }

    /// <summary>
    /// The relationships of the field's edge type, <c>(a:Start)-[r:TYPE]-&gt;(b:End)</c>, with the condition that their
    /// evidence sources hold the owner's id. No index serves a list property of a relationship, so without
    /// <c>startAttestedBy</c> this reads every relationship of the type once per owner (see the schema README). With it,
    /// the pattern starts at the owner and crosses to the start nodes that point at it
    /// (<c>(owner)&lt;-[:ATTESTED_BY]-(a:Start)-[r:TYPE]-&gt;(b:End)</c>), bounded by what the owner attests. A start node
    /// may point at the owner more than once (one ATTESTED_BY per quote), so a relationship can match more than once:
    /// the pattern says so (<see cref="ItemsPattern.Repeats"/>) and its lists and counts keep each once.
    /// </summary>
    private ItemsPattern CitationPattern(CitedByField field, string ownerVariable)
    {
        var edge = mapping.Type(field.Type.Name) as EdgeTypeMapping
            ?? throw new InvalidOperationException($"{field.FieldName}: @citedBy needs a list of an @edge type, not {field.Type.Name}.");
        var evidence = edge.Fields.GetValueOrDefault(field.Evidence) as EvidenceField
            ?? throw new InvalidOperationException($"{field.FieldName}: {edge.TypeName}.{field.Evidence} is not an @evidence field.");
        var (relationship, start, end) = (scope.Variable("r"), scope.Variable(), scope.Variable());
        var cited = $"{ownerVariable}.id IN {relationship}.{CypherText.Name(evidence.SourcesProperty)}";
        var items = $"({start}:{CypherText.Name(Label(EndpointType(edge, true)))})-[{relationship}:{CypherText.Name(edge.RelationshipType)}]->({end}:{CypherText.Name(Label(EndpointType(edge, false)))})";
        if (field.StartAttestedBy is not { } attestedBy)
            return new ItemsPattern(items, cited, Binding.Edge(relationship, start, end), edge.TypeName);
        return new ItemsPattern($"({ownerVariable})<-[:{CypherText.Name(attestedBy)}]-{items}", cited, Binding.Edge(relationship, start, end), edge.TypeName,
            Repeats: (scope.Variable("seen"), scope.Variable("x")));
    }

    /// <summary>The pattern of a relationship field from a bound owner, the binding of its items, and the item type.</summary>
    public (string Pattern, Binding Binding, string ItemType) RelationshipPattern(RelationshipField field, string ownerVariable)
    {
        var itemType = field.Type.Name;
        var target = scope.Variable();
        var start = ownerVariable;
        var viaText = "";
        if (field.Via is { } via)
        {
            // The node reached by the via hop is the owner side of the relationship (Body.members: the position).
            start = scope.Variable();
            var viaLabel = mapping.Type(itemType) is EdgeTypeMapping viaEdge ? Label(EndpointType(viaEdge, field.Hop.Direction == RelationshipDirection.Out)) : null;
            viaText = Arrow(via, "") + $"({start}{(viaLabel is null ? "" : ":" + CypherText.Name(viaLabel))})";
        }
        if (mapping.Type(itemType) is EdgeTypeMapping edge)
        {
            var relationship = scope.Variable("r");
            // Seen from the owner: OUT means the owner is the relationship's start node.
            var ownerIsStart = field.Hop.Direction == RelationshipDirection.Out;
            var otherLabel = Label(EndpointType(edge, !ownerIsStart));
            var pattern = $"({ownerVariable}){viaText}{Arrow(field.Hop, relationship)}({target}:{CypherText.Name(otherLabel)})";
            var binding = ownerIsStart ? Binding.Edge(relationship, start, target) : Binding.Edge(relationship, target, start);
            return (pattern, binding, itemType);
        }
        var node = mapping.NodeType(itemType);
        return ($"({ownerVariable}){viaText}{Arrow(field.Hop, "")}({target}:{CypherText.Name(node.Label)})", Binding.Node(target), itemType);
    }

    private static string Arrow(Hop hop, string variable) => hop.Direction == RelationshipDirection.Out
        ? $"-[{variable}:{CypherText.Name(hop.RelationshipType)}]->"
        : $"<-[{variable}:{CypherText.Name(hop.RelationshipType)}]-";

    /// <summary>The node type at the start (or end) of an edge type, from its @startNode/@endNode field.</summary>
    internal static string EndpointType(EdgeTypeMapping edge, bool start) =>
        edge.Fields.Values.OfType<EndpointField>().Single(f => f.IsStart == start).Type.Name;

    private string Label(string nodeTypeName) => mapping.NodeType(nodeTypeName).Label;

    /// <summary>
    /// Evidence kept as parallel lists on a relationship: <c>[i IN range(0, size(sources) - 1) | {source, quote}]</c>,
    /// the source looked up by its id.
    /// </summary>
    private EvidenceProjection Evidence(ISelectedField selection, EvidenceField field, string relationship)
    {
        var sources = $"coalesce({relationship}.{CypherText.Name(field.SourcesProperty)}, [])";
        var quotes = $"coalesce({relationship}.{CypherText.Name(field.QuotesProperty)}, [])";
        var i = scope.Variable("i");
        var entries = new List<(string, Projection)>();
        foreach (var sub in selection.SelectionsFor(ObjectType(field.Type.Name)))
        {
            switch (sub.Field.Name)
            {
                case TypeNameKey: continue;
                case "quote": entries.Add((sub.ResponseKey, new ExpressionProjection($"{quotes}[{i}]"))); break;
                case "source":
                    var source = mapping.NodeType(sub.Field.Type.GetNamedType().Name);
                    var table = scope.LookupTable(source.Label);
                    var s = scope.Variable("s");
                    entries.Add((sub.ResponseKey, new LookupProjection(source.Label, s, $"{sources}[{i}]", table, Object(sub, source.TypeName, Binding.Node(s)))));
                    break;
                default: throw new InvalidOperationException($"Evidence.{sub.Field.Name} has no graph mapping.");
            }
        }
        return new EvidenceProjection(i, sources, new MapProjection(entries));
    }

    /// <summary>
    /// Nodes named by a list of ids on a relationship, each looked up by its id, narrowed by where:; in list order, or
    /// by order: (sorted after the query, as every nested list); or, <paramref name="counted"/>, how many there are.
    /// </summary>
    private NodesByIdsProjection NodesByIds(ISelectedField selection, NodesByIdsField field, string variable, bool counted = false)
    {
        var target = mapping.NodeType(field.Type.Name);
        var table = scope.LookupTable(target.Label);
        var id = scope.Variable("id");
        var n = scope.Variable();
        var lookup = new LookupProjection(target.Label, n, id, table, new ExpressionProjection(n));
        var x = scope.Variable();
        var item = Binding.Node(x);
        var conditions = Conditions(selection, field, target.TypeName, item);
        var condition = conditions.Count == 0 ? null : string.Join(" AND ", conditions);
        var ids = $"coalesce({variable}.{CypherText.Name(field.Property)}, [])";
        if (counted) return new NodesByIdsProjection(id, ids, lookup, x, new ExpressionProjection("1"), condition, Counted: true);
        return new NodesByIdsProjection(id, ids, lookup, x, OrderedObject(selection, target.TypeName, item, defaultOrderKey: null), condition);
    }

    /// <summary>
    /// A nested list's item, carrying the key ListOrder sorts the list by after the query: the list's order: keys then id,
    /// or <paramref name="defaultOrderKey"/> without order: (null: the list stays in the order it was built).
    /// </summary>
    private MapProjection OrderedObject(ISelectedField selection, string itemType, Binding binding, string? defaultOrderKey)
    {
        var keys = Order.Keys(mapping.Type(itemType)!, binding, selection.Arguments.GetValueOrDefault(Filtering.FilterInputs.Order));
        return keys.Count == 0
            ? Object(selection, itemType, binding, orderKey: defaultOrderKey)
            : Object(selection, itemType, binding,
                orderKey: $"[{string.Join(", ", keys.Select(k => k.Expression))}, {binding.Variable}.id]",
                descending: keys.Any(k => k.Descending) ? $"[{string.Join(", ", keys.Select(k => k.Descending ? "true" : "false"))}, false]" : null);
    }

    private ObjectType ObjectType(string name) =>
        schema.GetType(name) as ObjectType ?? throw new InvalidOperationException($"{name} is not an object type of the schema.");
}
