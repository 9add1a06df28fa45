using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class VariablesAreInputTypesRuleTests : RuleTestBase<VariablesAreInputTypesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "query Foo($a: Unknown, $b: [[Unknown!]]!) { dog { name } }",
        "query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor, $e: Date) { dog { name } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }",
            new[]
            {
                "Variable \"$a\" cannot be non-input type \"Dog\". @ 1:15",
                "Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\". @ 1:24",
                "Variable \"$c\" cannot be non-input type \"Pet\". @ 1:44",
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
