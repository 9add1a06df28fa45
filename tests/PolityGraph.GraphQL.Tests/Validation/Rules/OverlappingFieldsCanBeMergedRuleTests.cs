using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class OverlappingFieldsCanBeMergedRuleTests : RuleTestBase<OverlappingFieldsCanBeMergedRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ dog { name name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }",
        "{ dog { a: doesKnowCommand(dogCommand: SIT) b: doesKnowCommand(dogCommand: DOWN) } }",
        "{ pet { ... on Dog { name } ... on Cat { name: nickname } } }",
        "{ dog { isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ dog { fido: name fido: nickname } }",
            new[]
            {
                "Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:20",
            }
        },
        {
            "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
            new[]
            {
                "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:42",
            }
        },
        {
            "{ pet { ... on Dog { scalar: barkVolume } ... on Cat { scalar: name } } }",
            new[]
            {
                "Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. @ 1:22, 1:56",
            }
        },
        {
            "{ field: dog { x: name } field: dog { x: nickname } }",
            new[]
            {
                "Fields \"field\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:3, 1:16, 1:26, 1:39",
            }
        },
        {
            "{ dog { ...A ...B } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: barks }",
            new[]
            {
                "Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 2:21, 3:21",
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
