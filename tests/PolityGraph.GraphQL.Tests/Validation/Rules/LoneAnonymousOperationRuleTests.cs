using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class LoneAnonymousOperationRuleTests : RuleTestBase<LoneAnonymousOperationRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ dog { name } }",
        "{ ...Foo }\nfragment Foo on QueryRoot { dog { name } }",
        "query A { dog { name } }\nquery B { cat { name } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ dog { name } }\n{ cat { name } }",
            new[]
            {
                "This anonymous operation must be the only defined operation. @ 1:1",
                "This anonymous operation must be the only defined operation. @ 2:1",
            }
        },
        {
            "{ dog { name } }\nquery Foo { cat { name } }",
            new[]
            {
                "This anonymous operation must be the only defined operation. @ 1:1",
            }
        },
        {
            "{ dog { name } }\nmutation Foo { renameDog { name } }",
            new[]
            {
                "This anonymous operation must be the only defined operation. @ 1:1",
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
