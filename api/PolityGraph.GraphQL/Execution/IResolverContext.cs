using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Execution;

/// <summary>Everything a resolver may know about the field it resolves.</summary>
public interface IResolverContext
{
    /// <summary>The parent object's value (the root value for root fields).</summary>
    object? Parent { get; }

    Schema Schema { get; }

    ObjectType ParentType { get; }

    FieldDefinition Field { get; }

    /// <summary>Every field node merged under this response key.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    string ResponseKey { get; }

    /// <summary>Coerced argument values (spec 6.4.1); arguments neither given nor defaulted are absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>A coerced argument converted to T; default(T) when absent or null.</summary>
    T ArgumentValue<T>(string name);

    /// <summary>Response path of this field: string keys and int list indices.</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>Coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    RequestContext Request { get; }

    IServiceProvider? Services { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>This field with its whole sub-selection, so a resolver can fetch it all in one query.</summary>
    ISelectedField Selection { get; }
}
