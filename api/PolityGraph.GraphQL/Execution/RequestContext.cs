using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Execution;

/// <summary>Per-request state the host passes to resolvers: services (e.g. the Neo4j driver) and free-form data.</summary>
public sealed class RequestContext
{
    public IServiceProvider? Services { get; init; }

    public IDictionary<string, object?> ContextData { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// The operation the executor selected from the document, once it has: for the host's logs, traces and
    /// metrics. Null when the request failed before one was chosen (a syntax or validation error).
    /// </summary>
    public OperationDefinitionNode? Operation { get; set; }
}
