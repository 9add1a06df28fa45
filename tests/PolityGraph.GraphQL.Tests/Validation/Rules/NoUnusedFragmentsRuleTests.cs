using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class NoUnusedFragmentsRuleTests : RuleTestBase<NoUnusedFragmentsRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ human(id: 4) { ...A } }\nfragment A on Human { name ...B }\nfragment B on Human { name }",
        "query Foo { human(id: 4) { ...A } }\nquery Bar { human(id: 4) { ...B } }\nfragment A on Human { name }\nfragment B on Human { name }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ human(id: 4) { ...A } }\nfragment A on Human { name }\nfragment Unused on Human { name }",
            new[]
            {
                "Fragment \"Unused\" is never used. @ 3:1",
            }
        },
        {
            "{ human(id: 4) { name } }\nfragment U1 on Human { name ...U2 }\nfragment U2 on Human { name ...U1 }",
            new[]
            {
                "Fragment \"U1\" is never used. @ 2:1",
                "Fragment \"U2\" is never used. @ 3:1",
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
