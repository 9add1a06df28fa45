using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema.Cypher;

/// <summary>
/// Compiles a selection set into one Cypher map expression keyed by response key: properties become
/// property reads, relationships become pattern comprehensions, evidence becomes a list comprehension.
/// Only what the request selects is fetched, and nesting never adds a statement.
/// </summary>
public sealed class SelectionProjector(GraphQL.Types.Schema schema, GraphMapping mapping, CypherScope scope)
{
    public const string TypeNameKey = "__typename";

    public CypherScope Scope => scope;

    /// <summary>The map for an object of a mapped type: one entry per selected field (except __typename).</summary>
    public string Object(ISelectedField field, string typeName, Binding binding, bool withTypeName = false, string? orderKey = null)
    {
        var type = ObjectType(typeName);
        var typeMapping = mapping.Type(typeName) ?? throw new InvalidOperationException($"{typeName} has no graph mapping.");
        var entries = new List<(string, string)>();
        if (withTypeName) entries.Add((TypeNameKey, CypherText.Literal(typeName)));
        if (orderKey is not null) entries.Add((Execution.ListOrder.Key, orderKey));
        foreach (var selection in field.SelectionsFor(type))
        {
            if (selection.Field.Name == TypeNameKey) continue; // the engine answers __typename itself
            entries.Add((selection.ResponseKey, Field(selection, typeMapping, typeMapping.Field(selection.Field.Name), binding)));
        }
        return CypherText.Map(entries);
    }

    /// <summary>
    /// The map for a value of an abstract type (Node): a CASE over the node types, each branch projecting that
    /// type's selection and naming the type in __typename so the engine can resolve it.
    /// </summary>
    public string AnyNode(ISelectedField field, string variable)
    {
        var branches = mapping.NodeTypes.Select(t =>
            $"WHEN {variable}:{CypherText.Name(t.Label)} THEN {Object(field, t.TypeName, Binding.Node(variable), withTypeName: true)}");
        return $"CASE {string.Join(" ", branches)} END";
    }

    /// <summary>A value for a field selected on a node type or an edge type.</summary>
    public string Value(ISelectedField field, string typeName, Binding binding) =>
        mapping.Type(typeName) is null && typeName == "Node" ? AnyNode(field, binding.Variable) : Object(field, typeName, binding);

    private string Field(ISelectedField selection, TypeMapping owner, FieldMapping field, Binding binding) => field switch
    {
        PropertyField property => Property(binding.Variable, property),
        EndpointField endpoint => Value(selection, endpoint.Type.Name, Binding.Node(endpoint.IsStart ? binding.Start! : binding.End!)),
        RelationshipField relationship => Relationship(selection, owner, relationship, binding.Variable),
        EvidenceField evidence => Evidence(selection, evidence, binding.Variable),
        NodesByIdsField byIds => NodesByIds(selection, byIds, binding.Variable),
        _ => throw new InvalidOperationException($"{owner.TypeName}.{field.FieldName}: unsupported mapping {field.GetType().Name}."),
    };

    private static string Property(string variable, PropertyField property)
    {
        var read = variable + "." + CypherText.Name(property.Property);
        // A missing list property reads as null; the contract's lists are non-null, so an absent list is empty.
        return property.Type.IsList && property.Type.IsNonNull ? $"coalesce({read}, [])" : read;
    }

