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
/// multiplier(field)         = for a field with a <see cref="ListSize"/> (set at schema build): the value of the
///                             first of its slicing arguments given (a literal; a variable's default in the
///                             operation; else the argument's schema default), else its assumed size;
///                             when the list size names sized fields (a connection's edges and nodes), those
///                             fields are multiplied instead of the whole selection;
///                             for a field that takes `first` or `last` (a list or a Relay connection):
///                             the page size asked for, found the same way, else <see cref="DefaultPageSize"/>;
///                             for any other list field: <see cref="DefaultListSize"/>; for the rest: 1
/// </code>
/// So <c>{ people(first: 20) { name posts(first: 5) { title } } }</c> costs 1 + 20 * (1 + 1 + 5 * 1) = 141, and
/// a connection <c>people(first: 50) { edges { node { name } } }</c> costs 1 + 50 * (1 + 1 * (1 + 1 * 1)) = 151,
/// or 1 + (1 + 50 * (1 + 1 * 1)) = 102 when its list size names <c>edges</c> as the sized field.
/// A list whose length the schema does not bound (a body's members) is weighted by its assumed fan-out, so a
/// chain of nested lists multiplies its estimates and is refused long before it could return the product of
/// the graph's real fan-outs. Variables are not known during validation (and validated documents are cached),
/// hence defaults stand in for them. Every branch of an abstract selection counts, and @skip/@include are not
/// evaluated: the estimate is an upper bound. One error per operation over the limit, located at the operation,
/// with <c>extensions.code</c> <see cref="ErrorCode"/> and the complexity found.
/// </summary>
public sealed class MaxComplexityRule : IValidationRule
{
    /// <summary>extensions.code of the error, so that clients can tell this refusal from a mistake in the document.</summary>
    public const string ErrorCode = ErrorCodes.ComplexityLimitExceeded;

    public MaxComplexityRule(int maxComplexity, int defaultPageSize = 10, int defaultListSize = 1)
    {
        if (maxComplexity < 1) throw new ArgumentOutOfRangeException(nameof(maxComplexity), maxComplexity, "The maximum complexity must be at least 1.");
        if (defaultPageSize < 0) throw new ArgumentOutOfRangeException(nameof(defaultPageSize), defaultPageSize, "The default page size cannot be negative.");
        if (defaultListSize < 0) throw new ArgumentOutOfRangeException(nameof(defaultListSize), defaultListSize, "The default list size cannot be negative.");
        MaxComplexity = maxComplexity;
        DefaultPageSize = defaultPageSize;
        DefaultListSize = defaultListSize;
    }

    public int MaxComplexity { get; }

    /// <summary>The page size assumed for a paged field when neither the document nor the schema gives one.</summary>
    public int DefaultPageSize { get; }

    /// <summary>The items assumed for a list field the schema gives no <see cref="ListSize"/> and no paging arguments.</summary>
    public int DefaultListSize { get; }

    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(this, context);

    private sealed class Visitor(MaxComplexityRule rule, ValidationContext context) : AstVisitor
    {
        // Costs saturate here, far above any sensible limit, so hostile multipliers cannot overflow.
        private const long Saturated = long.MaxValue / 4;

        private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _fragmentCosts = new(StringComparer.Ordinal);
        private OperationDefinitionNode? _operation;

