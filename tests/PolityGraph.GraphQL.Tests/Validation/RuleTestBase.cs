using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Validation;
using PolityGraph.GraphQL.Tests.Differential;

namespace PolityGraph.GraphQL.Tests.Validation;

/// <summary>
/// Runs one rule alone over a document, against the test schema of the differential corpus (modelled on
/// graphql-js's validation harness), and compares errors as "message @ line:column, ..." in order.
/// </summary>
public abstract class RuleTestBase<TRule> where TRule : IValidationRule, new()
{
    public static Schema TestSchema => TestSchemas.Corpus;

    protected virtual IValidationRule Rule => new TRule();

    protected void AssertValid(string document) => Assert.Empty(Errors(document));

    protected void AssertErrors(string document, string[] expectedErrors) => Assert.Equal(expectedErrors, Errors(document));

    protected IReadOnlyList<string> Errors(string document) =>
        DocumentValidator.Validate(TestSchema, Parser.Parse(document), new[] { Rule })
            .Select(TestSchemas.Describe)
            .ToList();
}

/// <summary>Schemas and helpers shared by the validation tests; the schema is built once.</summary>
public static class TestSchemas
{
    private static readonly Lazy<Schema> CorpusSchema = new(() => SchemaBuilder.FromSdl(File.ReadAllText(CorpusFile.SchemaPath)).Build());

    public static Schema Corpus => CorpusSchema.Value;

    /// <summary>An error as "message @ line:column, ..." for readable expectations.</summary>
    public static string Describe(GraphQLError error) =>
        error.Message + " @ " + string.Join(", ", error.Locations.Select(l => $"{l.Line}:{l.Column}"));
}
