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
