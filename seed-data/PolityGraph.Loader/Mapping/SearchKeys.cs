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
}
