using PolityGraph.Loader.Diagnostics;

namespace PolityGraph.Loader.Records;

/// <summary>
/// A quote from a source that supports a fact; it must appear in the source's text.
/// Held as its two values with their file and line, not as two <see cref="Located"/> objects: every record of a folder has
/// evidence (568,568 of them at the loader benchmark's 100,000 people), and the two objects doubled what each one held.
/// <see cref="Source"/> and <see cref="Quote"/> are made when asked for; equality is still by value, file and line.
/// </summary>
public sealed record EvidenceRecord
{
    private readonly string source = "", sourceFile = "", quote = "", quoteFile = "";
    private readonly int sourceLine, quoteLine;

    public EvidenceRecord(Located Source, Located Quote)
    {
        this.Source = Source;
        this.Quote = Quote;
    }

    public Located Source
    {
        get => new(source, sourceFile, sourceLine);
        init => (source, sourceFile, sourceLine) = (value.Value, value.File, value.Line);
    }

    public Located Quote
    {
        get => new(quote, quoteFile, quoteLine);
        init => (quote, quoteFile, quoteLine) = (value.Value, value.File, value.Line);
    }

    /// <summary>The source's id alone, without making a <see cref="Located"/> (the quote check reads every evidence).</summary>
    internal string SourceId => source;

    /// <summary>The quote alone, without making a <see cref="Located"/>.</summary>
    internal string QuoteText => quote;

    public void Deconstruct(out Located Source, out Located Quote) => (Source, Quote) = (this.Source, this.Quote);
}
