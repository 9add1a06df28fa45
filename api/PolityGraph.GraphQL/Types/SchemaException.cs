namespace PolityGraph.GraphQL.Types;

/// <summary>A schema that breaks the type system's rules (spec 3); thrown by SchemaBuilder.Build with every problem found.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(string message)
        : this(new[] { message })
    {
    }

    public SchemaException(IReadOnlyList<string> problems)
        : base(problems.Count == 1 ? problems[0] : "The schema is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
