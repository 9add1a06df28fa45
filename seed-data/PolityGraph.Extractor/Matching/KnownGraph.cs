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
    /// <summary>People, posts and bodies Neo4j holds that the seed folder does not (no seed record has their id).</summary>
    public IReadOnlyList<KnownNode> GraphOnly { get; init; } = [];

    /// <summary>Tenures Neo4j holds that the seed folder does not.</summary>
    public IReadOnlyList<KnownTenure> GraphOnlyTenures { get; init; } = [];

    /// <summary>Participations Neo4j holds that the seed folder does not.</summary>
    public IReadOnlyList<KnownParticipation> GraphOnlyParticipations { get; init; } = [];

    /// <summary>Ids Neo4j gives to nodes this graph did not read (another person whose name makes the same slug, a source): no new record takes one.</summary>
    public IReadOnlySet<string> TakenInNeo4j { get; init; } = new HashSet<string>();

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

    /// <summary>This graph with what Neo4j holds beside it; what the seed folder also declares is left out (the seed's record wins).</summary>
    public KnownGraph With(IReadOnlyList<KnownNode> graph, IReadOnlyList<KnownTenure>? tenures = null, IReadOnlyList<KnownParticipation>? participations = null)
    {
        var declared = Seeds.DeclaredIds.Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
        return new(Seeds, Folder)
        {
            GraphOnly = [.. graph.Where(n => !declared.Contains(n.Id))],
            GraphOnlyTenures = [.. (tenures ?? []).Where(t => !declared.Contains(t.Id))],
            GraphOnlyParticipations = [.. (participations ?? []).Where(p => !declared.Contains(p.Id))],
            TakenInNeo4j = TakenInNeo4j,
        };
    }

    /// <summary>This graph with more ids that Neo4j has taken.</summary>
    public KnownGraph WithTaken(IEnumerable<string> ids) => new(Seeds, Folder)
    {
        GraphOnly = GraphOnly, GraphOnlyTenures = GraphOnlyTenures, GraphOnlyParticipations = GraphOnlyParticipations,
        TakenInNeo4j = TakenInNeo4j.Concat(ids).ToHashSet(StringComparer.Ordinal),
    };

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

    /// <summary>Neo4j-only people of that name (or alias): exactly as written first, then those equal only once diacritics are folded.</summary>
    public (IReadOnlyList<KnownNode> Exact, IReadOnlyList<KnownNode> Folded) GraphOnlyPeopleNamed(string name)
    {
        var people = GraphOnly.Where(n => n.Label == Labels.Person).ToList();
        var exact = people.Where(p => p.Names.Any(n => Same(n, name))).ToList();
        var folded = people.Except(exact).Where(p => p.Names.Any(n => SearchFolding.Fold(n) == SearchFolding.Fold(name))).ToList();
        return (exact, folded);
    }

    /// <summary>A Neo4j-only body by name, abbreviation or alias, compared as <see cref="BodyNamed"/> does.</summary>
    public KnownNode? GraphOnlyBodyNamed(string name)
    {
        var key = PostKeys.ForMatching(name);
        return GraphOnly.FirstOrDefault(n => n.Label == Labels.Body && n.Names.Any(written => PostKeys.ForMatching(written) == key));
    }

    /// <summary>A Neo4j-only document by code or alias, compared as <see cref="ResolutionCoded"/> does.</summary>
    public KnownNode? GraphOnlyResolutionCoded(string code) =>
        GraphOnly.FirstOrDefault(n => n.Label == Labels.Resolution && n.Names.Any(c => NormalizeCode(c) == NormalizeCode(code)));

    /// <summary>A Neo4j-only event of that kind on that date, as the seed's events are matched.</summary>
    public KnownNode? GraphOnlyEvent(string kind, string date) =>
        GraphOnly.FirstOrDefault(n => n.Label == Labels.Event && n.Text(Properties.Kind) == kind && n.Text(Properties.Date) == date);

    public static string NormalizeCode(string code) =>
        code.Replace("T.Ư", "TW", StringComparison.Ordinal).Replace("TƯ", "TW", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    private static bool Same(string a, string b) =>
        string.Equals(a.Normalize(System.Text.NormalizationForm.FormC), b.Normalize(System.Text.NormalizationForm.FormC), StringComparison.Ordinal);
}

/// <summary>An entity of the running graph, by label, id and name (a position's title), with what Neo4j stores of it.</summary>
public sealed record KnownNode(string Label, string Id, string Name)
{
    /// <summary>Its stored properties, as Neo4j returns them.</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new Dictionary<string, object?>();

    /// <summary>A person's posts (HELD), a position's body (IN_BODY): ids.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    public string? Text(string property) => Properties.GetValueOrDefault(property) as string;

    public IReadOnlyList<string> List(string property) =>
        Properties.GetValueOrDefault(property) is IEnumerable<object?> items ? [.. items.OfType<string>()] : [];

    /// <summary>Every name it is known by: its name or title, abbreviation and aliases.</summary>
    public IEnumerable<string> Names => new[] { Name, Text(GraphModel.Properties.Abbreviation) }.OfType<string>().Concat(List(GraphModel.Properties.Aliases));
}

/// <summary>A tenure of the running graph: its id, endpoints and stored properties.</summary>
public sealed record KnownTenure(string Id, string Person, string Position, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A participation of the running graph: its id, endpoints and stored properties.</summary>
public sealed record KnownParticipation(string Id, string Person, string Event, IReadOnlyDictionary<string, object?> Properties);
