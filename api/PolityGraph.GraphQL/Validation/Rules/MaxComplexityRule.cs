using System.Globalization;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// A server limit, not a spec rule: a static estimate of how much work an operation asks for.
/// <code>
/// complexity(selection set) = sum of complexity(field) over its fields (fragments counted where spread)
/// complexity(field)         = 1 + multiplier(field) * complexity(field's selection set)
/// multiplier(field)         = for a field that takes `first` or `last` (a list or a Relay connection):
///                             the page size asked for (a literal; a variable's default in the operation;
///                             else the argument's schema default), or when none is given the schema
///                             default of `first`/`last`, else <see cref="DefaultPageSize"/>;
///                             for any other field: 1
/// </code>
/// So <c>{ people(first: 20) { name posts(first: 5) { title } } }</c> costs 1 + 20 * (1 + 1 + 5 * 1) = 141, and
/// a connection <c>people(first: 50) { edges { node { name } } }</c> costs 1 + 50 * (1 + 1 * (1 + 1 * 1)) = 151.
/// Variables are not known during validation (and validated documents are cached), hence defaults stand in
/// for them. Every branch of an abstract selection counts, and @skip/@include are not evaluated: the estimate
/// is an upper bound. One error per operation over the limit, located at the operation.
/// </summary>
public sealed class MaxComplexityRule : IValidationRule
{
    public MaxComplexityRule(int maxComplexity, int defaultPageSize = 10)
    {
        if (maxComplexity < 1) throw new ArgumentOutOfRangeException(nameof(maxComplexity), maxComplexity, "The maximum complexity must be at least 1.");
        if (defaultPageSize < 0) throw new ArgumentOutOfRangeException(nameof(defaultPageSize), defaultPageSize, "The default page size cannot be negative.");
        MaxComplexity = maxComplexity;
        DefaultPageSize = defaultPageSize;
    }

    public int MaxComplexity { get; }

    /// <summary>The page size assumed for a paged field when neither the document nor the schema gives one.</summary>
    public int DefaultPageSize { get; }

    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(this, context);

    private sealed class Visitor(MaxComplexityRule rule, ValidationContext context) : AstVisitor
    {
        // Costs saturate here, far above any sensible limit, so hostile multipliers cannot overflow.
        private const long Saturated = long.MaxValue / 4;

        private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _fragmentCosts = new(StringComparer.Ordinal);
        private OperationDefinitionNode? _operation;

        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    _operation = operation;
                    // Fragment costs depend on the operation's variable defaults: measured afresh per operation.
                    _fragmentCosts.Clear();
                    var cost = CostOf(context.Schema.GetRootType(operation.Operation), operation.SelectionSet);
                    if (cost > rule.MaxComplexity)
                    {
                        var name = operation.Name is { } n ? $"Operation \"{n.Value}\"" : "Anonymous operation";
                        var shown = cost >= Saturated ? "more than " + Saturated.ToString(CultureInfo.InvariantCulture) : cost.ToString(CultureInfo.InvariantCulture);
                        context.ReportError(
                            $"{name} has complexity {shown}, which exceeds the maximum complexity of {rule.MaxComplexity}.",
                            operation);
                    }
                    return VisitorAction.SkipChildren;
                case FragmentDefinitionNode:
                    return VisitorAction.SkipChildren;
                default:
                    return VisitorAction.Continue;
            }
        }

        private long CostOf(NamedType? parentType, SelectionSetNode selectionSet)
        {
            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                total = Add(total, selection switch
                {
                    FieldNode field => CostOf(parentType, field),
                    InlineFragmentNode inline => CostOf(TypeOf(inline.TypeCondition) ?? parentType, inline.SelectionSet),
                    FragmentSpreadNode spread => CostOfFragment(spread.Name.Value),
                    _ => 0,
                });
            }
            return total;
        }

        private long CostOf(NamedType? parentType, FieldNode field)
        {
            if (field.SelectionSet is null) return 1;
            var definition = parentType is null ? null : Utilities.TypeInfo.GetFieldDefinition(context.Schema, parentType, field.Name.Value);
            var childCost = CostOf(definition?.Type.GetNamedType(), field.SelectionSet);
            return Add(1, Multiply(MultiplierOf(definition, field), childCost));
        }

        // Memoised: a fragment spread twice per level over n levels would otherwise cost 2^n evaluations.
        private long CostOfFragment(string name)
        {
            if (_fragmentCosts.TryGetValue(name, out var known)) return known;
            // A cycle is NoFragmentCyclesRule's to report; here it simply stops counting.
            if (context.GetFragment(name) is not { } fragment || !_fragmentsInProgress.Add(name)) return 0;
            try
            {
                return _fragmentCosts[name] = CostOf(TypeOf(fragment.TypeCondition), fragment.SelectionSet);
            }
            finally
            {
                _fragmentsInProgress.Remove(name);
            }
        }

        private long MultiplierOf(FieldDefinition? definition, FieldNode field)
        {
            if (definition is null || !PageSizeArguments.Any(name => definition.GetArgument(name) is not null)) return 1;
            // A page size given in the document wins; `first` before `last`.
            foreach (var argumentName in PageSizeArguments)
            {
                var given = field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName)?.Value;
                if (given is null) continue;
                var literal = given is VariableNode variable ? DefaultOf(variable) : given;
                if (AsCount(literal) is { } count) return count;
                // A variable without a default: the argument's own default is the best estimate there is.
                if (SchemaDefaultOf(definition, argumentName) is { } byDefault) return byDefault;
            }
            foreach (var argumentName in PageSizeArguments)
            {
                if (SchemaDefaultOf(definition, argumentName) is { } byDefault) return byDefault;
            }
            return rule.DefaultPageSize;
        }

        private static readonly string[] PageSizeArguments = { "first", "last" };

        private ValueNode? DefaultOf(VariableNode variable) =>
            _operation?.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == variable.Name.Value)?.DefaultValue;

        private static long? AsCount(ValueNode? value) =>
            value is IntValueNode literal && long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count)
                ? Math.Max(0, count)
                : null;

        private static long? SchemaDefaultOf(FieldDefinition definition, string argumentName) =>
            definition.GetArgument(argumentName) is { HasDefaultValue: true, DefaultValue: int count } ? Math.Max(0, count) : null;

        private NamedType? TypeOf(NamedTypeNode? condition) => condition is null ? null : context.Schema.GetType(condition.Name.Value);

        private static long Add(long a, long b) => Math.Min(Saturated, a + b);

        private static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > Saturated / b ? Saturated : Math.Min(Saturated, a * b);
    }
}
