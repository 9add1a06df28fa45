using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Execution;

/// <summary>What a resolver sees of the field it resolves; built only for fields that have a resolver.</summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly ExecutionContext _execution;
    private readonly FieldPlan _plan;
    private readonly ResponsePath _path;
    private IReadOnlyList<object>? _pathList;
    private ISelectedField? _selection;

    public ResolverContext(ExecutionContext execution, FieldPlan plan, ObjectType parentType, object? parent, ResponsePath path, IReadOnlyDictionary<string, object?> arguments)
    {
        _execution = execution;
        _plan = plan;
        _path = path;
        ParentType = parentType;
        Parent = parent;
        Arguments = arguments;
    }

    public object? Parent { get; }

    public Schema Schema => _execution.Schema;

    public ObjectType ParentType { get; }

    public FieldDefinition Field => _plan.Definition;

    public IReadOnlyList<FieldNode> FieldNodes => _plan.Nodes;

    public string ResponseKey => _plan.ResponseKey;

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public IReadOnlyList<object> Path => _pathList ??= _path.ToList();

    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    public RequestContext Request => _execution.Request;

    public IServiceProvider? Services => _execution.Request.Services;

    public CancellationToken CancellationToken => _execution.CancellationToken;

    public ISelectedField Selection => _selection ??= new SelectedField(_plan, _execution, Arguments);

    public T ArgumentValue<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null) return default!;
        if (value is T typed) return typed;
        return (T)ArgumentConversion.To(typeof(T), value, name)!;
    }
}
