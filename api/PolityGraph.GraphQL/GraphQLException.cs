namespace PolityGraph.GraphQL;

/// <summary>
/// An exception carrying one or more <see cref="GraphQLError"/>s. A resolver that throws one keeps its
/// errors' extensions in the response; the parser throws <see cref="Language.GraphQLSyntaxException"/>.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(GraphQLError error)
        : this(new[] { error ?? throw new ArgumentNullException(nameof(error)) })
    {
    }

    public GraphQLException(IReadOnlyList<GraphQLError> errors, Exception? innerException = null)
        : base(MessageOf(errors), innerException)
    {
        Errors = errors;
    }

    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null)
        : this(new GraphQLError(message, extensions: extensions))
    {
    }

    public IReadOnlyList<GraphQLError> Errors { get; }

    private static string MessageOf(IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0) throw new ArgumentException("At least one error is required.", nameof(errors));
        return errors.Count == 1 ? errors[0].Message : string.Join(Environment.NewLine, errors.Select(e => e.Message));
    }
}
