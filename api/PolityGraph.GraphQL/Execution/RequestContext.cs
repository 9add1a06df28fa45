namespace PolityGraph.GraphQL.Execution;

/// <summary>Per-request state the host passes to resolvers: services (e.g. the Neo4j driver) and free-form data.</summary>
public sealed class RequestContext
{
    public IServiceProvider? Services { get; init; }

    public IDictionary<string, object?> ContextData { get; init; } = new Dictionary<string, object?>();
}