        /// <summary>Inside a connection: which of its fields hold the items, and how many.</summary>
        private sealed record Sizing(IReadOnlyList<string> Fields, long Count);

        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    _operation = operation;
                    // Fragment costs depend on the operation's variable defaults: measured afresh per operation.
                    _fragmentCosts.Clear();
                    var cost = CostOf(context.Schema.GetRootType(operation.Operation), operation.SelectionSet, null);
                    if (cost > rule.MaxComplexity)
                    {
                        var name = operation.Name is { } n ? $"Operation \"{n.Value}\"" : "Anonymous operation";
                        var shown = cost >= Saturated ? "more than " + Saturated.ToString(CultureInfo.InvariantCulture) : cost.ToString(CultureInfo.InvariantCulture);
                        context.ReportError(GraphQLError.At(
                            $"{name} has complexity {shown}, which exceeds the maximum complexity of {rule.MaxComplexity}.",
                            new[] { operation },
                            path: null,
                            extensions: new Dictionary<string, object?>
                            {
                                ["code"] = ErrorCode,
                                ["complexity"] = Math.Min(cost, Saturated),
                                ["maxComplexity"] = rule.MaxComplexity,
                            }));
                    }
                    return VisitorAction.SkipChildren;
                case FragmentDefinitionNode:
                    return VisitorAction.SkipChildren;
                default:
                    return VisitorAction.Continue;
            }
        }

        private long CostOf(NamedType? parentType, SelectionSetNode selectionSet, Sizing? sizing)
        {
            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                total = Add(total, selection switch
                {
                    FieldNode field => sizing is not null && sizing.Fields.Contains(field.Name.Value)
                        ? CostOf(parentType, field, sizing.Count)
                        : CostOf(parentType, field, null),
                    InlineFragmentNode inline => CostOf(TypeOf(inline.TypeCondition) ?? parentType, inline.SelectionSet, sizing),
                    FragmentSpreadNode spread => CostOfFragment(spread.Name.Value, sizing),
                    _ => 0,
                });
            }
            return total;
        }

        /// <param name="sizedCount">The item count when this field holds the items of an enclosing connection.</param>
        private long CostOf(NamedType? parentType, FieldNode field, long? sizedCount)
        {
            if (field.SelectionSet is null) return 1;
            var definition = parentType is null ? null : Utilities.TypeInfo.GetFieldDefinition(context.Schema, parentType, field.Name.Value);
            var childType = definition?.Type.GetNamedType();
            if (sizedCount is { } count)
                return Add(1, Multiply(count, CostOf(childType, field.SelectionSet, null)));
            if (definition?.ListSize is { SizedFields.Count: > 0 } wrapper)
                return Add(1, CostOf(childType, field.SelectionSet, new Sizing(wrapper.SizedFields, CountOf(definition, field, wrapper.SlicingArguments) ?? wrapper.AssumedSize)));
            return Add(1, Multiply(MultiplierOf(definition, field), CostOf(childType, field.SelectionSet, null)));
        }

        // Memoised: a fragment spread twice per level over n levels would otherwise cost 2^n evaluations.
        // Inside a connection the same fragment may cost differently, so it is measured there afresh.
        private long CostOfFragment(string name, Sizing? sizing)
        {
            if (sizing is null && _fragmentCosts.TryGetValue(name, out var known)) return known;
            // A cycle is NoFragmentCyclesRule's to report; here it simply stops counting.
            if (context.GetFragment(name) is not { } fragment || !_fragmentsInProgress.Add(name)) return 0;
            try
            {
                var cost = CostOf(TypeOf(fragment.TypeCondition), fragment.SelectionSet, sizing);
                if (sizing is null) _fragmentCosts[name] = cost;
                return cost;
            }
            finally
            {
                _fragmentsInProgress.Remove(name);
            }
        }

        private long MultiplierOf(FieldDefinition? definition, FieldNode field)
        {
            if (definition is null) return 1;
            if (definition.ListSize is { } size) return CountOf(definition, field, size.SlicingArguments) ?? size.AssumedSize;
            if (PageSizeArguments.Any(name => definition.GetArgument(name) is not null))
                return CountOf(definition, field, PageSizeArguments) ?? rule.DefaultPageSize;
            return IsList(definition.Type) ? rule.DefaultListSize : 1;
        }

        /// <summary>The item count the slicing arguments ask for: given in the document (first wins), else a schema default.</summary>
        private long? CountOf(FieldDefinition definition, FieldNode field, IReadOnlyList<string> slicingArguments)
        {
            foreach (var argumentName in slicingArguments)
            {
                var given = field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName)?.Value;
                if (given is null) continue;
                var literal = given is VariableNode variable ? DefaultOf(variable) : given;
                if (AsCount(literal) is { } count) return count;
                // A variable without a default: the argument's own default is the best estimate there is.
                if (SchemaDefaultOf(definition, argumentName) is { } byDefault) return byDefault;
            }
            foreach (var argumentName in slicingArguments)
            {
                if (SchemaDefaultOf(definition, argumentName) is { } byDefault) return byDefault;
            }
            return null;
        }

        private static readonly string[] PageSizeArguments = { "first", "last" };

        private static bool IsList(IGraphQLType type) => (type is NonNullType nonNull ? nonNull.OfType : type) is ListType;

        private ValueNode? DefaultOf(VariableNode variable) =>
            _operation?.VariableDefinitions.FirstOrDefault(d => d.Variable.Name.Value == variable.Name.Value)?.DefaultValue;

        // An integer is a count; a list literal (ids to look up) counts its items.
        private static long? AsCount(ValueNode? value) => value switch
        {
            IntValueNode literal when long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) => Math.Max(0, count),
            ListValueNode list => list.Values.Count,
            _ => null,
        };

        private static long? SchemaDefaultOf(FieldDefinition definition, string argumentName) =>
            definition.GetArgument(argumentName) is { HasDefaultValue: true, DefaultValue: int count } ? Math.Max(0, count) : null;

        private NamedType? TypeOf(NamedTypeNode? condition) => condition is null ? null : context.Schema.GetType(condition.Name.Value);

        private static long Add(long a, long b) => Math.Min(Saturated, a + b);

        private static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > Saturated / b ? Saturated : Math.Min(Saturated, a * b);
    }
}
