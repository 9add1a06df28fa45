using System.Text.Json;
using PolityGraph.Loader.Validation;

namespace PolityGraph.Extraction.Scoring;

/// <summary>
/// The gold sets: the dev passages (tests/extraction/dev.jsonl, split into tuning and held-out halves by
/// tests/extraction/split.txt) and the seed articles, whose gold is every tenure the seed YAML cites the
/// article for, as (person's name, position's title).
/// </summary>
public static class GoldSets
{
    public static IReadOnlyDictionary<string, IReadOnlyList<GoldArticle>> DevHalves(string devFile, string splitFile)
    {
        var half = File.ReadLines(splitFile)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);
        var halves = new Dictionary<string, List<GoldArticle>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(devFile).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString()!;
            if (!half.TryGetValue(id, out var name)) throw new InvalidDataException($"{id} is in neither half of {splitFile}.");
            var facts = GoldFact.ListFrom(root);
            var date = GoldFact.DateFrom(root);
            if (!halves.TryGetValue(name, out var list)) halves[name] = list = [];
            list.Add(new GoldArticle(id, root.GetProperty("text").GetString()!, date, null, facts));
        }
        return halves.ToDictionary(p => p.Key, p => (IReadOnlyList<GoldArticle>)p.Value, StringComparer.Ordinal);
    }

    public static IReadOnlyList<GoldArticle> SeedArticles(string seedFolder)
    {
        var (seeds, problems) = SeedValidator.ReadAndValidate(seedFolder);
        if (problems.Count > 0) throw new InvalidDataException($"{seedFolder} does not validate: {problems[0]}");
        var people = seeds.People.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var posts = seeds.Positions.ToDictionary(p => p.Id, p => p.Title, StringComparer.Ordinal);
        return [.. seeds.Sources.Select(source => new GoldArticle(
            source.Id,
            seeds.SourceTexts[source.Id],
            source.PublishedOn is null ? null : DateOnly.Parse(source.PublishedOn),
            source.Title,
            [.. seeds.Tenures
                .Where(t => t.Evidence.Any(e => e.Source.Value == source.Id))
                .Select(t => new GoldFact(people[t.Person.Value], posts[t.Position.Value], null, false))]))];
    }

    /// <summary>
    /// The seed articles' participations as (source id, person's name, role): every participation of
    /// seed-data/participations.yaml whose evidence cites the article.
    /// </summary>
    public static IReadOnlyList<(string Source, string Person, string Role)> SeedParticipations(string seedFolder)
    {
        var (seeds, _) = SeedValidator.ReadAndValidate(seedFolder);
        var people = seeds.People.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        return [.. seeds.Participations
            .SelectMany(p => p.Evidence.Select(e => (e.Source.Value, people[p.Person.Value], p.Role.ToString())))
            .Distinct()];
    }
}
