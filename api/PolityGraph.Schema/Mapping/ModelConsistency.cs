using PolityGraph.GraphModel;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.Schema.Mapping;

/// <summary>
/// The SDL's graph mapping must say what the graph model (PolityGraph.GraphModel.GraphShape) says: every
/// property a field reads exists on its label or relationship type, every id prefix is the label's, every enum
/// the SDL maps to a property has the vocabulary's values, every @timespan names real properties, every @edge
/// type has one start and one end node of the right labels, and every @relationship is walked in a direction
/// the model stores. Run once when the mapping is read, so a mismatch stops the API at start-up with every
/// problem listed, instead of surfacing as a wrong answer or a failing query later.
/// </summary>
public static class ModelConsistency
{
    /// <summary>Throws <see cref="InvalidOperationException"/> listing every disagreement, or returns.</summary>
    public static void Check(DocumentNode document, GraphMapping mapping)
    {
        var problems = Problems(document, mapping);
        if (problems.Count > 0)
            throw new InvalidOperationException(
                $"The schema's graph mapping (Sdl/polity-graph.graphql) disagrees with the graph model (PolityGraph.GraphModel.GraphShape), {problems.Count} problem(s):\n  "
                + string.Join("\n  ", problems));
    }

    public static IReadOnlyList<string> Problems(DocumentNode document, GraphMapping mapping)
    {
        var enums = document.Definitions.OfType<EnumTypeDefinitionNode>()
            .ToDictionary(e => e.Name.Value, e => (IReadOnlyList<string>)e.Values.Select(v => v.Name.Value).ToList());
        var problems = new List<string>();
        foreach (var type in mapping.Types)
            CheckType(type, mapping, document, enums, problems);
        foreach (var root in mapping.Roots.Values)
            CheckRoot(root, mapping, problems);
        return problems;
    }

    private static void CheckType(TypeMapping type, GraphMapping mapping, DocumentNode document, Dictionary<string, IReadOnlyList<string>> enums, List<string> problems)
    {
        var (owner, properties) = type switch
        {
            NodeTypeMapping node => (node.Label, GraphShape.Node(node.Label)?.Properties),
            EdgeTypeMapping edge => (edge.RelationshipType, GraphShape.Relationship(edge.RelationshipType)?.Properties),
            _ => (type.TypeName, null),
        };
        if (properties is null)
        {
            problems.Add($"{type.TypeName}: the graph model has no label or relationship type '{owner}'.");
            return;
        }

        if (type is NodeTypeMapping n && GraphShape.Node(n.Label) is { } shape && shape.IdPrefix != n.IdPrefix)
            problems.Add($"{type.TypeName}: @node(idPrefix: \"{n.IdPrefix}\"), but {n.Label} ids read '{shape.IdPrefix}:slug' in the graph model.");
        if (type is EdgeTypeMapping e)
            CheckEndpoints(e, mapping, problems);

        void Property(string where, string property)
        {
            if (!properties.Contains(property))
                problems.Add($"{where}: {owner} has no property '{property}' in the graph model ({string.Join(", ", properties)}).");
        }

        foreach (var field in type.Fields.Values)
        {
            var where = $"{type.TypeName}.{field.FieldName}";
            switch (field)
            {
                case PropertyField p:
                    Property(where, p.Property);
                    if (enums.TryGetValue(p.Type.Name, out var values))
                        CheckEnum(where, p.Type.Name, values, owner, p.Property, problems);
                    break;
                case EvidenceField evidence:
                    Property(where, evidence.SourcesProperty);
                    Property(where, evidence.QuotesProperty);
                    break;
                case NodesByIdsField byIds:
                    Property(where, byIds.Property);
                    if (mapping.Type(byIds.Type.Name) is not NodeTypeMapping)
                        problems.Add($"{where}: @nodesByIds needs a @node type, not {byIds.Type.Name}.");
                    break;
                case RelationshipField relationship when type is NodeTypeMapping node:
                    CheckRelationship(where, node.Label, relationship, mapping, problems);
                    break;
                case RelationshipField:
                    problems.Add($"{where}: @relationship is only read on @node types.");
                    break;
                case CitedByField citedBy:
                    CheckCitedBy(where, type, citedBy, mapping, document, problems);
                    break;
                case CountField count when !type.Fields.TryGetValue(count.Of, out var counted) || !counted.Type.IsList:
                    problems.Add($"{where}: @count(of: \"{count.Of}\") needs a list field {count.Of} on {type.TypeName}.");
                    break;
            }
            // A count's arguments filter the items of the list it counts, not its Int.
            var items = field is CountField c && type.Fields.TryGetValue(c.Of, out var list) ? list.Type.Name : field.Type.Name;
            CheckFilters(where, field.Filters, items, mapping, problems);
        }

        if (type.Timespan is { } timespan)
            CheckTimespan(type, owner, properties, timespan, mapping, problems);
    }

