namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// A located field error travelling up to the nearest nullable field (spec 6.4.4 "Handling Field Errors"):
/// thrown past non-null positions, recorded and turned into null where the type allows it.
/// </summary>
internal sealed class FieldErrorException : Exception
{
    public FieldErrorException(GraphQLError error)
        : base(error.Message)
    {
        Error = error;
    }

    public GraphQLError Error { get; }
}
