using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class KnownArgumentNamesRuleTests : RuleTestBase<KnownArgumentNamesRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ dog { doesKnowCommand(dogCommand: SIT) isAtLocation(y: 1, x: 2) } }",
        "{ dog @skip(if: true) { unknownField(unknownArg: 1) } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ dog @skip(iff: true) { name } }",
            new[]
            {
                "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? @ 1:13",
            }
        },
        {
            "{ dog { doesKnowCommand(unknown: true) } }",
            new[]
            {
                "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\". @ 1:25",
            }
        },
        {
            "{ dog { doesKnowCommand(DogCommand: SIT) } }",
            new[]
            {
                "Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? @ 1:25",
            }
        },
        {
            "{ dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true) } }",
            new[]
            {
                "Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\". @ 1:25",
                "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\". @ 1:55",
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
