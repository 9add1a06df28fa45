using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class ScalarLeafsRuleTests : RuleTestBase<ScalarLeafsRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ dog { barks } }",
        "{ dog { doesKnowCommand(dogCommand: SIT) } }",
        "{ dog { tricks { name } } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ human }",
            new[]
            {
                "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? @ 1:3",
            }
        },
        {
            "{ human { pets } }",
            new[]
            {
                "Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"? @ 1:11",
            }
        },
        {
            "{ catOrDog }",
            new[]
            {
                "Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"? @ 1:3",
            }
        },
        {
            "{ dog { barks { sinceWhen } } }",
            new[]
            {
                "Field \"barks\" must not have a selection since type \"Boolean\" has no subfields. @ 1:15",
            }
        },
        {
            "{ cat { furColor { inHexDec } } }",
            new[]
            {
                "Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields. @ 1:18",
            }
        },
        {
            "{ dog { tricks } }",
            new[]
            {
                "Field \"tricks\" of type \"[Trick!]!\" must have a selection of subfields. Did you mean \"tricks { ... }\"? @ 1:9",
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
