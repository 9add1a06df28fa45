using System.Text.Json;
using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Tests.Differential;

/// <summary>What graphql-js's validate() said about one corpus document.</summary>
public sealed record OracleVerdict(string File, string Name, bool Valid, IReadOnlyList<OracleError> Errors)
{
    public string Id => File + " :: " + Name;
}

public sealed record OracleError(string Message, IReadOnlyList<SourceLocation> Locations);

/// <summary>Runs tests/differential/validate.mjs over the whole corpus once per test run.</summary>
public static class GraphQLJsValidation
{
    private static readonly Lazy<IReadOnlyDictionary<string, OracleVerdict>> Verdicts = new(Load);

    public static IReadOnlyDictionary<string, OracleVerdict> ForCorpus => Verdicts.Value;

    private static IReadOnlyDictionary<string, OracleVerdict> Load()
    {
        var output = NodeHarness.Run("validate.mjs", new[] { CorpusFile.SchemaPath }.Concat(CorpusFile.DocumentPaths));
        using var json = JsonDocument.Parse(output);
        var verdicts = new Dictionary<string, OracleVerdict>(StringComparer.Ordinal);
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var errors = item.GetProperty("errors").EnumerateArray()
                .Select(e => new OracleError(
                    e.GetProperty("message").GetString()!,
                    e.GetProperty("locations").EnumerateArray()
                        .Select(l => new SourceLocation(l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32()))
                        .ToList()))
                .ToList();
            var verdict = new OracleVerdict(item.GetProperty("file").GetString()!, item.GetProperty("name").GetString()!, item.GetProperty("valid").GetBoolean(), errors);
            if (!verdicts.TryAdd(verdict.Id, verdict)) throw new InvalidOperationException("Two corpus documents are named " + verdict.Id);
        }
        return verdicts;
    }
}
