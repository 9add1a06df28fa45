using System.Runtime.InteropServices;
using System.Text.Json;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Tests.Differential;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>
/// Our parser and printer against graphql-js (tests/differential/parse.mjs) on thousands of damaged kitchen
/// sinks: the same documents parse and print identically, and the others fail with the same message at the
/// same line and column. Left out: documents where graphql-js 16.15 reads descriptions on executable
/// definitions, a feature newer than the October 2021 spec we implement.
/// </summary>
public class ParserDifferentialTests
{
    private sealed record Outcome(string? Printed, string? Message, int? Line, int? Column)
    {
        public override string ToString() => Printed is not null ? "parsed:\n" + Printed : $"{Message} @ {Line}:{Column}";
    }

    [Theory]
    [InlineData(KitchenSink.Query, 101)]
    [InlineData(KitchenSink.Schema, 202)]
    public void Damaged_documents_get_the_same_answer_from_graphql_js(string seedFile, int seed)
    {
        var random = new Random(seed);
        var original = KitchenSink.Read(seedFile);
        var documents = Enumerable.Range(0, 2000).Select(_ => CharacterMutator.Mutate(original, random)).ToList();

        var theirs = GraphQLJs(documents);
        var compared = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var ours = Ours(documents[i]);
            if (IsAboutExecutableDescriptions(ours, theirs[i])) continue;
            compared++;
            Assert.True(ours == theirs[i], $"Document:\n{documents[i]}\n\nours: {ours}\n\ngraphql-js: {theirs[i]}");
        }
        Assert.True(compared > documents.Count * 0.95, $"only {compared} of {documents.Count} documents compared");
    }

    private static Outcome Ours(string document)
    {
        try
        {
            return new Outcome(Printer.Print(Parser.Parse(document)), null, null, null);
        }
        catch (GraphQLSyntaxException error)
        {
            return new Outcome(null, error.Message, error.Location.Line, error.Location.Column);
        }
    }

    private static bool IsAboutExecutableDescriptions(Outcome ours, Outcome theirs) =>
        theirs.Message?.Contains("descriptions", StringComparison.Ordinal) == true ||
        ours.Message?.StartsWith("Syntax Error: Unexpected description", StringComparison.Ordinal) == true ||
        ours.Message?.StartsWith("Syntax Error: Expected \"$\", found String", StringComparison.Ordinal) == true ||
        ours.Message?.StartsWith("Syntax Error: Expected \"$\", found BlockString", StringComparison.Ordinal) == true;

    private static List<Outcome> GraphQLJs(IReadOnlyList<string> documents)
    {
        // Base64 of UTF-16 keeps lone surrogates intact on the way to node.
        var input = string.Join("\n", documents.Select(d => Convert.ToBase64String(MemoryMarshal.AsBytes(d.AsSpan())))) + "\n";
        using var json = JsonDocument.Parse(NodeHarness.Run("parse.mjs", Array.Empty<string>(), input));
        var outcomes = json.RootElement.EnumerateArray().Select(item => item.TryGetProperty("printed", out var printed)
            ? new Outcome(printed.GetString(), null, null, null)
            : new Outcome(null, item.GetProperty("message").GetString(), item.GetProperty("line").GetInt32(), item.GetProperty("column").GetInt32()))
            .ToList();
        Assert.Equal(documents.Count, outcomes.Count);
        return outcomes;
    }
}
