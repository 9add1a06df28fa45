namespace PolityGraph.GraphQL.Language;

/// <summary>A document that does not follow the grammar; the one error reads "Syntax Error: ..." with its place.</summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public GraphQLSyntaxException(Source source, int offset, string description)
        : base(new GraphQLError("Syntax Error: " + description, new[] { source.GetLocation(offset) }))
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
