namespace PolityGraph.GraphQL.Language;

/// <summary>
/// Limits that keep a hostile document from costing more than it is worth, checked before and during parsing.
/// The defaults are generous: far above any query a real client sends.
/// </summary>
public sealed class ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>Maximum document length in UTF-16 characters, checked before lexing.</summary>
    public int MaxDocumentLength { get; init; } = 1_000_000;

    /// <summary>Maximum number of tokens (punctuators, names, values; not comments), counted while lexing.</summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>Maximum nesting of selection sets, list and object values and list types, checked while parsing.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Skip building <see cref="Location"/>s (smaller trees when locations are never reported).</summary>
    public bool NoLocation { get; init; }
}
