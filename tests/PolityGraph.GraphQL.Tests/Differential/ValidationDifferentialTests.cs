using System.Text;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Validation;

namespace PolityGraph.GraphQL.Tests.Differential;

/// <summary>
/// Our validator against graphql-js (the reference implementation, pinned in tests/differential/package.json)
/// on every document of the corpus. Each test reports every disagreement at once.
/// </summary>
public sealed class ValidationDifferentialTests
{
    [Fact]
    public void The_corpus_is_large_and_covers_every_specified_rule_with_valid_and_invalid_documents()
    {
        var documents = CorpusFile.ReadAll();
        Assert.True(documents.Count >= 100, $"The corpus has only {documents.Count} documents.");
        Assert.Equal(documents.Count, documents.Select(d => d.Id).Distinct().Count());

        var verdicts = GraphQLJsValidation.ForCorpus;
        var gaps = new List<string>();
        foreach (var rule in SpecifiedRules.All)
        {
            var file = rule.GetType().Name.Replace("Rule", "") + ".graphql";
            var inFile = documents.Where(d => d.File == file).Select(d => verdicts[d.Id]).ToList();
            if (!inFile.Any(v => v.Valid)) gaps.Add($"{file}: no document graphql-js accepts");
            if (!inFile.Any(v => !v.Valid)) gaps.Add($"{file}: no document graphql-js rejects");
        }
        Assert.True(gaps.Count == 0, "Corpus gaps:\n" + string.Join("\n", gaps));
    }

    [Fact]
    public void Our_validator_accepts_and_rejects_exactly_the_documents_graphql_js_does()
    {
        var disagreements = new StringBuilder();
        var count = 0;
        foreach (var document in CorpusFile.ReadAll())
        {
            var oracle = GraphQLJsValidation.ForCorpus[document.Id];
            var ours = Validate(document.Text);
            if (oracle.Valid == (ours.Count == 0)) continue;
            count++;
            disagreements.AppendLine($"- {document.Id}: graphql-js {(oracle.Valid ? "accepts" : "rejects")}, we {(ours.Count == 0 ? "accept" : "reject")}");
            foreach (var error in oracle.Errors) disagreements.AppendLine($"    graphql-js: {Describe(error.Message, error.Locations)}");
            foreach (var error in ours) disagreements.AppendLine($"    ours:       {Describe(error.Message, error.Locations)}");
        }
        Assert.True(count == 0, $"{count} disagreement(s) with graphql-js:\n{disagreements}");
    }

    [Fact]
    public void Our_error_messages_and_locations_match_graphql_js()
    {
        var disagreements = new StringBuilder();
        var count = 0;
        foreach (var document in CorpusFile.ReadAll())
        {
            var expected = GraphQLJsValidation.ForCorpus[document.Id].Errors.Select(e => Describe(e.Message, e.Locations)).Order(StringComparer.Ordinal).ToList();
            var actual = Validate(document.Text).Select(e => Describe(e.Message, e.Locations)).Order(StringComparer.Ordinal).ToList();
            if (expected.SequenceEqual(actual)) continue;
            count++;
            disagreements.AppendLine($"- {document.Id}");
            foreach (var missing in expected.Except(actual)) disagreements.AppendLine($"    only graphql-js: {missing}");
            foreach (var extra in actual.Except(expected)) disagreements.AppendLine($"    only ours:       {extra}");
            if (expected.Count != actual.Count) disagreements.AppendLine($"    counts: graphql-js {expected.Count}, ours {actual.Count}");
        }
        Assert.True(count == 0, $"{count} document(s) with different errors:\n{disagreements}");
    }

    private static IReadOnlyList<GraphQLError> Validate(string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLSyntaxException error)
        {
            return error.Errors;
        }
        return DocumentValidator.Validate(Validation.TestSchemas.Corpus, document);
    }

    private static string Describe(string message, IEnumerable<SourceLocation> locations) =>
        message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));
}