    /// <summary>
    /// <c>[(owner)-[:TYPE]-&gt;(target:Label) WHERE filters | map]</c>, or its head() for a single object.
    /// For an @edge type the relationship itself is the item, bound with both endpoints.
    /// </summary>
    public string Relationship(ISelectedField selection, TypeMapping owner, RelationshipField field, string ownerVariable)
    {
        var (pattern, binding, itemType) = RelationshipPattern(field, ownerVariable);
        var predicates = Predicates.For(field.Filters, selection.Arguments, mapping.Type(itemType), binding, scope);
        var where = predicates.Count == 0 ? "" : " WHERE " + string.Join(" AND ", predicates);
        if (!field.Type.IsList) return $"head([{pattern}{where} | {Object(selection, itemType, binding)}])";
        return $"[{pattern}{where} | {Object(selection, itemType, binding, orderKey: OrderKey(mapping.Type(itemType), binding))}]";
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
    private static string EndpointType(EdgeTypeMapping edge, bool start) =>
        edge.Fields.Values.OfType<EndpointField>().Single(f => f.IsStart == start).Type.Name;

    private string Label(string nodeTypeName) => mapping.NodeType(nodeTypeName).Label;

    /// <summary>
    /// Evidence kept as parallel lists on a relationship: <c>[i IN range(0, size(sources) - 1) | {source, quote}]</c>,
    /// the source found in the statement's Source lookup table.
    /// </summary>
    private string Evidence(ISelectedField selection, EvidenceField field, string relationship)
    {
        var sources = $"coalesce({relationship}.{CypherText.Name(field.SourcesProperty)}, [])";
        var quotes = $"coalesce({relationship}.{CypherText.Name(field.QuotesProperty)}, [])";
        var i = scope.Variable("i");
        var entries = new List<(string, string)>();
        foreach (var sub in selection.SelectionsFor(ObjectType(field.Type.Name)))
        {
            switch (sub.Field.Name)
            {
                case TypeNameKey: continue;
                case "quote": entries.Add((sub.ResponseKey, $"{quotes}[{i}]")); break;
                case "source":
                    var source = mapping.NodeType(sub.Field.Type.GetNamedType().Name);
                    var table = scope.LookupTable(source.Label);
                    var s = scope.Variable("s");
                    entries.Add((sub.ResponseKey, $"head([{s} IN {table} WHERE {s}.id = {sources}[{i}] | {Object(sub, source.TypeName, Binding.Node(s))}])"));
                    break;
                default: throw new InvalidOperationException($"Evidence.{sub.Field.Name} has no graph mapping.");
            }
        }
        return $"[{i} IN range(0, size({sources}) - 1) | {CypherText.Map(entries)}]";
    }

    /// <summary>Nodes named by a list of ids on a relationship, in list order, from the statement's lookup table.</summary>
    private string NodesByIds(ISelectedField selection, NodesByIdsField field, string variable)
    {
        var target = mapping.NodeType(field.Type.Name);
        var table = scope.LookupTable(target.Label);
        var id = scope.Variable("id");
        var n = scope.Variable();
        var found = $"[{id} IN coalesce({variable}.{CypherText.Name(field.Property)}, []) | head([{n} IN {table} WHERE {n}.id = {id}])]";
        var x = scope.Variable();
        return $"[{x} IN {found} WHERE {x} IS NOT NULL | {Object(selection, target.TypeName, Binding.Node(x))}]";
    }

    // ---- The ids a selection's lookups will ask for ----------------------------------------------------
    // Evidence.source and @nodesByIds fields hold node ids in relationship properties, and 3.1 cannot seek a
    // node by id inside a nested pattern comprehension, so their nodes come from a lookup table collected
    // before the RETURN (CypherScope.LookupPrelude). To keep that table to the nodes the answer needs, the
    // root compilers ask here for the ids the same selection will look up: the same traversal as the
    // projection, yielding id lists instead of maps, so the table is one index seek on exactly those ids.

    /// <summary>
    /// A Cypher list of the ids of <paramref name="label"/> nodes that the selection's lookups will ask for,
    /// from the object bound by <paramref name="binding"/>; null when the selection looks none up.
    /// </summary>
    public string? LookupIds(ISelectedField field, string typeName, Binding binding, string label)
    {
        if (mapping.Type(typeName) is null && typeName == "Node") return AnyNodeLookupIds(field, binding.Variable, label);
        var type = ObjectType(typeName);
        var typeMapping = mapping.Type(typeName) ?? throw new InvalidOperationException($"{typeName} has no graph mapping.");
        var parts = new List<string>();
        foreach (var selection in field.SelectionsFor(type))
        {
            if (selection.Field.Name == TypeNameKey) continue;
            if (FieldLookupIds(selection, typeMapping.Field(selection.Field.Name), binding, label) is { } ids) parts.Add(ids);
        }
        return parts.Count == 0 ? null : string.Join(" + ", parts);
    }

    /// <summary>Per lookup label, the wanted ids from <paramref name="idsFor"/> ("[]" where it has none), for LookupPrelude.</summary>
    public IReadOnlyDictionary<string, string> WantedIds(Func<string, string?> idsFor) =>
        scope.LookupLabels.ToList().ToDictionary(label => label, label => idsFor(label) ?? "[]");

    /// <summary>
    /// The ids wanted by selections each applied to every node of a list expression (a page of rows, a
    /// path's nodes), concatenated; null when none looks anything up.
    /// </summary>
    public string? LookupIdsOverLists(IEnumerable<(ISelectedField Field, string List)> places, string typeName, string label)
    {
        var lists = places.Select(p => LookupIdsOverList(p.Field, typeName, p.List, label)).OfType<string>().ToList();
        return lists.Count == 0 ? null : string.Join(" + ", lists);
    }

    /// <summary>The ids wanted by a selection applied to every node of a list expression, concatenated.</summary>
    public string? LookupIdsOverList(ISelectedField field, string typeName, string list, string label)
    {
        var item = scope.Variable("item");
        if (LookupIds(field, typeName, Binding.Node(item), label) is not { } ids) return null;
        var acc = scope.Variable("acc");
        return $"reduce({acc} = [], {item} IN {list} | {acc} + {ids})";
    }

    private string? AnyNodeLookupIds(ISelectedField field, string variable, string label)
    {
        var branches = mapping.NodeTypes
            .Select(t => (t.Label, Ids: LookupIds(field, t.TypeName, Binding.Node(variable), label)))
            .Where(b => b.Ids is not null)
            .Select(b => $"WHEN {variable}:{CypherText.Name(b.Label)} THEN {b.Ids}")
            .ToList();
        return branches.Count == 0 ? null : $"CASE {string.Join(" ", branches)} ELSE [] END";
    }

    private string? FieldLookupIds(ISelectedField selection, FieldMapping field, Binding binding, string label) => field switch
    {
        PropertyField => null,
        EndpointField endpoint => LookupIds(selection, endpoint.Type.Name, Binding.Node(endpoint.IsStart ? binding.Start! : binding.End!), label),
        RelationshipField relationship => RelationshipLookupIds(selection, relationship, binding.Variable, label),
        EvidenceField evidence => EvidenceLookupIds(selection, evidence, binding.Variable, label),
        NodesByIdsField byIds => NodesByIdsLookupIds(selection, byIds, binding.Variable, label),
        _ => throw new InvalidOperationException($"{field.FieldName}: unsupported mapping {field.GetType().Name}."),
    };

    /// <summary>The ids the items of a relationship field look up, concatenated: <c>reduce(acc = [], x IN [pattern | ids] | acc + x)</c>.</summary>
    private string? RelationshipLookupIds(ISelectedField selection, RelationshipField field, string ownerVariable, string label)
    {
        var (pattern, binding, itemType) = RelationshipPattern(field, ownerVariable);
        if (LookupIds(selection, itemType, binding, label) is not { } ids) return null;
        var predicates = Predicates.For(field.Filters, selection.Arguments, mapping.Type(itemType), binding, scope);
        var where = predicates.Count == 0 ? "" : " WHERE " + string.Join(" AND ", predicates);
        var (acc, x) = (scope.Variable("acc"), scope.Variable("ids"));
        return $"reduce({acc} = [], {x} IN [{pattern}{where} | {ids}] | {acc} + {x})";
    }

    private string? EvidenceLookupIds(ISelectedField selection, EvidenceField field, string relationship, string label)
    {
        foreach (var sub in selection.SelectionsFor(ObjectType(field.Type.Name)))
        {
            if (sub.Field.Name != "source") continue;
            var source = mapping.NodeType(sub.Field.Type.GetNamedType().Name);
            NoteLookupsInside(sub, source.TypeName);
            if (source.Label == label) return $"coalesce({relationship}.{CypherText.Name(field.SourcesProperty)}, [])";
        }
        return null;
    }

    private string? NodesByIdsLookupIds(ISelectedField selection, NodesByIdsField field, string variable, string label)
    {
        var target = mapping.NodeType(field.Type.Name);
        NoteLookupsInside(selection, target.TypeName);
        return target.Label == label ? $"coalesce({variable}.{CypherText.Name(field.Property)}, [])" : null;
    }

    /// <summary>
    /// A lookup inside a looked-up node (Participation.about { discussedAt { participants { about } } }) needs
    /// ids the statement cannot know before it has the outer nodes: such statements keep whole tables.
    /// </summary>
    private void NoteLookupsInside(ISelectedField selection, string typeName)
    {
        foreach (var label in scope.LookupLabels)
            if (LookupIds(selection, typeName, Binding.Node(scope.Variable("inner")), label) is not null)
                scope.LookupsInsideLookups = true;
    }

    private ObjectType ObjectType(string name) =>
        schema.GetType(name) as ObjectType ?? throw new InvalidOperationException($"{name} is not an object type of the schema.");
}
