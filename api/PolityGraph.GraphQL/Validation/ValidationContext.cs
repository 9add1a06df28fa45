using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Validation;

/// <summary>
/// What every rule sees during one validation (graphql-js ValidationContext): the schema and document, the
/// <see cref="TypeInfo"/> of the node being visited, error reporting, and cached facts about fragments and
/// variable usages that several rules need.
/// </summary>
public sealed class ValidationContext
{
    private readonly TypeInfo _typeInfo;
    private readonly Action<GraphQLError> _onError;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursivelyReferencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AstNode, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _onError = onError;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>Reports an error located at the given nodes.</summary>
    public void ReportError(string message, params AstNode?[] nodes) => _onError(GraphQLError.At(message, nodes));

    // The schema elements of the node being visited; see TypeInfo.
    public IGraphQLType? Type => _typeInfo.Type;

    public NamedType? ParentType => _typeInfo.ParentType;

    public IGraphQLType? InputType => _typeInfo.InputType;

    public IGraphQLType? ParentInputType => _typeInfo.ParentInputType;

    public FieldDefinition? FieldDef => _typeInfo.FieldDef;

    public DirectiveDefinition? Directive => _typeInfo.Directive;

    public ArgumentDefinition? Argument => _typeInfo.Argument;

    public EnumValueDefinition? EnumValue => _typeInfo.EnumValue;

    /// <summary>The fragment definition of that name; the first one when the name is defined twice.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment) _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>Fragment spreads anywhere under a selection set, not following them into their fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        // A stack, as graphql-js walks it: spread order decides the order of cycle reports.
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.Count > 0)
        {
            foreach (var selection in setsToVisit.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every known fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursivelyReferencedFragments.TryGetValue(operation, out var cached)) return cached;
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(operation.SelectionSet);
        while (setsToVisit.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(setsToVisit.Pop()))
            {
                if (!collected.Add(spread.Name.Value)) continue;
                if (GetFragment(spread.Name.Value) is not { } fragment) continue;
                fragments.Add(fragment);
                setsToVisit.Push(fragment.SelectionSet);
            }
        }
        _recursivelyReferencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>Variables used directly in an operation or fragment (not in variable definitions), with the input type expected where each is used.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var cached)) return cached;
        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        Visitor.Visit(definition, collector);
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>Variables used by an operation, directly or in any fragment it uses recursively.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached)) return cached;
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation)) usages.AddRange(GetVariableUsages(fragment));
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector : IAstVisitor
    {
        private readonly TypeInfo _typeInfo;

        public VariableUsageCollector(TypeInfo typeInfo) => _typeInfo = typeInfo;

        public List<VariableUsage> Usages { get; } = new();

        public VisitorAction Enter(AstNode node, VisitorContext context)
        {
            // Definitions declare variables rather than use them.
            if (node is VariableDefinitionNode) return VisitorAction.SkipChildren;
            _typeInfo.Enter(node);
            if (node is VariableNode variable)
                Usages.Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.HasDefaultValue, _typeInfo.ParentInputType));
            return VisitorAction.Continue;
        }

        public VisitorAction Leave(AstNode node, VisitorContext context)
        {
            _typeInfo.Leave(node);
            return VisitorAction.Continue;
        }
    }
}
