namespace PolityGraph.Schema.Execution;

/// <summary>
/// Sorts the nested lists of a query result by the key the compiler put in each item, drops repeats of
/// the same item, then drops the key.
/// Cypher 3.1 has no way to order a pattern comprehension (no subqueries, no list sort), so the statement
/// returns the key and the order is applied here, in one walk over the already-shaped result.
/// </summary>
public static class ListOrder
{
    /// <summary>The item entry holding the sort key; '#' cannot start a GraphQL response key, so it never collides.</summary>
    public const string Key = "#order";

    /// <summary>Which elements of the key sort descending (a list of booleans, the same for every item); absent: all ascending.</summary>
    public const string DescendingKey = "#desc";

    public static object? Apply(object? value)
    {
        switch (value)
        {
            case System.Collections.IList items:
                foreach (var item in items) Apply(item);
                if (items is IList<object?> list && list.Count > 0 && list.All(i => i is IDictionary<string, object?> map && map.ContainsKey(Key)))
                {
                    var first = (IDictionary<string, object?>)list[0]!;
                    var comparer = new KeyComparer(first.TryGetValue(DescendingKey, out var d) ? (d as IList<object?>)?.Select(x => x is true).ToList() : null);
                    var sorted = list.Cast<IDictionary<string, object?>>().OrderBy(m => m[Key], comparer).ToList();
                    // Equal keys are the same node reached twice (e.g. a source cited by two quotes): keep one.
                    var distinct = sorted.Where((m, i) => i == 0 || comparer.Compare(m[Key], sorted[i - 1][Key]) != 0).ToList();
                    foreach (var map in distinct)
                    {
                        map.Remove(Key);
                        map.Remove(DescendingKey);
                    }
                    list.Clear();
                    foreach (var map in distinct) list.Add(map);
                }
                break;
            case IDictionary<string, object?> map:
                foreach (var entry in map.Values) Apply(entry);
                break;
        }
        return value;
    }

    /// <summary>
    /// Compares keys element by element: null first, numbers as numbers, then strings ordinally (ISO dates sort
    /// as dates); an element marked descending compares the other way.
    /// </summary>
    private sealed class KeyComparer(IReadOnlyList<bool>? descending) : IComparer<object?>
    {
        public int Compare(object? x, object? y)
        {
            var a = x as IList<object?> ?? [];
            var b = y as IList<object?> ?? [];
            for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            {
                var c = (a[i], b[i]) switch
                {
                    (null, null) => 0,
                    (null, _) => -1,
                    (_, null) => 1,
                    (long p, long q) => p.CompareTo(q),
                    (IConvertible p, IConvertible q) when IsNumber(p) && IsNumber(q) => Convert.ToDouble(p, System.Globalization.CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(q, System.Globalization.CultureInfo.InvariantCulture)),
                    var (p, q) => string.CompareOrdinal(Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(q, System.Globalization.CultureInfo.InvariantCulture)),
                };
                if (descending is not null && i < descending.Count && descending[i]) c = -c;
                if (c != 0) return c;
            }
            return a.Count.CompareTo(b.Count);
        }

        private static bool IsNumber(IConvertible value) => value.GetTypeCode() is TypeCode.Int32 or TypeCode.Int64 or TypeCode.Double or TypeCode.Decimal or TypeCode.Single;
    }
}
