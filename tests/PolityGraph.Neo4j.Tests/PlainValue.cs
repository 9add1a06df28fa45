using System.Collections;
using System.Globalization;

namespace PolityGraph.Neo4j.Tests;

/// <summary>Deep, type-strict equality of the plain values the driver returns (long is not double).</summary>
internal static class PlainValue
{
    public static bool Equal(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (IDictionary e, IDictionary a) => e.Count == a.Count && e.Keys.Cast<object>().All(k => a.Contains(k) && Equal(e[k], a[k])),
        (IList e, IList a) => e.Count == a.Count && Enumerable.Range(0, e.Count).All(i => Equal(e[i], a[i])),
        _ => expected.GetType() == actual.GetType() && expected.Equals(actual),
    };

    public static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IDictionary d => "{" + string.Join(", ", d.Keys.Cast<object>().Select(k => $"{k}: {Show(d[k])}")) + "}",
        IList l => "[" + string.Join(", ", l.Cast<object?>().Select(Show)) + "]",
        IFormattable f => $"{f.ToString(null, CultureInfo.InvariantCulture)} ({value.GetType().Name})",
        _ => $"{value} ({value.GetType().Name})",
    };
}
