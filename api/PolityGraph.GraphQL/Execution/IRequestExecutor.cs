using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Execution;

/// <summary>Parses, validates and executes requests against one schema: the engine's only entry point.</summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        RequestContext? context = null,
        CancellationToken cancellationToken = default);
}
