using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Validation;
using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation;

public sealed class MaxDepthRuleTests
{
    public static TheoryData<int, string> WithinLimit => new()
    {
        { 2, "{ dog { name } }" },
        { 1, "{ __typename }" },
        { 4, "query Q { dog { ...F } }\nfragment F on Dog { mother { mother { name } } }" },
        { 3, "{ pet { ... on Dog { mother { name } } } }" },
        // Introspection counts as one level, so tools keep working under a tight limit.
        { 1, "{ __schema { types { fields { type { ofType { name } } } } } }" },
        // A fragment cycle (rejected by NoFragmentCyclesRule) does not make the rule loop.
        { 2, "{ dog { ...A } }\nfragment A on Dog { mother { ...A } }" },
    };

    public static TheoryData<int, string, string[]> PastLimit => new()
    {
        { 1, "{ dog { name } }", new[] { "Anonymous operation has depth 2, which exceeds the maximum depth of 1. @ 1:9" } },
        {
            3,
            "query Q { dog { ...F } }\nfragment F on Dog { mother { mother { name } } }",
            new[] { "Operation \"Q\" has depth 4, which exceeds the maximum depth of 3. @ 2:39" }
        },
        {
            2,
            "query A { dog { mother { name } } }\nquery B { cat { name } }\nquery C { human { relatives { pets { name } } } }",
            new[]
            {
                "Operation \"A\" has depth 3, which exceeds the maximum depth of 2. @ 1:26",
                "Operation \"C\" has depth 4, which exceeds the maximum depth of 2. @ 3:31",
            }
        },
        {
            // The first field past the limit in document order, here inside an inline fragment.
            2,
            "{ pet { name ... on Dog { father { name } } } }",
            new[] { "Anonymous operation has depth 3, which exceeds the maximum depth of 2. @ 1:36" }
        },
    };

    [Theory]
    [MemberData(nameof(WithinLimit))]
    public void Accepts_operations_within_the_limit(int maxDepth, string document) =>
        Assert.Empty(Validate(new MaxDepthRule(maxDepth), document));

    [Theory]
    [MemberData(nameof(PastLimit))]
    public void Rejects_each_operation_past_the_limit_at_its_first_field_too_deep(int maxDepth, string document, string[] expected) =>
        Assert.Equal(expected, Validate(new MaxDepthRule(maxDepth), document));

    [Fact]
    public void Counts_introspection_fields_when_asked_to()
    {
        const string document = "{ __schema { types { fields { type { ofType { name } } } } } }";
        Assert.Equal(
            new[] { "Anonymous operation has depth 6, which exceeds the maximum depth of 5. @ 1:47" },
            Validate(new MaxDepthRule(5, countIntrospection: true), document));
    }

    [Fact]
    public void Measures_each_fragment_once_so_doubling_spreads_cannot_make_it_run_for_ever()
    {
        var error = Assert.Single(Validate(new MaxDepthRule(15), MaxComplexityRuleTests.FanOutDocument(40)));
        Assert.StartsWith("Anonymous operation has depth 42, which exceeds the maximum depth of 15.", error);
    }

    [Fact]
    public void Refuses_a_limit_below_one() => Assert.Throws<ArgumentOutOfRangeException>(() => new MaxDepthRule(0));

    private static IReadOnlyList<string> Validate(IValidationRule rule, string document) =>
        DocumentValidator.Validate(TestSchemas.Corpus, Parser.Parse(document), new[] { rule })
            .Select(TestSchemas.Describe)
            .ToList();
}
