using System.Collections.Concurrent;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// One response key of a selection on a concrete type, after CollectFields (spec 6.3.2): the merged field
/// nodes, the field's definition and, when no variable is involved, its coerced arguments. Plans are cached
/// with the document, so a repeated query skips collection, argument coercion and sub-plan building.
/// </summary>
internal sealed class FieldPlan
{
    private ConcurrentDictionary<ObjectType, PlanVariants>? _subPlans;

    public FieldPlan(string responseKey, FieldDefinition definition, List<FieldNode> nodes)
    {
        ResponseKey = responseKey;
        Definition = definition;
        Nodes = nodes;
        ReturnType = definition.Type;
        IsTypeName = ReferenceEquals(definition, Introspection.MetaFields.TypeName);
    }

    public string ResponseKey { get; }

    public FieldDefinition Definition { get; }

    public IGraphQLType ReturnType { get; }

    public List<FieldNode> Nodes { get; }

    public bool IsTypeName { get; }

    /// <summary>The coerced arguments when they contain no variables (computed once); null when they must be coerced per request.</summary>
    public IReadOnlyDictionary<string, object?>? StaticArguments { get; set; }

    /// <summary>An argument coercion error that does not depend on variables.</summary>
    public GraphQLError? StaticArgumentError { get; set; }

    public bool ArgumentsAreStatic { get; set; }

    /// <summary>The plans of this field's sub-selection on a concrete type (created on first use).</summary>
    public PlanVariants SubPlans(ObjectType type, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        if (_subPlans is null) Interlocked.CompareExchange(ref _subPlans, new ConcurrentDictionary<ObjectType, PlanVariants>(), null);
        if (_subPlans.TryGetValue(type, out var variants)) return variants;
        var selectionSets = new List<SelectionSetNode>(Nodes.Count);
        foreach (var node in Nodes) if (node.SelectionSet is not null) selectionSets.Add(node.SelectionSet);
        return _subPlans.GetOrAdd(type, new PlanVariants(PlanVariants.ConditionVariablesOf(selectionSets, fragments)));
    }
}

/// <summary>The collected fields of one selection on one object type, in request order.</summary>
internal sealed class SelectionPlan
{
    public SelectionPlan(FieldPlan[] fields)
    {
        Fields = fields;
        Keys = new string[fields.Length];
        for (var i = 0; i < fields.Length; i++) Keys[i] = fields[i].ResponseKey;
    }

    public FieldPlan[] Fields { get; }

    /// <summary>Response keys, shared by every result map built from this plan.</summary>
    public string[] Keys { get; }
}
