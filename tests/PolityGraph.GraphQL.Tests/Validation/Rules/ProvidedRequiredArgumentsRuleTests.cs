using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class ProvidedRequiredArgumentsRuleTests : RuleTestBase<ProvidedRequiredArgumentsRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ dog { isHouseTrained } complicatedArgs { multipleOpts nonNullFieldWithDefault } }",
        "{ complicatedArgs { multipleReqs(req2: 2, req1: 1) } }",
        "{ dog { unknownField } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ complicatedArgs { multipleReqs(req2: 2) } }",
            new[]
            {
                "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided. @ 1:21",
            }
        },
        {
            "{ complicatedArgs { multipleReqs } }",
            new[]
            {
                "Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided. @ 1:21",
                "Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided. @ 1:21",
            }
        },
        {
            "{ dog @include { name @skip } }",
            new[]
            {
                "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @ 1:7",
                "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @ 1:23",
            }
        },
        {
            "{ dog @tag { name } }",
            new[]
            {
                "Directive \"@tag\" argument \"name\" of type \"String!\" is required, but it was not provided. @ 1:7",
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
