using PolityGraph.GraphModel;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Mapping;

/// <summary>What each kind of entity can be found by: every name it is known by, folded (see <see cref="SearchFolding"/>).</summary>
public static class SearchKeys
{
    public static string For(PersonRecord p) => SearchFolding.Key([p.Name, .. p.Aliases]);

    public static string For(BodyRecord b) => SearchFolding.Key([b.Name, b.NameEn, b.Abbreviation, .. b.Aliases]);

    public static string For(PositionRecord p) => SearchFolding.Key([p.Title, p.TitleEn]);

    public static string For(ResolutionRecord r) => SearchFolding.Key([r.Code, r.Title, .. r.Aliases]);

    public static string For(EventRecord e) => SearchFolding.Key([e.Title]);

    /// <summary>The properties each label's search key is made of, in the order the record overloads above take them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> NameProperties = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Labels.Person] = [Properties.Name, Properties.Aliases],
        [Labels.Body] = [Properties.Name, Properties.NameEn, Properties.Abbreviation, Properties.Aliases],
        [Labels.Position] = [Properties.Title, Properties.TitleEn],
        [Labels.Resolution] = [Properties.Code, Properties.Title, Properties.Aliases],
        [Labels.Event] = [Properties.Title],
    };

    /// <summary>
    /// The search key of a node from its property map (a record merged with what the graph holds): the same key the
    /// record overloads give for the same names. Null for a label without one (Source).
    /// </summary>
    public static string? For(string label, IReadOnlyDictionary<string, object?> properties) =>
        NameProperties.TryGetValue(label, out var names)
            ? SearchFolding.Key(names.SelectMany(name => properties.GetValueOrDefault(name) switch
            {
                string text => new[] { text },
                IEnumerable<object?> list => list.OfType<string>(),
                _ => Enumerable.Empty<string>(),
            }))
            : null;
}
