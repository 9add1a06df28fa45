using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class UniqueOperationNamesRuleTests : RuleTestBase<UniqueOperationNamesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ dog { name } }",
        "query Foo { dog { name } }\nquery Bar { dog { name } }",
        "query Foo { dog { ...Foo } }\nfragment Foo on Dog { name }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "query Foo { dog { name } }\nquery Foo { cat { name } }",
            new[]
            {
                "There can be only one operation named \"Foo\". @ 1:7, 2:7",
            }
        },
        {
            "query Foo { dog { name } }\nmutation Foo { renameDog { name } }",
            new[]
            {
                "There can be only one operation named \"Foo\". @ 1:7, 2:10",
            }
        },
        {
            "query Foo { dog { name } }\nsubscription Foo { petAdopted { name } }",
            new[]
            {
                "There can be only one operation named \"Foo\". @ 1:7, 2:14",
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
