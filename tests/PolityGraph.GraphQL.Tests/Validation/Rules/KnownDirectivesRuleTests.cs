using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class KnownDirectivesRuleTests : RuleTestBase<KnownDirectivesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ dog @include(if: true) { name @skip(if: false) } }",
        "query Foo($v: Boolean @onVariableDefinition) @onQuery { dog @onField { ...F @onFragmentSpread ... @onInlineFragment { name } } }\nfragment F on Dog @onFragmentDefinition { name }",
        "mutation @onMutation { renameDog { name } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ dog @unknown(directive: \"value\") { name } }",
            new[]
            {
                "Unknown directive \"@unknown\". @ 1:7",
            }
        },
        {
            "query Foo @onField { dog @onQuery { name } }",
            new[]
            {
                "Directive \"@onField\" may not be used on QUERY. @ 1:11",
                "Directive \"@onQuery\" may not be used on FIELD. @ 1:26",
            }
        },
        {
            "{ dog @auth(requires: ADMIN) { name } }",
            new[]
            {
                "Directive \"@auth\" may not be used on FIELD. @ 1:7",
            }
        },
        {
            "mutation @onQuery { renameDog { name } }",
            new[]
            {
                "Directive \"@onQuery\" may not be used on MUTATION. @ 1:10",
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
