using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class UniqueInputFieldNamesRuleTests : RuleTestBase<UniqueInputFieldNamesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, stringField: \"a\" }) } }",
        "{ complicatedArgs { filterArgField(filter: { born: { from: \"x\" }, and: [{ born: { from: \"y\" } }] }) } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, stringField: \"a\", stringField: \"b\" }) } }",
            new[]
            {
                "There can be only one input field named \"stringField\". @ 1:72, 1:90",
            }
        },
        {
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, stringField: \"a\", stringField: \"b\", stringField: \"c\" }) } }",
            new[]
            {
                "There can be only one input field named \"stringField\". @ 1:72, 1:90",
                "There can be only one input field named \"stringField\". @ 1:72, 1:108",
            }
        },
        {
            "{ complicatedArgs { filterArgField(filter: { born: { from: \"x\", from: \"y\" } }) } }",
            new[]
            {
                "There can be only one input field named \"from\". @ 1:54, 1:65",
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
