using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class NoFragmentCyclesRuleTests : RuleTestBase<NoFragmentCyclesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...A } }\nfragment A on Dog { ...B ...B }\nfragment B on Dog { name }",
        "{ pet { ...S } }\nfragment N on Pet { ... on Dog { name } }\nfragment S on Pet { ... on Dog { ...N } ... on Cat { ...N } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ dog { ...A } }\nfragment A on Dog { ...A }",
            new[]
            {
                "Cannot spread fragment \"A\" within itself. @ 2:21",
            }
        },
        {
            "{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { ...A }",
            new[]
            {
                "Cannot spread fragment \"A\" within itself via \"B\". @ 2:21, 3:21",
            }
        },
        {
            "{ pet { ...A } }\nfragment A on Pet { ... on Dog { ...A } }",
            new[]
            {
                "Cannot spread fragment \"A\" within itself. @ 2:34",
            }
        },
        {
            "{ dog { ...A } }\nfragment A on Dog { ...B ...C }\nfragment B on Dog { ...A }\nfragment C on Dog { ...B }",
            new[]
            {
                "Cannot spread fragment \"A\" within itself via \"B\". @ 2:21, 3:21",
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
