using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class UniqueArgumentNamesRuleTests : RuleTestBase<UniqueArgumentNamesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ dog { isAtLocation(x: 1, y: 2) } }",
        "{ a: dog @include(if: true) { name } b: dog @include(if: true) { name } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ dog { isAtLocation(x: 1, x: 2) } }",
            new[]
            {
                "There can be only one argument named \"x\". @ 1:22, 1:28",
            }
        },
        {
            "{ dog { isAtLocation(x: 1, x: 2, x: 3) } }",
            new[]
            {
                "There can be only one argument named \"x\". @ 1:22, 1:28, 1:34",
            }
        },
        {
            "{ dog @skip(if: true, if: false) { name } }",
            new[]
            {
                "There can be only one argument named \"if\". @ 1:13, 1:23",
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
