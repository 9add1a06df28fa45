using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class FragmentsOnCompositeTypesRuleTests : RuleTestBase<FragmentsOnCompositeTypesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "fragment F on Dog { barks }\n{ dog { ...F } }",
        "fragment F on Pet { name }\n{ pet { ...F } }",
        "fragment F on CatOrDog { __typename }\n{ catOrDog { ...F } }",
        "{ pet { ... { name } } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "fragment F on Boolean { bad }\n{ dog { ...F } }",
            new[]
            {
                "Fragment \"F\" cannot condition on non composite type \"Boolean\". @ 1:15",
            }
        },
        {
            "fragment F on FurColor { bad }\n{ dog { ...F } }",
            new[]
            {
                "Fragment \"F\" cannot condition on non composite type \"FurColor\". @ 1:15",
            }
        },
        {
            "fragment F on ComplexInput { stringField }\n{ dog { ...F } }",
            new[]
            {
                "Fragment \"F\" cannot condition on non composite type \"ComplexInput\". @ 1:15",
            }
        },
        {
            "{ pet { ... on String { barks } } }",
            new[]
            {
                "Fragment cannot condition on non composite type \"String\". @ 1:16",
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
