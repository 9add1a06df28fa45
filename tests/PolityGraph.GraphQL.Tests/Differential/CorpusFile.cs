using System.Text.RegularExpressions;

namespace PolityGraph.GraphQL.Tests.Differential;

/// <summary>One document of the differential corpus.</summary>
public sealed record CorpusDocument(string File, string Name, string Text)
{
    public string Id => File + " :: " + Name;
}

/// <summary>
/// Reads corpus files: documents each introduced by a line "### name". Split exactly as
/// tests/differential/corpus.mjs splits them, so both engines see the same texts.
/// </summary>
public static partial class CorpusFile
{
    public static string SchemaPath => Path.Combine(RepositoryPaths.Corpus, "schema.graphql");

    public static IReadOnlyList<string> DocumentPaths =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "documents"), "*.graphql").Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<CorpusDocument> ReadAll() => DocumentPaths.SelectMany(Read).ToList();

    public static IReadOnlyList<CorpusDocument> Read(string path)
    {
        var file = Path.GetFileName(path);
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var documents = new List<(string Name, List<string> Lines)>();
        foreach (var line in lines)
        {
            var header = Header().Match(line);
            if (header.Success) documents.Add((header.Groups[1].Value.Trim(), new List<string>()));
            else if (documents.Count > 0) documents[^1].Lines.Add(line);
        }
        return documents.Select(d => new CorpusDocument(file, d.Name, string.Join("\n", d.Lines).Trim() + "\n")).ToList();
    }

    [GeneratedRegex("^### (.+)$")]
    private static partial Regex Header();
}
