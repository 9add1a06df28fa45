using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class ExecutableDefinitionsRuleTests : RuleTestBase<ExecutableDefinitionsRule>
{
    public static TheoryData<string> Valid => new()
    {
        "query Foo { dog { name } }",
        "query Foo { dog { ...Frag } }\nfragment Frag on Dog { name }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "query Foo { dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }",
            new[]
            {
                "The \"Cow\" definition is not executable. @ 2:1",
                "The \"Dog\" definition is not executable. @ 3:1",
            }
        },
        {
            "schema { query: QueryRoot }\ntype QueryRoot { test: String }\nextend schema @onQuery",
            new[]
            {
                "The schema definition is not executable. @ 1:1",
                "The \"QueryRoot\" definition is not executable. @ 2:1",
                "The schema definition is not executable. @ 3:1",
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
