using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Execution;

/// <summary>A field plan seen through one request (its variables decide arguments and @skip/@include).</summary>
internal sealed class SelectedField : ISelectedField
{
    private readonly FieldPlan _plan;
    private readonly ExecutionContext _context;
    private IReadOnlyDictionary<string, object?>? _arguments;

    public SelectedField(FieldPlan plan, ExecutionContext context, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        _plan = plan;
        _context = context;
        _arguments = arguments;
    }

    public string ResponseKey => _plan.ResponseKey;

    public FieldDefinition Field => _plan.Definition;

    public IReadOnlyDictionary<string, object?> Arguments => _arguments ??= _context.GetArguments(_plan);

    public IReadOnlyList<FieldNode> Nodes => _plan.Nodes;

    public IReadOnlyList<ISelectedField> SelectionsFor(ObjectType type)
    {
        if (_plan.ReturnType.GetNamedType() is ScalarType or EnumType) return Array.Empty<ISelectedField>();
        var plan = _context.GetSubPlan(_plan, type);
        var selections = new ISelectedField[plan.Fields.Length];
        for (var i = 0; i < selections.Length; i++) selections[i] = new SelectedField(plan.Fields[i], _context);
        return selections;
    }

    public override string ToString() => ResponseKey;
}
