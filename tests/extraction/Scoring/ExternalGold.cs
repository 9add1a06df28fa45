using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PolityGraph.Extraction.Scoring;

/// <summary>
/// A gold set whose texts live outside the repository (third-party news we may not copy into the product):
/// a JSON Lines gold file with, per passage, {"id", "set", "url", "date", "textSha256", "textChars", "facts"}
/// and no quotes, and a folder holding the texts as &lt;id&gt;.txt. The checksum proves the text is the one
/// the gold was written for; a missing or different text is an error, never a silent zero.
/// </summary>
public static class ExternalGold
{
    public static IReadOnlyDictionary<string, IReadOnlyList<GoldArticle>> Read(string goldFile, string textsFolder)
    {
        if (!File.Exists(goldFile)) throw new FileNotFoundException($"No gold file at {goldFile}.");
        if (!Directory.Exists(textsFolder)) throw new DirectoryNotFoundException($"No texts folder at {textsFolder}: it holds <id>.txt for every passage of {goldFile}.");
        var sets = new Dictionary<string, List<GoldArticle>>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (line, number) in File.ReadLines(goldFile).Select((l, i) => (l, i + 1)).Where(p => p.l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.GetProperty("id").GetString() ?? throw new InvalidDataException($"{goldFile}:{number}: no id.");
            var path = Path.Combine(textsFolder, id + ".txt");
            if (!File.Exists(path)) { problems.Add($"{id}: no text at {path}"); continue; }
            var text = File.ReadAllText(path, Encoding.UTF8);
            var expected = root.GetProperty("textSha256").GetString();
            var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            if (!string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{id}: {path} is not the text the gold was written for (sha256 {actual}, gold says {expected})");
                continue;
            }
            var facts = GoldFact.ListFrom(root);
            var date = GoldFact.DateFrom(root);
            var set = root.TryGetProperty("set", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "all";
            if (!sets.TryGetValue(set, out var list)) sets[set] = list = [];
            list.Add(new GoldArticle(id, text, date, null, facts));
        }
        if (problems.Count > 0)
            throw new InvalidDataException($"{problems.Count} passage(s) of {goldFile} cannot be scored:\n  " + string.Join("\n  ", problems));
        return sets.ToDictionary(p => p.Key, p => (IReadOnlyList<GoldArticle>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// A second annotator's facts for some of the passages, as JSON Lines of {"id", "facts"} in the gold's fact format
    /// (tests/extraction/unseen/ANNOTATING.md, "A second annotation"); an id listed twice is an error.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<GoldFact>> SecondAnnotation(string file)
    {
        if (!File.Exists(file)) throw new FileNotFoundException($"No second annotation at {file}.");
        var annotation = new Dictionary<string, IReadOnlyList<GoldFact>>(StringComparer.Ordinal);
        foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)).Where(p => p.l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString() ?? throw new InvalidDataException($"{file}:{number}: no id.");
            if (!annotation.TryAdd(id, GoldFact.ListFrom(json.RootElement)))
                throw new InvalidDataException($"{file}:{number}: {id} is annotated twice.");
        }
        return annotation;
    }
}
