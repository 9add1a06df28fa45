using PolityGraph.GraphModel;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;
using PolityGraph.Loader.Tests.Support;
using PolityGraph.Loader.Validation;
using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.Loading;

/// <summary>
/// After loading the real seed-data/, every fact of every record of every file is in the graph.
/// The expectations are written from the records' fields here, not through the loader's mapping,
/// so a mapping mistake cannot hide itself.
/// </summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class RealSeedDataLoadTests(Neo4jServerFixture neo4j)
{
    private readonly List<string> missing = [];
    private Dictionary<string, (string Label, Dictionary<string, object?> Properties)> nodes = [];
    private List<(string From, string Type, string To, Dictionary<string, object?> Properties)> relationships = [];

    [Fact]
    public async Task Every_fact_in_the_seed_files_is_in_the_graph()
    {
        var folder = RepositoryRoot.Combine("seed-data");
        var (seeds, problems) = SeedValidator.ReadAndValidate(folder);
        Assert.Empty(problems);
        await neo4j.WipeAsync();
        await LoaderRuns.LoadAsync(folder, neo4j.Driver);
        await ReadGraphAsync();

        foreach (var s in seeds.Sources)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(folder, s.File.Value));
            Node(s.Id, Labels.Source, ("title", s.Title), ("publisher", s.Publisher), ("publishedOn", s.PublishedOn), ("file", s.File.Value), ("text", text));
        }
        foreach (var p in seeds.People)
        {
            Fact(p, Labels.Person, ("name", p.Name), ("aliases", p.Aliases));
            Searchable(p.Id, p.Name);
        }
        foreach (var b in seeds.Bodies)
        {
            Fact(b, Labels.Body, ("name", b.Name), ("nameEn", b.NameEn), ("abbreviation", b.Abbreviation), ("kind", b.Kind.ToString()), ("aliases", b.Aliases));
            Links(b.Id, RelationshipTypes.PartOf, b.Parent is null ? [] : [b.Parent.Value]);
            Searchable(b.Id, b.Name);
        }
        foreach (var p in seeds.Positions)
        {
            Fact(p, Labels.Position, ("title", p.Title), ("titleEn", p.TitleEn));
            Links(p.Id, RelationshipTypes.InBody, p.Body is null ? [] : [p.Body.Value]);
            Searchable(p.Id, p.Title);
        }
        foreach (var r in seeds.Resolutions)
        {
            Fact(r, Labels.Resolution, ("code", r.Code), ("kind", r.Kind.ToString()), ("title", r.Title), ("issuedOn", r.IssuedOn),
                ("term", r.Term), ("plenum", r.Plenum is { } n ? (long)n : null), ("aliases", r.Aliases));
            Links(r.Id, RelationshipTypes.IssuedBy, r.IssuedBy is null ? [] : [r.IssuedBy.Value]);
        }
        foreach (var e in seeds.Events)
        {
            Fact(e, Labels.Event, ("title", e.Title), ("kind", e.Kind.ToString()), ("date", e.Date), ("location", e.Location));
            Links(e.Id, RelationshipTypes.HostedBy, [.. e.Hosts.Select(h => h.Value)]);
            Links(e.Id, RelationshipTypes.Discussed, [.. e.Resolutions.Select(r => r.Value)]);
            Searchable(e.Id, e.Title);
        }
        foreach (var t in seeds.Tenures)
            Keyed(t, RelationshipTypes.Held, t.Person.Value, t.Position.Value,
                ("from", t.From?.Value), ("to", t.To?.Value), ("attestedOn", t.AttestedOn.Select(d => d.Value).ToList()));
        foreach (var p in seeds.Participations)
            Keyed(p, RelationshipTypes.ParticipatedIn, p.Person.Value, p.Event.Value,
                ("role", p.Role.ToString()), ("about", p.About.Select(r => r.Value).ToList()));

        Assert.True(missing.Count == 0, $"{missing.Count} facts missing from the graph:\n" + string.Join("\n", missing));
    }

    private async Task ReadGraphAsync()
    {
        var n = await neo4j.Driver.RunAsync("MATCH (n) RETURN n.id AS id, head(labels(n)) AS label, properties(n) AS properties");
        nodes = n.Records.ToDictionary(r => (string)r["id"]!, r => ((string)r["label"]!, (Dictionary<string, object?>)r["properties"]!));
        var r = await neo4j.Driver.RunAsync("MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties");
        relationships = [.. r.Records.Select(x => ((string)x["from"]!, (string)x["type"]!, (string)x["to"]!, (Dictionary<string, object?>)x["properties"]!))];
    }

    private void Fact(FactRecord record, string label, params (string Key, object? Value)[] expected)
    {
        Node(record.Id, label, [.. expected, ("certainty", record.Certainty.ToString().ToLowerInvariant()), ("note", record.Note)]);
        foreach (var evidence in record.Evidence)
            if (!relationships.Any(x => x.From == record.Id && x.Type == RelationshipTypes.AttestedBy && x.To == evidence.Source.Value &&
                                        Equals(x.Properties.GetValueOrDefault("quote"), evidence.Quote.Value)))
                missing.Add($"{At(record.Origin)} {record.Id} -ATTESTED_BY {{quote: \"{evidence.Quote.Value}\"}}-> {evidence.Source.Value}");
    }

    private void Node(string id, string label, params (string Key, object? Value)[] expected)
    {
        if (!nodes.TryGetValue(id, out var node) || node.Label != label)
        {
            missing.Add($"({id}:{label})");
            return;
        }
        foreach (var (key, value) in expected)
            Property($"({id})", node.Properties, key, value);
    }

    private void Keyed(FactRecord record, string type, string from, string to, params (string Key, object? Value)[] expected)
    {
        var found = relationships.Where(x => x.Type == type && Equals(x.Properties.GetValueOrDefault("id"), record.Id)).ToList();
        if (found is not [var relationship] || relationship.From != from || relationship.To != to)
        {
            missing.Add($"{At(record.Origin)} ({from})-[:{type} {{id: {record.Id}}}]->({to}), found {found.Count}");
            return;
        }
        expected = [.. expected,
            ("certainty", record.Certainty.ToString().ToLowerInvariant()), ("note", record.Note),
            ("evidenceSources", record.Evidence.Select(e => e.Source.Value).ToList()),
            ("evidenceQuotes", record.Evidence.Select(e => e.Quote.Value).ToList())];
        foreach (var (key, value) in expected)
            Property($"[{record.Id}]", relationship.Properties, key, value);
    }

    private void Links(string from, string type, IReadOnlyList<string> targets)
    {
        var actual = relationships.Where(x => x.From == from && x.Type == type).Select(x => x.To).Order().ToList();
        if (!actual.SequenceEqual(targets.Distinct().Order()))
            missing.Add($"({from})-[:{type}]->: expected [{string.Join(", ", targets)}], found [{string.Join(", ", actual)}]");
    }

    private void Searchable(string id, string name)
    {
        if (nodes.TryGetValue(id, out var node) && !(node.Properties.GetValueOrDefault("searchKey") as string ?? "").Contains(SearchFolding.Fold(name), StringComparison.Ordinal))
            missing.Add($"({id}).searchKey does not contain '{SearchFolding.Fold(name)}'");
    }

    private void Property(string element, Dictionary<string, object?> properties, string key, object? expected)
    {
        var actual = properties.GetValueOrDefault(key);
        var same = (expected, actual) switch
        {
            (IEnumerable<string> e, List<object?> a) => e.SequenceEqual(a.Cast<string>()),
            _ => Equals(expected, actual),
        };
        if (!same) missing.Add($"{element}.{key}: expected {Show(expected)}, found {Show(actual)}");
    }

    private static string Show(object? value) => value switch
    {
        null => "nothing",
        string s => $"\"{s}\"",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>()) + "]",
        _ => value.ToString() ?? "",
    };

    private static string At(Origin origin) => $"{origin.File}:{origin.Line}:";
}
