using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class VariablesInAllowedPositionRuleTests : RuleTestBase<VariablesInAllowedPositionRule>
{
    public static TheoryData<string> Valid => new()
    {
        "query Q($b: Boolean) { complicatedArgs { booleanArgField(booleanArg: $b) } }",
        "query Q($i: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }",
        "query Q($i: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $i) } }",
        "query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: [$s]) } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "query Q($i: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }",
            new[]
            {
                "Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\". @ 1:9, 1:72",
            }
        },
        {
            "query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: $s) } }",
            new[]
            {
                "Variable \"$s\" of type \"String\" used in position expecting type \"[String]\". @ 1:9, 1:75",
            }
        },
        {
            "query Q($b: Boolean) { dog @include(if: $b) { name } }",
            new[]
            {
                "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\". @ 1:9, 1:41",
            }
        },
        {
            "fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }\nquery Q($i: Int) { complicatedArgs { ...F } }",
            new[]
            {
                "Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\". @ 2:9, 1:67",
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
