namespace PolityGraph.GraphQL.Language;

/// <summary>
/// A document that cannot be parsed: it breaks the grammar ("Syntax Error: ...", as graphql-js words it) or
/// exceeds a <see cref="ParserOptions"/> limit ("Document exceeds ..."). Carries one located error.
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public GraphQLSyntaxException(Source source, int offset, string description, bool prefixed = true)
        : base(new GraphQLError(prefixed ? "Syntax Error: " + description : description, new[] { source.GetLocation(offset) }))
    {
        Description = description;
        Offset = offset;
    }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>Character offset of the error in the source.</summary>
    public int Offset { get; }

    public GraphQLError Error => Errors[0];

    public SourceLocation Location => Error.Locations[0];
}
