using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class FieldsOnCorrectTypeRuleTests : RuleTestBase<FieldsOnCorrectTypeRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ dog { __typename name nickname: name } }",
        "{ catOrDog { __typename ... on Dog { name } } }",
        "{ __schema { queryType { name } } __type(name: \"Dog\") { name } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ dog { meowVolume } }",
            new[]
            {
                "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? @ 1:9",
            }
        },
        {
            "{ dog { unknown_field { deeper_unknown_field } } }",
            new[]
            {
                "Cannot query field \"unknown_field\" on type \"Dog\". @ 1:9",
            }
        },
        {
            "{ pet { nickname } }",
            new[]
            {
                "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? @ 1:9",
            }
        },
        {
            "{ catOrDog { name } }",
            new[]
            {
                "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Identified\"? @ 1:14",
            }
        },
        {
            "{ dog { __schema { queryType { name } } } }",
            new[]
            {
                "Cannot query field \"__schema\" on type \"Dog\". @ 1:9",
            }
        },
        {
            "{ humanOrAlien { name } }",
            new[]
            {
                "Cannot query field \"name\" on type \"HumanOrAlien\". Did you mean to use an inline fragment on \"Being\", \"Alien\", \"Identified\", or \"Human\"? @ 1:18",
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
