using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class NoUndefinedVariablesRuleTests : RuleTestBase<NoUndefinedVariablesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "query Foo($a: String) { complicatedArgs { stringArgField(stringArg: $a) } }",
        "query Foo($a: String) { complicatedArgs { ...F } }\nfragment F on ComplicatedArgs { stringArgField(stringArg: $a) }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "query Foo($a: String) { complicatedArgs { a: stringArgField(stringArg: $a) b: stringArgField(stringArg: $b) } }",
            new[]
            {
                "Variable \"$b\" is not defined by operation \"Foo\". @ 1:105, 1:1",
            }
        },
        {
            "{ dog @include(if: $cond) { name } }",
            new[]
            {
                "Variable \"$cond\" is not defined. @ 1:20, 1:1",
            }
        },
        {
            "query Foo($a: String) { complicatedArgs { ...F } }\nquery Bar { complicatedArgs { ...F } }\nfragment F on ComplicatedArgs { stringArgField(stringArg: $a) }",
            new[]
            {
                "Variable \"$a\" is not defined by operation \"Bar\". @ 3:59, 2:1",
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
