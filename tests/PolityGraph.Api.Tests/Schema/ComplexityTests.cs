using PolityGraph.Api.GraphQLHttp;
using PolityGraph.GraphQL;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Validation;
using PolityGraph.GraphQL.Validation.Rules;
using PolityGraph.Schema;

namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// The complexity limit on the served schema, with the endpoint's default limits: every list of entities has a
/// fan-out estimate (Schema/Cost/ListSizes.cs), so nested unbounded lists are refused before anything runs,
/// while the questions the README shows pass. Validation only: no request reaches Neo4j.
/// </summary>
public sealed class ComplexityTests
{
    private static readonly GraphQL.Types.Schema served = PolityGraphSchema.Build(new Neo4j.Neo4jHttpDriver(new Neo4j.Neo4jOptions())); // never asked: validation only
    private static readonly IReadOnlyList<IValidationRule> limits = new GraphQLEndpointOptions().ToExecutionOptions().ExtraRules;

    /// <summary>Issue 13's reproducer: five lists deep, no `first`; 0.8 s and 585 KB on the seed data, unbounded on a large graph.</summary>
    public const string FiveListsDeep = """
        { bodies { nodes { name members { person { name tenures { position { title holders { person { name
            participations { role event { title participants { person { name } } } } } } } } } } } } }
        """;

    [Fact]
    public void Every_list_of_objects_has_a_fan_out_estimate()
    {
        var missing =
            from type in served.Types.OfType<ComplexType>()
            where !type.Name.StartsWith("__", StringComparison.Ordinal) && type is ObjectType
            from field in type.Fields
            where IsListOfObjects(field.Type) && field.ListSize is null
            // Inside a connection the items are sized by the connection field.
            where !type.Name.EndsWith("Connection", StringComparison.Ordinal)
            select $"{type.Name}.{field.Name}";
        Assert.Empty(missing);
    }

    [Fact]
    public void Five_nested_lists_without_first_are_refused_with_a_code()
    {
        var error = Assert.Single(Validate(FiveListsDeep));
        Assert.Equal(MaxComplexityRule.ErrorCode, error.Extensions!["code"]);
        Assert.True((long)error.Extensions["complexity"]! > 1_000_000_000, error.Message);
        Assert.StartsWith("Anonymous operation has complexity", error.Message);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "every body's members' events", "{ bodies { nodes { members { person { participations { event { title } } } } } } }" },
        { "an event's participants' co-participants", "{ event(id: \"event:x\") { participants { person { participations { event { participants { person { name } } } } } } } }" },
        { "every source's cited tenures' people's participations", "{ sources(first: 100) { nodes { tenures { person { participations { event { participants { person { name } } } } } } } } }" },
        { "a page of people with every participation's co-participants' posts", "{ people(first: 10) { nodes { participations { event { participants { person { tenures { position { title } } } } } } } } }" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Nested_fan_outs_are_refused(string name, string document)
    {
        var error = Assert.Single(Validate(document));
        Assert.True(MaxComplexityRule.ErrorCode.Equals(error.Extensions?["code"]), $"{name}: {error.Message}");
    }

    public static TheoryData<string, string> Passed => new()
    {
        { "GraphiQL's opening question", ExampleQueries.WhoHeldThePost },
        { "search without diacritics", """{ people(search: "dinh tien dung", first: 5) { totalCount nodes { id name tenures(on: "2022-04-12") { position { title titleEn } } } } }""" },
        { "a plenum's participants", """{ event(id: "event:2023-01-11-hanoi-party-committee-xvii-plenum-11") { title date participants { person { name } role about { code title } } } }""" },
        { "a resolution by code", """{ resolution(code: "28-NQ/TW") { id title issuedOn term plenum issuedBy { nameEn } discussedAt { title date } } }""" },
        { "a path", """{ path(from: "person:dinh-tien-dung", to: "person:truong-thi-mai", maxHops: 4) { length steps { from { id } relationship to { id } } } }""" },
        { "a page of bodies", "query Bodies($after: String) { bodies(search: \"ha noi\", first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id nameEn kind } } } }" },
        { "a body's members on a date", """{ body(id: "body:politburo") { name members(on: "2022-04-12") { person { name } position { title } from to } } }""" },
        { "a default page of people", "{ people { totalCount nodes { id name aliases } } }" },
        // The explorer's person page (api/explorer/src/views/Person.tsx): posts with co-members, events with co-participants.
        { "the explorer's person page", """
            query Person($id: ID!) { person(id: $id) { id name aliases
              tenures { from to attestedOn evidence { quote source { id title publishedOn } }
                position { id title titleEn body { id name nameEn members { person { id name } } } } }
              participations { role evidence { quote source { id title publishedOn } } about { id code title aliases }
                event { id title date kind participants { person { id name } } } } } }
            """ },
        // The explorer's source page (api/explorer/src/views/Source.tsx): the article and the facts quoting it, one request.
        { "the explorer's source page", """
            query Source($id: ID!) { source(id: $id) { id title publisher publishedOn text
              tenures { person { id name } position { id title titleEn } evidence { quote source { id } } }
              participations { person { id name } role event { id title } evidence { quote source { id } } } } }
            """ },
    };

    [Theory]
    [MemberData(nameof(Passed))]
    public void The_questions_the_README_shows_pass(string name, string document) =>
        Assert.True(Validate(document).Count == 0, $"{name}: {string.Join("; ", Validate(document).Select(e => e.Message))}");

    private static IReadOnlyList<GraphQLError> Validate(string document) =>
        DocumentValidator.Validate(served, Parser.Parse(document), limits);

    private static bool IsListOfObjects(IGraphQLType type) =>
        (type is NonNullType nonNull ? nonNull.OfType : type) is ListType list && list.GetNamedType() is ComplexType;
}
