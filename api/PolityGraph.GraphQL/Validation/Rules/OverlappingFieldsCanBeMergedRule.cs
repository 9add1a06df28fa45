using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields sharing a response key must be the same field with the same
/// arguments, unless their parents are distinct object types, and must return shapes that can be merged.
/// A port of graphql-js 16.15's algorithm: fields and fragments are compared pairwise with memoisation, and a
/// work budget bounds the comparisons, so a crafted document cannot make validation quadratic without end.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    /// <summary>Units of comparison work one validation may spend before it is aborted.</summary>
    public const int MaxComplexityBudget = 500_000;

    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Comparison _comparison = new(context);

        public override VisitorAction Enter(AstNode node, VisitorContext walk)
        {
            if (node is not SelectionSetNode selectionSet) return VisitorAction.Continue;
            // Inline fragments are compared as part of the selection set that contains them.
            if (walk.Parent is InlineFragmentNode) return VisitorAction.Continue;
            if (selectionSet.Selections.Count <= 1 && selectionSet.Selections.FirstOrDefault() is not InlineFragmentNode)
                return VisitorAction.Continue;

            foreach (var conflict in _comparison.FindConflictsWithinSelectionSet(context.ParentType, selectionSet))
            {
                context.ReportError(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. " +
                    "Use different aliases on the fields to fetch both if this was intentional.",
                    conflict.Fields1.Concat(conflict.Fields2).ToArray<AstNode>());
            }
            return VisitorAction.Continue;
        }
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>One selected field with what is known of it where it was collected.</summary>
    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;
        public FieldNode Node { get; } = node;
        public FieldDefinition? Definition { get; } = definition;
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;
        public FieldInfo? Info { get; set; }
    }

    /// <summary>Prepared lazily, only for fields that overlap with another.</summary>
    private sealed class FieldInfo
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new();
        public NamedType? NamedType { get; init; }
        public IReadOnlyList<ArgumentNode> Arguments { get; init; } = Array.Empty<ArgumentNode>();
        public string? TypeString { get; set; }
    }

    private sealed class CollectFieldsResult
    {
        public OrderedDictionary<string, List<FieldDetails>> GroupedFieldSet { get; } = new(StringComparer.Ordinal);
        public List<string> FragmentNames { get; } = new();

        // Fragment name -> whether it was compared with these fields as mutually exclusive.
        public Dictionary<string, bool>? ComparedFragments { get; set; }
        public Dictionary<CollectFieldsResult, List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)>>? OverlappingFields { get; set; }
    }

    /// <summary>The state of the rule for one validation: caches shared by every selection set compared.</summary>
    private sealed class Comparison(ValidationContext context)
    {
        private readonly PairSet _comparedFragmentPairs = new();
        private readonly Dictionary<(NamedType? ParentType, SelectionSetNode SelectionSet), CollectFieldsResult> _collected = new(new CollectKeyComparer());
        private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
        private int _remainingBudget = MaxComplexityBudget;

        public List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var collected = CollectFields(parentType, selectionSet);
            // (A) Conflicts within the fields of this selection set.
            CollectConflictsWithin(conflicts, collected.GroupedFieldSet);
            // (B) Fragments compared with the fields and with each other.
            if (collected.FragmentNames.Count != 0 && (collected.GroupedFieldSet.Count != 0 || collected.FragmentNames.Count > 1))
            {
                for (var i = 0; i < collected.FragmentNames.Count; i++)
                {
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, collected.FragmentNames[i]);
                    for (var j = i + 1; j < collected.FragmentNames.Count; j++)
                        CollectConflictsBetweenFragments(conflicts, false, collected.FragmentNames[i], collected.FragmentNames[j]);
                }
            }
            return conflicts;
        }

        private void Spend(int cost)
        {
            _remainingBudget -= cost;
            // Out of budget: the whole validation stops with "Validation aborted." (graphql-js does the same).
            if (_remainingBudget < 0) throw new ValidationAbortedException(new GraphQLError("Validation aborted."));
        }

        private void CollectConflictsBetweenFieldsAndFragment(
            List<Conflict> conflicts, bool areMutuallyExclusive, CollectFieldsResult fields, string fragmentName)
        {
            Spend(1);
            if (fields.GroupedFieldSet.Count == 0) return;
            var compared = fields.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            // A non-exclusive comparison covers an exclusive one, not the other way round.
            if (compared.TryGetValue(fragmentName, out var wasExclusive) && (!wasExclusive || areMutuallyExclusive)) return;
            compared[fragmentName] = areMutuallyExclusive;

            if (context.GetFragment(fragmentName) is not { } fragment) return;
            var fragmentFields = CollectFragmentFields(fragment);
            if (ReferenceEquals(fields, fragmentFields)) return;

            // (D) The fields against the fragment's own fields, (E) then against fragments it spreads.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
            foreach (var referenced in fragmentFields.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, referenced);
        }

        private void CollectConflictsBetweenFragments(
            List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            Spend(2);
            if (fragmentName1 == fragmentName2) return;
            if (_comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive)) return;
            _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);

            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2) return;
            var fields1 = CollectFragmentFields(fragment1);
            var fields2 = CollectFragmentFields(fragment2);

            // (F) The two fragments' fields, (G) then each against the fragments the other spreads.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var referenced2 in fields2.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
            foreach (var referenced1 in fields1.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
        }

        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive,
            NamedType? parentType1, SelectionSetNode selectionSet1,
            NamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var fields1 = CollectFields(parentType1, selectionSet1);
            var fields2 = CollectFields(parentType2, selectionSet2);

            // (H) Field against field, (I) fields against the other side's fragments, (J) fragment against fragment.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var fragmentName2 in fields2.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName2);
            foreach (var fragmentName1 in fields1.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName1);
            foreach (var fragmentName1 in fields1.FragmentNames)
                foreach (var fragmentName2 in fields2.FragmentNames)
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, OrderedDictionary<string, List<FieldDetails>> groupedFieldSet)
        {
            foreach (var (responseName, fields) in groupedFieldSet)
            {
                for (var i = 0; i < fields.Count; i++)
                    for (var j = i + 1; j < fields.Count; j++)
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict) conflicts.Add(conflict);
            }
        }

        private void CollectConflictsBetween(
            List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectFieldsResult fields1, CollectFieldsResult fields2)
        {
            if (fields1.GroupedFieldSet.Count == 0 || fields2.GroupedFieldSet.Count == 0) return;
            foreach (var (responseName, list1, list2) in OverlappingFields(fields1, fields2))
            {
                foreach (var field1 in list1)
                    foreach (var field2 in list2)
                        if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict) conflicts.Add(conflict);
            }
        }

        private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> OverlappingFields(
            CollectFieldsResult fields1, CollectFieldsResult fields2)
        {
            var cache = fields1.OverlappingFields ??= new(ReferenceEqualityComparer.Instance);
            if (cache.TryGetValue(fields2, out var cached)) return cached;
            var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
            foreach (var (responseName, list1) in fields1.GroupedFieldSet)
            {
                Spend(1);
                if (fields2.GroupedFieldSet.TryGetValue(responseName, out var list2)) overlapping.Add((responseName, list1, list2));
            }
            cache[fields2] = overlapping;
            return overlapping;
        }

        // Whether two fields with one response key conflict, including through their sub-selections.
        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
        {
            // Fields on two different object types can never apply to the same value; only their shapes must merge.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            Spend(2);

            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && field1.Node.Name.Value == field2.Node.Name.Value)
                return null;

            if (!areMutuallyExclusive)
            {
                var info1 = InfoOf(field1);
                var info2 = InfoOf(field2);
                if (!info1.Comparisons.TryGetValue(info2, out var reason))
                {
                    var name1 = field1.Node.Name.Value;
                    var name2 = field2.Node.Name.Value;
                    reason = name1 != name2
                        ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                        : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
                    info1.Comparisons[info2] = reason;
                }
                if (reason is not null) return new Conflict(responseName, reason, [field1.Node], [field2.Node]);
            }

            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                var info1 = InfoOf(field1);
                var info2 = InfoOf(field2);
                var typeString1 = info1.TypeString ??= type1.ToString()!;
                var typeString2 = info2.TypeString ??= type2.ToString()!;
                return new Conflict(responseName, $"they return conflicting types \"{typeString1}\" and \"{typeString2}\"", [field1.Node], [field2.Node]);
            }

            if (field1.Node.SelectionSet is { } selectionSet1 && field2.Node.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelectionSets(
                    areMutuallyExclusive, InfoOf(field1).NamedType, selectionSet1, InfoOf(field2).NamedType, selectionSet2);
                return SubfieldConflicts(conflicts, responseName, field1.Node, field2.Node);
            }
            return null;
        }

        private static FieldInfo InfoOf(FieldDetails field) => field.Info ??= new FieldInfo
        {
            NamedType = field.Definition?.Type.GetNamedType(),
            Arguments = field.Node.Arguments,
        };

        private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count != arguments2.Count) return false;
            foreach (var argument1 in arguments1)
            {
                Spend(1);
                ArgumentNode? argument2 = null;
                // The last of duplicated names wins, as a JavaScript Map built from the list would keep it.
                foreach (var candidate in arguments2) if (candidate.Name.Value == argument1.Name.Value) argument2 = candidate;
                if (argument2 is null) return false;
                if (Stringify(argument1.Value) != Stringify(argument2.Value)) return false;
            }
            return true;
        }

        // A canonical text of a value literal: equal texts mean equal values (object fields in name order).
        private string Stringify(ValueNode value)
        {
            if (_stringifiedValues.TryGetValue(value, out var cached)) return cached;
            var builder = new StringBuilder();
            Write(builder, value);
            return _stringifiedValues[value] = builder.ToString();

            static void Write(StringBuilder builder, ValueNode value)
            {
                switch (value)
                {
                    case VariableNode variable: builder.Append("$").Append(variable.Name.Value); break;
                    case IntValueNode i: builder.Append("i:").Append(i.Value); break;
                    case FloatValueNode f: builder.Append("f:").Append(f.Value); break;
                    case StringValueNode s: builder.Append(s.Block ? "b:" : "s:").Append(JsonSerializer.Serialize(s.Value)); break;
                    case BooleanValueNode b: builder.Append(b.Value ? "true" : "false"); break;
                    case NullValueNode: builder.Append("null"); break;
                    case EnumValueNode e: builder.Append("e:").Append(e.Value); break;
                    case ListValueNode list:
                        builder.Append('[');
                        foreach (var item in list.Values)
                        {
                            Write(builder, item);
                            builder.Append(',');
                        }
                        builder.Append(']');
                        break;
                    case ObjectValueNode obj:
                        builder.Append('{');
                        foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                        {
                            builder.Append(field.Name.Value).Append(':');
                            Write(builder, field.Value);
                            builder.Append(',');
                        }
                        builder.Append('}');
                        break;
                }
            }
        }

        // Two types conflict when no value could be of both: lists against non-lists, nullability, different leaves.
        private bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
        {
            if (ReferenceEquals(type1, type2)) return false;
            Spend(1);
            if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
            if (type2 is ListType) return true;
            if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
            if (type2 is NonNullType) return true;
            if (type1.IsLeafType() || type2.IsLeafType()) return !ReferenceEquals(type1, type2);
            return false;
        }

        private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(TypeFromAst.Get(context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

        private CollectFieldsResult CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
        {
            if (_collected.TryGetValue((parentType, selectionSet), out var cached)) return cached;
            var result = new CollectFieldsResult();
            var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
            CollectFieldsInto(parentType, selectionSet, result, fragmentNames);
            _collected[(parentType, selectionSet)] = result;
            return result;
        }

        private void CollectFieldsInto(NamedType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result, HashSet<string> fragmentNames)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                        var key = field.ResponseKey;
                        if (!result.GroupedFieldSet.TryGetValue(key, out var list)) result.GroupedFieldSet[key] = list = new List<FieldDetails>();
                        list.Add(new FieldDetails(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        if (fragmentNames.Add(spread.Name.Value)) result.FragmentNames.Add(spread.Name.Value);
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } condition ? TypeFromAst.Get(context.Schema, condition) as NamedType : parentType;
                        CollectFieldsInto(inlineType, inline.SelectionSet, result, fragmentNames);
                        break;
                }
            }
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0) return null;
            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                if (message.Length > 0) message.Append(" and ");
                message.Append($"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
                if (message.Length > MaxConflictDetailLength) break;
            }
            return new Conflict(
                responseName,
                Abbreviate(message.ToString()),
                ConflictNodes(node1, conflicts, c => c.Fields1),
                ConflictNodes(node2, conflicts, c => c.Fields2));
        }

        // The enclosing field first, then the nodes of the sub-conflicts, at most MaxConflictNodes in all.
        private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var remaining = MaxConflictNodes - nodes.Count;
                var fields = side(conflict);
                nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
                if (nodes.Count == MaxConflictNodes) break;
            }
            return nodes;
        }
    }

    /// <summary>Pairs of fragment names already compared, and whether as mutually exclusive.</summary>
    private sealed class PairSet
    {
        private readonly Dictionary<string, Dictionary<string, bool>> _data = new(StringComparer.Ordinal);

        public bool Has(string a, string b, bool areMutuallyExclusive) =>
            HasOrdered(a, b, areMutuallyExclusive) || HasOrdered(b, a, areMutuallyExclusive);

        public void Add(string a, string b, bool areMutuallyExclusive)
        {
            if (!_data.TryGetValue(a, out var map)) _data[a] = map = new Dictionary<string, bool>(StringComparer.Ordinal);
            map[b] = areMutuallyExclusive;
        }

        // An exclusive question is answered by any earlier comparison; a non-exclusive one only by a non-exclusive one.
        private bool HasOrdered(string a, string b, bool areMutuallyExclusive) =>
            _data.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored) && (areMutuallyExclusive || !stored);
    }

    private sealed class CollectKeyComparer : IEqualityComparer<(NamedType? ParentType, SelectionSetNode SelectionSet)>
    {
        public bool Equals((NamedType? ParentType, SelectionSetNode SelectionSet) x, (NamedType? ParentType, SelectionSetNode SelectionSet) y) =>
            ReferenceEquals(x.ParentType, y.ParentType) && ReferenceEquals(x.SelectionSet, y.SelectionSet);

        public int GetHashCode((NamedType? ParentType, SelectionSetNode SelectionSet) key) =>
            HashCode.Combine(key.ParentType is null ? 0 : RuntimeHelpers.GetHashCode(key.ParentType), RuntimeHelpers.GetHashCode(key.SelectionSet));
    }
}