    /// <summary>
    /// A @citedBy field sits on a @node type, is a list of an @edge type, and names an @evidence field of that type
    /// whose quotes' <c>source</c> is the owner's type (Source.tenures: Tenure.evidence, whose Evidence.source is a Source).
    /// </summary>
    private static void CheckCitedBy(string where, TypeMapping owner, CitedByField field, GraphMapping mapping, DocumentNode document, List<string> problems)
    {
        if (owner is not NodeTypeMapping)
            problems.Add($"{where}: @citedBy is only read on @node types.");
        if (!field.Type.IsList)
            problems.Add($"{where}: @citedBy needs a list field, not {field.Type.Name}.");
        if (mapping.Type(field.Type.Name) is not EdgeTypeMapping edge)
        {
            problems.Add($"{where}: @citedBy needs a list of an @edge type, not {field.Type.Name}.");
            return;
        }
        if (edge.Fields.GetValueOrDefault(field.Evidence) is not EvidenceField evidence)
        {
            problems.Add($"{where}: @citedBy(evidence: \"{field.Evidence}\") names no @evidence field of {edge.TypeName}.");
            return;
        }
        var source = document.Definitions.OfType<ObjectTypeDefinitionNode>()
            .FirstOrDefault(d => d.Name.Value == evidence.Type.Name)?.Fields.FirstOrDefault(f => f.Name.Value == "source");
        if (source is null || NamedType(source.Type) != owner.TypeName)
            problems.Add($"{where}: {edge.TypeName}.{field.Evidence} quotes sources of type {(source is null ? "(none)" : NamedType(source.Type))}, not {owner.TypeName}.");
        if (field.StartAttestedBy is { } attestedBy)
            CheckStartAttestedBy(where, owner, edge, attestedBy, problems);
    }

    /// <summary>
    /// @citedBy(startAttestedBy:) names a relationship type of the model that joins the edge's start label to the owner's label.
    /// </summary>
    private static void CheckStartAttestedBy(string where, TypeMapping owner, EdgeTypeMapping edge, string attestedBy, List<string> problems)
    {
        if (GraphShape.Relationship(attestedBy) is not { } shape)
        {
            problems.Add($"{where}: @citedBy(startAttestedBy: \"{attestedBy}\") names no relationship type of the graph model.");
            return;
        }
        var start = GraphShape.Relationship(edge.RelationshipType)?.StartLabels ?? [];
        if (owner is NodeTypeMapping node && shape.EndLabel != node.Label)
            problems.Add($"{where}: {attestedBy} ends at {shape.EndLabel}, not at {node.Label}.");
        if (start.Any(label => !shape.StartLabels.Contains(label)))
            problems.Add($"{where}: {attestedBy} does not start at every start label of {edge.RelationshipType} ({string.Join(", ", start)}).");
    }

    private static string NamedType(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedType(nonNull.Type),
        ListTypeNode list => NamedType(list.Type),
        NamedTypeNode named => named.Name.Value,
        _ => "",
    };

