namespace PolityGraph.GraphQL.Language;

/// <summary>The three root operation kinds (spec 2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public static class OperationTypeNames
{
    /// <summary>The keyword as written in documents: query, mutation, subscription.</summary>
    public static string ToKeyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };
}
