namespace PolityGraph.GraphQL.Validation;

/// <summary>Thrown inside validation to stop the walk at once; <see cref="DocumentValidator"/> reports its error last.</summary>
internal sealed class ValidationAbortedException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
