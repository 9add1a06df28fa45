namespace PolityGraph.Loader.Diagnostics;

/// <summary>Where a value was written: a seed file (relative to the seed folder) and a 1-based line.</summary>
public sealed record Origin(string File, int Line);

/// <summary>
/// A text value together with where it was written, for errors found after parsing (references,
/// quotes, dates). Deliberately not generic: AutoMapper 8 probes LINQ extension methods on lists
/// of generic element types and trips over .NET 10's constrained overloads (e.g. MaxInteger&lt;T&gt;).
/// </summary>
public sealed record Located(string Value, Origin Origin);
