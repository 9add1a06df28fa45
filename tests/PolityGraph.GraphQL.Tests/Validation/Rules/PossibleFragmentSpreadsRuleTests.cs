using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class PossibleFragmentSpreadsRuleTests : RuleTestBase<PossibleFragmentSpreadsRule>
{
    public static TheoryData<string> Valid => new()
    {
        "fragment D on Dog { barkVolume }\n{ dog { ...D } pet { ...D } catOrDog { ...D } }",
        "{ pet { ... on Being { name } } node(id: 1) { ... on Identified { id } } }",
        "{ dogOrHuman { ... on Pet { name } } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "fragment D on Dog { barkVolume }\n{ cat { ...D } }",
            new[]
            {
                "Fragment \"D\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\". @ 2:9",
            }
        },
        {
            "{ cat { ... on Dog { barkVolume } } }",
            new[]
            {
                "Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\". @ 1:9",
            }
        },
        {
            "fragment H on Human { name }\n{ pet { ...H } catOrDog { ...H } }",
            new[]
            {
                "Fragment \"H\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\". @ 2:9",
                "Fragment \"H\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\". @ 2:27",
            }
        },
        {
            "{ humanOrAlien { ... on Pet { name } } }",
            new[]
            {
                "Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\". @ 1:18",
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
