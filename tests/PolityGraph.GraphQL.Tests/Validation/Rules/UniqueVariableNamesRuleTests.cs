using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class UniqueVariableNamesRuleTests : RuleTestBase<UniqueVariableNamesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "query A($x: Int, $y: String) { dog { name } }\nquery B($x: String, $y: Int) { dog { name } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "query A($x: Int, $x: Int, $x: String) { dog { name } }\nquery B($y: String, $y: Int) { dog { name } }",
            new[]
            {
                "There can be only one variable named \"$x\". @ 1:10, 1:19, 1:28",
                "There can be only one variable named \"$y\". @ 2:10, 2:22",
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