    /// <summary>Exactly one @startNode and one @endNode, of the labels the relationship type joins.</summary>
    private static void CheckEndpoints(EdgeTypeMapping edge, GraphMapping mapping, List<string> problems)
    {
        if (GraphShape.Relationship(edge.RelationshipType) is not { } shape) return;
        foreach (var isStart in new[] { true, false })
        {
            var directive = isStart ? "@startNode" : "@endNode";
            var endpoints = edge.Fields.Values.OfType<EndpointField>().Where(f => f.IsStart == isStart).ToList();
            if (endpoints.Count != 1)
            {
                problems.Add($"{edge.TypeName}: an @edge type needs exactly one {directive} field, found {endpoints.Count}.");
                continue;
            }
            var field = endpoints[0];
            var expected = isStart ? shape.StartLabels : [shape.EndLabel];
            if (mapping.Type(field.Type.Name) is not NodeTypeMapping node)
                problems.Add($"{edge.TypeName}.{field.FieldName}: {directive} needs a @node type, not {field.Type.Name}.");
            else if (!expected.Contains(node.Label))
                problems.Add($"{edge.TypeName}.{field.FieldName}: {edge.RelationshipType} {(isStart ? "starts at" : "ends at")} {string.Join(" or ", expected)} in the graph model, not {node.Label}.");
        }
    }

    /// <summary>
    /// The field's hops, walked from the owner's label, follow relationships as the model stores them; it ends
    /// on the field's node type, or yields relationships of its edge type.
    /// </summary>
    private static void CheckRelationship(string where, string ownerLabel, RelationshipField field, GraphMapping mapping, List<string> problems)
    {
        var labels = new[] { ownerLabel }.ToList();
        foreach (var hop in field.Via is null ? [field.Hop] : new[] { field.Via, field.Hop })
        {
            if (GraphShape.Relationship(hop.RelationshipType) is not { } shape)
            {
                problems.Add($"{where}: the graph model has no relationship type {hop.RelationshipType}.");
                return;
            }
            var (from, to) = hop.Direction == RelationshipDirection.Out ? (shape.StartLabels, (IReadOnlyList<string>)[shape.EndLabel]) : ([shape.EndLabel], shape.StartLabels);
            if (!labels.Any(from.Contains))
            {
                problems.Add($"{where}: {hop.RelationshipType} {(hop.Direction == RelationshipDirection.Out ? "OUT" : "IN")} starts at {string.Join(" or ", from)} in the graph model, not {string.Join(" or ", labels)}.");
                return;
            }
            labels = [.. to];
        }
        switch (mapping.Type(field.Type.Name))
        {
            case NodeTypeMapping target when !labels.Contains(target.Label):
                problems.Add($"{where}: {field.Hop.RelationshipType} leads to {string.Join(" or ", labels)} in the graph model, not {target.Label} ({field.Type.Name}).");
                break;
            case EdgeTypeMapping edge when edge.RelationshipType != field.Hop.RelationshipType:
                problems.Add($"{where}: yields {field.Type.Name} ({edge.RelationshipType}) relationships but follows {field.Hop.RelationshipType}.");
                break;
            case null:
                problems.Add($"{where}: @relationship needs a @node or @edge type, not {field.Type.Name}.");
                break;
        }
    }

    private static void CheckEnum(string where, string enumName, IReadOnlyList<string> sdlValues, string owner, string property, List<string> problems)
    {
        if (GraphShape.Vocabulary(owner, property) is not { } vocabulary)
        {
            problems.Add($"{where}: enum {enumName} reads {owner}.{property}, which holds no vocabulary in the graph model.");
            return;
        }
        var missing = vocabulary.Values.Except(sdlValues).ToList();
        var extra = sdlValues.Except(vocabulary.Values).ToList();
        if (missing.Count > 0 || extra.Count > 0)
            problems.Add($"{where}: enum {enumName} must have the values of {vocabulary.Enum.Name}"
                + (missing.Count > 0 ? $"; missing {string.Join(", ", missing)}" : "")
                + (extra.Count > 0 ? $"; not in the graph model {string.Join(", ", extra)}" : "") + ".");
    }

