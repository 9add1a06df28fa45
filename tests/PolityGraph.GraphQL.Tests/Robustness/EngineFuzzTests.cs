using System.Text.Json;
using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Tests.Differential;
using PolityGraph.GraphQL.Tests.Validation;
using PolityGraph.GraphQL.Validation;
using ExecutionTestSchema = PolityGraph.GraphQL.Tests.Execution.TestSchema;

namespace PolityGraph.GraphQL.Tests.Robustness;

/// <summary>
/// Whatever a client sends, the engine answers with a result, never an exception: token-level mutations of
/// real documents go through validation (the corpus schema) and the whole request pipeline (the execution
/// test schema, with random variables). Seeds are fixed, so a failure reproduces.
/// </summary>
public class EngineFuzzTests
{
    private static readonly string[] ExtraTokens =
    {
        "$v", "$id", "...", "on", "@skip(if: $v)", "@include(if: true)", "__typename", "fragment F on QueryRoot { __typename }",
        "{", "}", "(", ")", "[", "]", "null", "0", "-1", "1.5", "\"s\"", "FOO", "query", "mutation", "subscription", "!", ":", "=",
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Validation_never_throws_on_mutated_corpus_documents(int seed)
    {
        var corpus = CorpusFile.ReadAll().Select(d => d.Text).ToList();
        var mutator = new TokenMutator(seed, corpus, ExtraTokens);
        var validated = 0;
        for (var i = 0; i < 1500; i++)
        {
            var text = mutator.Mutate(corpus[i % corpus.Count]);
            DocumentNode document;
            try
            {
                document = Parser.Parse(text);
            }
            catch (GraphQLSyntaxException)
            {
                continue;
            }

            var errors = DocumentValidator.Validate(TestSchemas.Corpus, document);
            Assert.All(errors, error => AssertWellFormed(error, text));
            validated++;
        }
        // The mutations are small enough that most documents still parse and reach validation.
        Assert.True(validated > 500, $"only {validated} of 1500 mutated documents parsed");
    }

    private static readonly string[] Queries =
    {
        "{ people { id name born friends { name } color } }",
        "query Q($id: ID!) { person(id: $id) { ... on Node { id } name } node(id: $id) { __typename ... on Person { name } } }",
        "{ things { __typename ... on Person { name } ... on Item { name bad } } holder { value items { name bad } nullableItems { name bad } } }",
        "query E($i: Int, $p: Point, $c: Color = RED, $d: Date) { echo(int: $i, float: 1.5, id: 7, list: [1, 2], point: $p, color: $c, date: $d) numbers mixedNumbers nullableNumbers notAList }",
        "{ failing coded nonNullFailure }",
        "{ nonNullHolder { value items { bad } } }",
        "mutation M { append(value: \"x\") }",
        "{ __schema { types { name kind fields(includeDeprecated: true) { name args { name defaultValue } type { name ofType { name } } } } } __type(name: \"Person\") { name interfaces { name } possibleTypes { name } } }",
        "query { ...F } fragment F on Query { people { ...P } } fragment P on Person { name friends { ...P2 } } fragment P2 on Person { id }",
        "query S($yes: Boolean!) { people @include(if: $yes) { name @skip(if: false) } async(value: \"later\") }",
    };

    private static readonly string?[] VariableSets =
    {
        null, "{}", "{\"id\": \"p1\"}", "{\"id\": 5}", "{\"id\": null}", "{\"i\": \"not a number\"}", "{\"i\": 2147483648}",
        "{\"p\": {\"x\": 1}}", "{\"p\": {\"y\": 2}}", "{\"p\": [1]}", "{\"c\": \"GREEN\"}", "{\"c\": \"PURPLE\"}",
        "{\"d\": \"2020-02-30\"}", "{\"d\": \"2020-02-29\"}", "{\"yes\": true}", "{\"yes\": \"true\"}", "{\"v\": false}",
    };

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task Every_mutated_request_gets_a_well_formed_result(int seed)
    {
        var executor = new RequestExecutor(
            ExecutionTestSchema.Build(),
            new ExecutionOptions { DocumentCacheSize = 64, Timeout = TimeSpan.FromSeconds(2) });
        var mutator = new TokenMutator(seed, Queries, ExtraTokens);
        var random = new Random(seed);
        var executed = 0;

        for (var i = 0; i < 600; i++)
        {
            var query = random.Next(5) == 0 ? Queries[i % Queries.Length] : mutator.Mutate(Queries[i % Queries.Length]);
            var variablesJson = VariableSets[random.Next(VariableSets.Length)];
            var json = await ExecutionTestSchema.RunAsync(executor, query, variablesJson).WaitAsync(TimeSpan.FromSeconds(10));

            using var response = JsonDocument.Parse(json);
            var root = response.RootElement;
            var hasData = root.TryGetProperty("data", out _);
            var hasErrors = root.TryGetProperty("errors", out var errors);
            Assert.True(hasData || hasErrors, $"neither data nor errors for {query}: {json}");
            if (hasErrors)
            {
                Assert.NotEqual(0, errors.GetArrayLength());
                foreach (var error in errors.EnumerateArray())
                {
                    Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()), json);
                }
            }
            if (hasData) executed++;
        }
        Assert.True(executed > 100, $"only {executed} of 600 requests reached execution");
    }

    private static void AssertWellFormed(GraphQLError error, string document)
    {
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.NotEmpty(error.Locations);
        Assert.All(error.Locations, location =>
        {
            Assert.InRange(location.Line, 1, document.Length + 1);
            Assert.InRange(location.Column, 1, document.Length + 1);
        });
    }
}
