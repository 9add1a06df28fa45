namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// One GraphQL request as the transport hands it over (spec 6.1 "ExecuteRequest" inputs). Variable values are
/// plain .NET JSON values: null, bool, int/long/double/decimal, string, lists (IEnumerable&lt;object?&gt;),
/// maps (IReadOnlyDictionary/IDictionary&lt;string, object?&gt;), or System.Text.Json.JsonElement.
/// </summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);
