namespace PolityGraph.Loader.Writing;

/// <summary>What a load did to one kind of element (a node label or a relationship type).</summary>
public sealed class KindCounts
{
    public long Created { get; set; }
    public long Updated { get; set; }
    public long Removed { get; set; }
    public long Unchanged { get; set; }
}

/// <summary>What a load did, per kind, in the order the kinds were written.</summary>
public sealed class LoadCounts
{
    private readonly Dictionary<string, KindCounts> kinds = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    public IEnumerable<(string Kind, KindCounts Counts)> Kinds => order.Select(k => (k, kinds[k]));

    public KindCounts this[string kind]
    {
        get
        {
            if (!kinds.TryGetValue(kind, out var counts))
            {
                kinds[kind] = counts = new KindCounts();
                order.Add(kind);
            }
            return counts;
        }
    }

    public long Created => kinds.Values.Sum(k => k.Created);
    public long Updated => kinds.Values.Sum(k => k.Updated);
    public long Removed => kinds.Values.Sum(k => k.Removed);
    public long Unchanged => kinds.Values.Sum(k => k.Unchanged);

    /// <summary>True when the load found the graph already as the files describe it.</summary>
    public bool NothingChanged => Created == 0 && Updated == 0 && Removed == 0;

    public string Summary => $"{Created} created, {Updated} updated, {Removed} removed, {Unchanged} unchanged";
}
