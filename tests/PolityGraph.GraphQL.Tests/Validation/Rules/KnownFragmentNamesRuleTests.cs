using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class KnownFragmentNamesRuleTests : RuleTestBase<KnownFragmentNamesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ human(id: 4) { ...A ... on Human { ...B } } }\nfragment A on Human { name ...B }\nfragment B on Human { name }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ human(id: 4) { ...Unknown1 ... on Human { ...Unknown2 } } }\nfragment F on Human { name ...Unknown3 }",
            new[]
            {
                "Unknown fragment \"Unknown1\". @ 1:21",
                "Unknown fragment \"Unknown2\". @ 1:48",
                "Unknown fragment \"Unknown3\". @ 2:31",
            }
        },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts(string document) => AssertValid(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects(string document, string[] expectedErrors) => AssertErrors(document, expectedErrors);
}
