using System.Collections.Concurrent;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// The plans of one selection on one type, one per combination of the boolean variables its @skip/@include
/// read (usually none, so one plan). A request picks its plan by those variables' values, so conditional
/// selections are collected once per combination, not once per request and object.
/// </summary>
internal sealed class PlanVariants
{
    private const int MaxConditionVariables = 64;

    // Bounds what one cached document can hold however many variable combinations clients send.
    private const int MaxCachedCombinations = 32;
    private readonly string[] _conditionVariables;
    private readonly ConcurrentDictionary<ulong, SelectionPlan> _byCondition = new();
    private SelectionPlan? _only;

    public PlanVariants(string[] conditionVariables) => _conditionVariables = conditionVariables;

    /// <summary>The plan for these variables if collected before; else false and the key to <see cref="Add"/> it under.</summary>
    public bool TryGet(IReadOnlyDictionary<string, object?> variables, out SelectionPlan plan, out ulong key)
    {
        key = 0;
        if (_conditionVariables.Length == 0)
        {
            plan = _only!;
            return plan is not null;
        }
        if (_conditionVariables.Length > MaxConditionVariables)
        {
            plan = null!;
            key = ulong.MaxValue;
            return false;
        }
        for (var i = 0; i < _conditionVariables.Length; i++)
            if (variables.TryGetValue(_conditionVariables[i], out var value) && value is true) key |= 1UL << i;
        return _byCondition.TryGetValue(key, out plan!);
    }

    public void Add(ulong key, SelectionPlan plan)
    {
        if (_conditionVariables.Length == 0) _only = plan;
        else if (_conditionVariables.Length <= MaxConditionVariables && _byCondition.Count < MaxCachedCombinations) _byCondition.TryAdd(key, plan);
    }

    /// <summary>Every variable an @skip/@include reads in these selection sets or the fragments they spread, whatever its value.</summary>
    public static string[] ConditionVariablesOf(IEnumerable<SelectionSetNode> selectionSets, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var names = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets) Scan(selectionSet, fragments, names, visited);
        return names.ToArray();
    }

    private static void Scan(SelectionSetNode selectionSet, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, List<string> names, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is not ("skip" or "include")) continue;
                foreach (var argument in directive.Arguments)
                    if (argument.Value is VariableNode variable && !names.Contains(variable.Name.Value)) names.Add(variable.Name.Value);
            }
            switch (selection)
            {
                case InlineFragmentNode inline:
                    Scan(inline.SelectionSet, fragments, names, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Scan(fragment.SelectionSet, fragments, names, visited);
                    break;
            }
        }
    }
}
