namespace PolityGraph.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, its span [Start, End) in the source, the 1-based line and column of Start,
/// and for names, numbers, strings and comments its value (strings unescaped, block strings dedented).
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value = null)
{
    /// <summary>As graphql-js describes a token in messages: <c>Name "foo"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Value is null ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";

    public override string ToString() => Describe();
}
