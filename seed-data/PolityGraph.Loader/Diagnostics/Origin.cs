namespace PolityGraph.Loader.Diagnostics;

/// <summary>Where a value was written: a seed file (relative to the seed folder) and a 1-based line.</summary>
public sealed record Origin(string File, int Line);

/// <summary>
/// A text value together with where it was written, for errors found after parsing (references,
/// quotes, dates). Deliberately not generic: AutoMapper 8 probes LINQ extension methods on lists
/// of generic element types and trips over .NET 10's constrained overloads (e.g. MaxInteger&lt;T&gt;).
/// The file and line are held inline, not as an <see cref="Origin"/> object: a large folder has
/// millions of values, and a second object per value was a sixth of the loader's memory.
/// </summary>
public sealed record Located(string Value, string File, int Line)
{
    public Located(string value, Origin origin) : this(value, origin.File, origin.Line) { }

    public Origin Origin => new(File, Line);
}

/// <summary>
/// A <see cref="Located"/> stored inline in a record (a field, not a reference to an object of its own): for the values every
/// tenure and participation has (its person, position, event), which at the loader benchmark's 100,000 people are 900,000
/// objects otherwise. The record's property makes the <see cref="Located"/> when asked for.
/// </summary>
internal readonly record struct InlineLocated(string Value, string File, int Line)
{
    public static InlineLocated Of(Located located) => new(located.Value, located.File, located.Line);

    public Located ToLocated() => new(Value, File, Line);
}
