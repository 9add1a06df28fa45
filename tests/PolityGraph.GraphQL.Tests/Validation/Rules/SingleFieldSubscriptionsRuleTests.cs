using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class SingleFieldSubscriptionsRuleTests : RuleTestBase<SingleFieldSubscriptionsRule>
{
    public static TheoryData<string> Valid => new()
    {
        "subscription Sub { petAdopted { name } }",
        "subscription Sub { ...F }\nfragment F on SubscriptionRoot { dogRenamed { name } }",
        "subscription Sub { petAdopted { name } dogRenamed @skip(if: true) { name } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "subscription Sub { petAdopted { name } dogRenamed { name } }",
            new[]
            {
                "Subscription \"Sub\" must select only one top level field. @ 1:40",
            }
        },
        {
            "subscription { petAdopted { name } dogRenamed { name } a: petAdopted { name } }",
            new[]
            {
                "Anonymous Subscription must select only one top level field. @ 1:36, 1:56",
            }
        },
        {
            "subscription Sub { __typename }",
            new[]
            {
                "Subscription \"Sub\" must not select an introspection top level field. @ 1:20",
            }
        },
        {
            "subscription Sub { ...F }\nfragment F on SubscriptionRoot { petAdopted { name } dogRenamed { name } }",
            new[]
            {
                "Subscription \"Sub\" must select only one top level field. @ 2:54",
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
