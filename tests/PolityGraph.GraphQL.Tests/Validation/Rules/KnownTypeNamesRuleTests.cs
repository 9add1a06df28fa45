using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class KnownTypeNamesRuleTests : RuleTestBase<KnownTypeNamesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "query Foo($id: ID, $f: PetFilter) { human(id: $id) { ... on Human { name } } pets(filter: $f) { name } }",
        "fragment F on Pet { name }\n{ pet { ...F } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "query Foo($var: JumbledUpLetters) { dog { name } }",
            new[]
            {
                "Unknown type \"JumbledUpLetters\". @ 1:17",
            }
        },
        {
            "{ pet { ... on Badger { name } } }",
            new[]
            {
                "Unknown type \"Badger\". @ 1:16",
            }
        },
        {
            "fragment F on Peat { name }\n{ pet { ...F } }",
            new[]
            {
                "Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"? @ 1:15",
            }
        },
        {
            "query Foo($var: [[Colour!]]!) { dog { name } }",
            new[]
            {
                "Unknown type \"Colour\". @ 1:19",
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
