using PolityGraph.GraphModel;
using PolityGraph.Loader.Mapping;

namespace PolityGraph.Loader.Writing;

/// <summary>
/// How a record joins what the graph already holds of its node or keyed relationship when a load adds to the graph
/// (<c>--keep-absent</c>, <c>make load ADD=1</c>) instead of making it equal to the files. The rules (loader README,
/// "Adding a partial folder"):
/// <list type="bullet">
/// <item>a property the record states replaces the stored value; one it does not state is kept (a null field, an
///   empty list, or certainty left to its default);</item>
/// <item>lists are added to: the stored items stay in their order and the record's new ones follow (aliases,
///   attestedOn, about), and a tenure's or participation's evidence gains the record's (source, quote) pairs;</item>
/// <item>the search key is made again from the merged names, so the node stays findable by every name it has;</item>
/// <item>stored properties the record's kind does not have are kept.</item>
/// </list>
/// Merging the same record twice gives the same map, so a repeated load is unchanged.
/// </summary>
public static class PropertyMerge
{
    public static Dictionary<string, object?> Merge(string owner, string id, IReadOnlyDictionary<string, object?> stored,
        IReadOnlyDictionary<string, object?> record, IReadOnlyCollection<string> defaults)
    {
        var merged = new Dictionary<string, object?>(stored, StringComparer.Ordinal);
        foreach (var (name, value) in record)
        {
            if (name is Properties.SearchKey or Properties.EvidenceSources or Properties.EvidenceQuotes) continue;
            if (defaults.Contains(name) && stored.ContainsKey(name)) continue;
            merged[name] = value is IEnumerable<object?> items && value is not string
                ? Union(Items(stored.GetValueOrDefault(name)), items)
                : value;
        }
        if (record.ContainsKey(Properties.EvidenceSources))
        {
            var pairs = Pairs(stored).ToList();
            foreach (var pair in Pairs(record))
                if (!pairs.Contains(pair)) pairs.Add(pair);
            merged[Properties.EvidenceSources] = pairs.Select(p => (object?)p.Source).ToList();
            merged[Properties.EvidenceQuotes] = pairs.Select(p => (object?)p.Quote).ToList();
        }
        if (record.ContainsKey(Properties.SearchKey) && SearchKeys.For(owner, merged) is { } key)
            merged[Properties.SearchKey] = key;
        if (owner == RelationshipTypes.Held) CheckTenureDates(id, merged);
        return merged;
    }

    private static List<object?> Union(IEnumerable<object?> stored, IEnumerable<object?> added)
    {
        var union = stored.ToList();
        foreach (var item in added)
            if (!union.Contains(item)) union.Add(item);
        return union;
    }

    private static IEnumerable<object?> Items(object? value) => value is IEnumerable<object?> items && value is not string ? items : [];

    private static IEnumerable<(string? Source, string? Quote)> Pairs(IReadOnlyDictionary<string, object?> properties) =>
        Items(properties.GetValueOrDefault(Properties.EvidenceSources))
            .Zip(Items(properties.GetValueOrDefault(Properties.EvidenceQuotes)), (s, q) => (s as string, q as string));

    /// <summary>
    /// A tenure's stored dates and the record's can disagree once merged (a record's new <c>to</c> before a date the
    /// graph already attests): the validator cannot see that, so the load fails here, rolled back, saying why.
    /// </summary>
    private static void CheckTenureDates(string id, IReadOnlyDictionary<string, object?> tenure)
    {
        var from = tenure.GetValueOrDefault(Properties.From) as string;
        var to = tenure.GetValueOrDefault(Properties.To) as string;
        var problems = new List<string>();
        if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0) problems.Add($"to {to} is before from {from}");
        foreach (var date in Items(tenure.GetValueOrDefault(Properties.AttestedOn)).OfType<string>())
        {
            if (from is not null && string.CompareOrdinal(date, from) < 0) problems.Add($"attestedOn {date} is before from {from}");
            if (to is not null && string.CompareOrdinal(date, to) > 0) problems.Add($"attestedOn {date} is after to {to}");
        }
        if (problems.Count > 0)
            throw new InvalidOperationException(
                $"{id}: merged with what the graph holds of it, the tenure's dates disagree ({string.Join("; ", problems)}). "
                + "State the dates that hold in the record, or load the whole folder without ADD. Nothing was written.");
    }
}
