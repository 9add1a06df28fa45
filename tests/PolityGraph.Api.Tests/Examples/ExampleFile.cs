using System.Text.Json.Nodes;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Examples;

/// <summary>
/// One example query of api/examples: a header of <c># key: value</c> lines (title, audience, and variables
/// as a JSON object when the query takes some), then the query as the README shows it. Its answer on the seed
/// data is a Snapshooter snapshot in api/examples/__snapshots__/NAME.snap.
/// </summary>
public sealed record ExampleFile(string Name, string Title, string Audience, JsonObject? Variables, string Query)
{
    public static string Folder => RepositoryRoot.Combine("api", "examples");

    public static string SnapshotFolder => Path.Combine(Folder, "__snapshots__");

    public string SnapshotFileName => Name + ".snap";

    public string SnapshotPath => Path.Combine(SnapshotFolder, SnapshotFileName);

    /// <summary>Every example, in file-name order (the README's order; GraphiQL opens with the first).</summary>
    public static IReadOnlyList<ExampleFile> All() =>
        Directory.GetFiles(Folder, "*.graphql").Order(StringComparer.Ordinal).Select(Read).ToList();

    public static ExampleFile Named(string name) => Read(Path.Combine(Folder, name + ".graphql"));

    public static ExampleFile Read(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var line in lines.TakeWhile(l => l.StartsWith('#')))
        {
            count++;
            var text = line.TrimStart('#').Trim();
            var colon = text.IndexOf(':');
            if (colon <= 0)
                throw new InvalidOperationException($"{name}.graphql: header line '{line}' is not '# key: value'.");
            header[text[..colon].Trim()] = text[(colon + 1)..].Trim();
        }
        string Required(string key) => header.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new InvalidOperationException($"{name}.graphql: the header has no '# {key}: ...' line.");
        var unknown = header.Keys.Except(["title", "audience", "variables"]).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"{name}.graphql: unknown header key(s) {string.Join(", ", unknown)} (title, audience, variables).");
        var variables = header.TryGetValue("variables", out var json) ? JsonNode.Parse(json)!.AsObject() : null;
        var query = string.Join('\n', lines.Skip(count)).Trim('\n', ' ');
        return new ExampleFile(name, Required("title"), Required("audience"), variables, query);
    }
}