    private static void CheckTimespan(TypeMapping type, string owner, IReadOnlyList<string> properties, Timespan timespan, GraphMapping mapping, List<string> problems)
    {
        var (datedBy, dated) = (owner, properties);
        if (timespan.Through is { } through)
        {
            if (!type.Fields.TryGetValue(through, out var field) || field is not EndpointField endpoint || mapping.Type(endpoint.Type.Name) is not NodeTypeMapping node)
            {
                problems.Add($"{type.TypeName}: @timespan(through: \"{through}\") must name a @startNode or @endNode field.");
                return;
            }
            (datedBy, dated) = (node.Label, GraphShape.Node(node.Label)?.Properties ?? []);
        }
        foreach (var (argument, property) in new[] { ("start", timespan.Start), ("end", timespan.End), ("attested", timespan.Attested) })
            if (property is not null && !dated.Contains(property))
                problems.Add($"{type.TypeName}: @timespan({argument}: \"{property}\"), but {datedBy} has no such property in the graph model.");
    }

    private static void CheckFilters(string where, IReadOnlyDictionary<string, FilterKind> filters, string itemType, GraphMapping mapping, List<string> problems)
    {
        var item = mapping.Type(itemType.EndsWith("Connection", StringComparison.Ordinal) ? itemType[..^"Connection".Length] : itemType);
        foreach (var (argument, kind) in filters)
        {
            var label = (item as NodeTypeMapping)?.Label;
            switch (kind)
            {
                case FilterKind.Search when label is null || !(GraphShape.Node(label)?.Properties.Contains(Properties.SearchKey) ?? false):
                    problems.Add($"{where}({argument}:): SEARCH needs nodes with a {Properties.SearchKey}, and {itemType} has none.");
                    break;
                case FilterKind.ResolutionCode when label is null || !(GraphShape.Node(label)?.Properties.Contains(Properties.Code) ?? false):
                    problems.Add($"{where}({argument}:): RESOLUTION_CODE needs nodes with a {Properties.Code}, and {itemType} has none.");
                    break;
                case FilterKind.HeldOn or FilterKind.OverlapsFrom or FilterKind.OverlapsTo when item?.Timespan is null:
                    problems.Add($"{where}({argument}:): {kind} needs a @timespan on {itemType}.");
                    break;
            }
        }
    }

    private static void CheckRoot(RootField root, GraphMapping mapping, List<string> problems)
    {
        var where = $"Query.{root.FieldName}";
        switch (root)
        {
            case ConnectionRoot connection:
                var label = mapping.NodeType(connection.NodeType).Label;
                if (!(GraphShape.Node(label)?.Properties.Contains(connection.OrderBy) ?? false))
                    problems.Add($"{where}: @connection(orderBy: \"{connection.OrderBy}\"), but {label} has no such property in the graph model.");
                break;
            case StartAtRoot startAt when mapping.Type(startAt.Type.Name) is EdgeTypeMapping edge && edge.RelationshipType != startAt.Relationship.Hop.RelationshipType:
                problems.Add($"{where}: yields {edge.TypeName} ({edge.RelationshipType}) relationships but follows {startAt.Relationship.Hop.RelationshipType}.");
                break;
            case ShortestPathRoot path:
                foreach (var type in path.RelationshipTypes.Where(t => GraphShape.Relationship(t) is null))
                    problems.Add($"{where}: the graph model has no relationship type {type}.");
                break;
        }
        // A count's arguments are its list's, checked there.
        if (root is not CountRoot) CheckFilters(where, root.Filters, root.Type.Name, mapping, problems);
    }
}
