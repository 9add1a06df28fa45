using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class NoUnusedVariablesRuleTests : RuleTestBase<NoUnusedVariablesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "query Foo($a: String, $b: Boolean!) { complicatedArgs { stringArgField(stringArg: $a) } dog @include(if: $b) { name } }",
        "query Foo($a: String) { complicatedArgs { ...F } }\nfragment F on ComplicatedArgs { stringArgField(stringArg: $a) }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "query ($a: String, $b: String) { complicatedArgs { stringArgField(stringArg: $a) } }",
            new[]
            {
                "Variable \"$b\" is never used. @ 1:20",
            }
        },
        {
            "query Foo($a: String, $b: String) { complicatedArgs { ...A } }\nfragment A on ComplicatedArgs { stringArgField(stringArg: $a) }\nfragment B on ComplicatedArgs { stringArgField(stringArg: $b) }",
            new[]
            {
                "Variable \"$b\" is never used in operation \"Foo\". @ 1:23",
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
