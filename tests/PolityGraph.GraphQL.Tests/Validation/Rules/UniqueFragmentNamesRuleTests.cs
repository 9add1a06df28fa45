using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class UniqueFragmentNamesRuleTests : RuleTestBase<UniqueFragmentNamesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ dog { ...A ...B } }\nfragment A on Dog { name }\nfragment B on Dog { nickname }",
        "query Foo { dog { ...Foo } }\nfragment Foo on Dog { name }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ dog { ...A } }\nfragment A on Dog { name }\nfragment A on Dog { nickname }",
            new[]
            {
                "There can be only one fragment named \"A\". @ 2:10, 3:10",
            }
        },
        {
            "{ dog { ...A } }\nfragment A on Dog { name }\nfragment A on Dog { nickname }\nfragment A on Dog { barks }",
            new[]
            {
                "There can be only one fragment named \"A\". @ 2:10, 3:10",
                "There can be only one fragment named \"A\". @ 2:10, 4:10",
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
