using PolityGraph.Extractor.Grammar;
using PolityGraph.GraphModel;
using PolityGraph.Loader.Records;
using PolityGraph.Loader.Validation;

namespace PolityGraph.Extractor.Matching;

/// <summary>
/// What the graph already holds, to reuse its ids: the records of a seed folder (read and validated
/// by the loader), and optionally the ids and names of the running Neo4j (<see cref="Neo4jKnowledge"/>).
/// </summary>
public sealed class KnownGraph
{
    public SeedSet Seeds { get; }
    public string Folder { get; }
    /// <summary>Entities Neo4j holds that the seed folder does not: id → name or title, by label.</summary>
    public IReadOnlyList<KnownNode> GraphOnly { get; init; } = [];

    private KnownGraph(SeedSet seeds, string folder) => (Seeds, Folder) = (seeds, folder);

    public static KnownGraph Empty { get; } = new(new SeedSet(), "");

    /// <summary>Reads and validates a seed folder; a folder with problems cannot be matched against.</summary>
    public static KnownGraph FromSeedFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"seed folder '{folder}' does not exist");
        var (seeds, problems) = SeedValidator.ReadAndValidate(folder);
        if (problems.Count > 0)
            throw new InvalidDataException($"seed folder '{folder}' has {problems.Count} problem(s), first: {problems[0]}; run make validate DIR={folder}");
        return new KnownGraph(seeds, folder);
    }

    public KnownGraph With(IReadOnlyList<KnownNode> graphOnly) => new(Seeds, Folder) { GraphOnly = graphOnly };

    /// <summary>People of that name: exactly as written first, then those equal only once diacritics are folded.</summary>
    public (IReadOnlyList<PersonRecord> Exact, IReadOnlyList<PersonRecord> Folded) PeopleNamed(string name)
    {
        var exact = Seeds.People.Where(p => Same(p.Name, name) || p.Aliases.Any(a => Same(a, name))).ToList();
        var folded = Seeds.People.Except(exact)
            .Where(p => SearchFolding.Fold(p.Name) == SearchFolding.Fold(name) || p.Aliases.Any(a => SearchFolding.Fold(a) == SearchFolding.Fold(name)))
            .ToList();
        return (exact, folded);
    }

    public PositionRecord? PositionTitled(string post)
    {
        var key = PostKeys.ForMatching(post);
        return Seeds.Positions.FirstOrDefault(p => PostKeys.ForMatching(p.Title) == key);
    }

    public BodyRecord? BodyNamed(string name)
    {
        var key = PostKeys.ForMatching(name);
        return Seeds.Bodies.FirstOrDefault(b => new[] { b.Name, b.Abbreviation }.Concat(b.Aliases).OfType<string>()
            .Any(n => PostKeys.ForMatching(n) == key));
    }

    public ResolutionRecord? ResolutionCoded(string code) =>
        Seeds.Resolutions.FirstOrDefault(r => new[] { r.Code }.Concat(r.Aliases).OfType<string>()
            .Any(c => NormalizeCode(c) == NormalizeCode(code)));

    public IEnumerable<TenureRecord> TenuresOf(string personId) => Seeds.Tenures.Where(t => t.Person.Value == personId);

    public KnownNode? GraphOnlyNode(string label, string name, Func<string, string> key) =>
        GraphOnly.FirstOrDefault(n => n.Label == label && key(n.Name) == key(name));

    public static string NormalizeCode(string code) =>
        code.Replace("T.Ư", "TW", StringComparison.Ordinal).Replace("TƯ", "TW", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    private static bool Same(string a, string b) =>
        string.Equals(a.Normalize(System.Text.NormalizationForm.FormC), b.Normalize(System.Text.NormalizationForm.FormC), StringComparison.Ordinal);
}

/// <summary>An entity of the running graph, by label, id and name (a position's title).</summary>
public sealed record KnownNode(string Label, string Id, string Name);
