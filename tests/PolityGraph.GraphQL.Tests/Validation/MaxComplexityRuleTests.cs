using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Validation;
using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation;

/// <summary>
/// complexity(field) = 1 + multiplier * complexity(sub-selection); the multiplier of a list field is its page
/// size (`first`/`last`: literal, variable default, else schema default), else 1. The schema is the corpus's:
/// pets(filter, first: Int = 20): [Pet!]!, Dog.tricks(first: Int = 10): [Trick!]!.
/// </summary>
public sealed class MaxComplexityRuleTests
{
    public static TheoryData<string, long> Complexities => new()
    {
        { "{ dog { name } }", 2 },
        { "{ __typename dog { name nickname barks } }", 5 },
        { "{ pets(first: 5) { name } }", 6 },
        // No page size given: the argument's schema default (20).
        { "{ pets { name } }", 21 },
        { "query Q($n: Int = 3) { pets(first: $n) { name } }", 4 },
        // A variable without a default: the schema default stands in for it.
        { "query Q($n: Int) { pets(first: $n) { name } }", 21 },
        { "{ dog { tricks { name } } }", 12 },
        { "{ pets(first: 2) { ... on Dog { tricks(first: 3) { name learnedOn } } } }", 15 },
        // Fragments count where they are spread, each time.
        { "{ dog { ...F } cat { ...G } }\nfragment F on Dog { name barks }\nfragment G on Cat { name }", 5 },
        // A list without paging arguments: its size is unknown, multiplier 1.
        { "{ human { relatives { name } } }", 3 },
    };

    [Theory]
    [MemberData(nameof(Complexities))]
    public void Computes_the_documented_formula(string document, long complexity)
    {
        Assert.Empty(Validate(new MaxComplexityRule((int)complexity), document));
        var errors = Validate(new MaxComplexityRule((int)complexity - 1), document);
        var error = Assert.Single(errors);
        Assert.Contains($"has complexity {complexity}, which exceeds the maximum complexity of {complexity - 1}.", error);
    }

    private static readonly Lazy<PolityGraph.GraphQL.Types.Schema> ConnectionSchema = new(() => PolityGraph.GraphQL.Types.SchemaBuilder.FromSdl("""
        type Query { people(first: Int, after: String, last: Int, before: String): PersonConnection! }
        type PersonConnection { edges: [PersonEdge!]! totalCount: Int! }
        type PersonEdge { cursor: String! node: Person! }
        type Person { name: String! friends(first: Int = 5): PersonConnection! }
        """).Build());

    public static TheoryData<string, long> ConnectionComplexities => new()
    {
        // people = 1 + 50 * (totalCount 1 + edges (1 + 1 * (cursor 1 + node (1 + 1 * name 1))))
        { "{ people(first: 50) { totalCount edges { cursor node { name } } } }", 251 },
        { "{ people(last: 4) { edges { node { name } } } }", 13 },
        // No page size anywhere: the rule's default page size (10).
        { "{ people { edges { node { name } } } }", 31 },
        // Nested connection with a schema default (5): node = 1 + 1 * (name 1 + friends (1 + 5 * (1 + 1 * (1 + 1))))
        { "{ people(first: 2) { edges { node { name friends { edges { node { name } } } } } } }", 1 + 2 * (1 + (1 + (1 + 16))) },
    };

    [Theory]
    [MemberData(nameof(ConnectionComplexities))]
    public void Weights_relay_connections_by_their_page_size(string document, long complexity)
    {
        IReadOnlyList<string> Validate(int max) =>
            DocumentValidator.Validate(ConnectionSchema.Value, Parser.Parse(document), new[] { new MaxComplexityRule(max) })
                .Select(e => e.Message).ToList();
        Assert.Empty(Validate((int)complexity));
        Assert.Contains($"has complexity {complexity},", Assert.Single(Validate((int)complexity - 1)));
    }

    [Fact]
    public void Reports_each_operation_over_the_limit_at_the_operation()
    {
        const string document = "query Small { dog { name } }\nquery Big { pets { name } }";
        Assert.Equal(
            new[] { "Operation \"Big\" has complexity 21, which exceeds the maximum complexity of 10. @ 2:1" },
            Validate(new MaxComplexityRule(10), document));
    }

    [Fact]
    public void Saturates_instead_of_overflowing_on_huge_page_sizes()
    {
        const string document = "{ pets(first: 2000000000) { ... on Dog { tricks(first: 2000000000) { name } } } }";
        var error = Assert.Single(Validate(new MaxComplexityRule(1000), document));
        Assert.StartsWith("Anonymous operation has complexity more than ", error);
    }

    [Fact]
    public void The_full_introspection_query_passes_the_API_default_limits()
    {
        // GraphiQL and code generators send this query; the HTTP layer's defaults are depth 15, complexity 5000.
        var introspection = Differential.CorpusFile.ReadAll().Single(d => d.Name == "the full introspection query").Text;
        Assert.Empty(DocumentValidator.Validate(
            TestSchemas.Corpus, Parser.Parse(introspection), new IValidationRule[] { new MaxDepthRule(15), new MaxComplexityRule(5000) }));
    }

    [Fact]
    public void Measures_each_fragment_once_so_doubling_spreads_cannot_make_it_run_for_ever()
    {
        // Each fragment spreads the next one twice: 2^40 paths, 41 fragments to measure; cost 3 * 2^levels - 1.
        Assert.Equal(
            "Anonymous operation has complexity 3298534883327, which exceeds the maximum complexity of 5000. @ 1:1",
            Assert.Single(Validate(new MaxComplexityRule(5000), FanOutDocument(40))));
    }

    /// <summary>{ dog { ...F0 } } where Fi selects mother and father, each spreading F(i+1); F(n) selects name.</summary>
    public static string FanOutDocument(int levels) =>
        "{ dog { ...F0 } }\n"
        + string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Dog {{ mother {{ ...F{i + 1} }} father {{ ...F{i + 1} }} }}\n"))
        + $"fragment F{levels} on Dog {{ name }}\n";

    [Fact]
    public void Refuses_a_limit_below_one() => Assert.Throws<ArgumentOutOfRangeException>(() => new MaxComplexityRule(0));

    private static IReadOnlyList<string> Validate(IValidationRule rule, string document) =>
        DocumentValidator.Validate(TestSchemas.Corpus, Parser.Parse(document), new[] { rule })
            .Select(TestSchemas.Describe)
            .ToList();
}
