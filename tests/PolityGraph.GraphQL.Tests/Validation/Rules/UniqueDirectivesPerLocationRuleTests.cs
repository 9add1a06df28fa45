using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class UniqueDirectivesPerLocationRuleTests : RuleTestBase<UniqueDirectivesPerLocationRule>
{
    public static TheoryData<string> Valid => new()
    {
        "fragment T on Dog @onFragmentDefinition { name @onField }\n{ dog { ...T } }",
        "{ dog @tag(name: \"a\") @tag(name: \"b\") { name } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ dog { name @onField @onField } }",
            new[]
            {
                "The directive \"@onField\" can only be used once at this location. @ 1:14, 1:23",
            }
        },
        {
            "{ dog { name @skip(if: true) @skip(if: false) } }",
            new[]
            {
                "The directive \"@skip\" can only be used once at this location. @ 1:14, 1:30",
            }
        },
        {
            "{ dog { name @onField @onField @onField } }",
            new[]
            {
                "The directive \"@onField\" can only be used once at this location. @ 1:14, 1:23",
                "The directive \"@onField\" can only be used once at this location. @ 1:14, 1:32",
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
