using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Validation;
using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation;

/// <summary>
/// MaxComplexityRule with list sizes set at schema build (<see cref="ListSize"/>, after the cost directive @listSize):
/// an unbounded list is weighted by its assumed fan-out, a slicing argument overrides the assumption, and a
/// connection multiplies only its sized fields.
/// </summary>
public sealed class ListSizeComplexityTests
{
    private static readonly Lazy<Schema> schema = new(() => SchemaBuilder.FromSdl("""
        type Query {
          body: Body
          bodies(first: Int, last: Int): BodyConnection!
          nodes(ids: [ID!]!): [Body]!
          tags: [String!]!
        }
        type Body { name: String! members: [Tenure!]! children(first: Int): [Body!]! events: [Event!]! }
        type Tenure { person: Person! }
        type Person { name: String! participations: [Event!]! }
        type Event { title: String! }
        type BodyConnection { totalCount: Int! edges: [BodyEdge!]! nodes: [Body!]! }
        type BodyEdge { cursor: String! node: Body! }
        """)
        .SetListSize("Body", "members", new ListSize(200))
        .SetListSize("Person", "participations", new ListSize(100))
        .SetListSize("Body", "children", new ListSize(50, ["first"]))
        .SetListSize("Query", "bodies", new ListSize(100, ["first", "last"], ["edges", "nodes"]))
        .SetListSize("Query", "nodes", new ListSize(100, ["ids"]))
        .Build());

    public static TheoryData<string, long> Complexities => new()
    {
        // members = 1 + 200 * (person 1 + 1 * name 1)
        { "{ body { members { person { name } } } }", 1 + (1 + 200 * 2) },
        // Nested unbounded lists multiply their estimates: 200 members x 100 participations.
        { "{ body { members { person { participations { title } } } } }", 1 + (1 + 200 * (1 + (1 + 100 * 1))) },
        // A slicing argument given wins over the assumption.
        { "{ body { children(first: 3) { name } } }", 1 + (1 + 3 * 1) },
        { "{ body { children { name } } }", 1 + (1 + 50 * 1) },
        { "query Q($n: Int = 4) { body { children(first: $n) { name } } }", 1 + (1 + 4 * 1) },
        // A list without an estimate keeps the rule's default list size (1 here).
        { "{ body { events { title } } }", 1 + (1 + 1 * 1) },
        // A connection multiplies its sized fields only: totalCount is one number whatever the page size.
        { "{ bodies(first: 50) { totalCount edges { cursor node { name } } } }", 1 + 1 + (1 + 50 * (1 + (1 + 1))) },
        { "{ bodies { totalCount nodes { name } } }", 1 + 1 + (1 + 100 * 1) },
        { "{ bodies(last: 2) { ... on BodyConnection { nodes { name } } } }", 1 + (1 + 2 * 1) },
        { "{ bodies(first: 2) { ...Page } } fragment Page on BodyConnection { nodes { name } }", 1 + (1 + 2 * 1) },
        // A list literal counts its items; without one the assumption stands.
        { """{ nodes(ids: ["body:a", "body:b", "body:c"]) { name } }""", 1 + 3 * 1 },
        { "query Q($ids: [ID!]!) { nodes(ids: $ids) { name } }", 1 + 100 * 1 },
        // A list of scalars has no selection to multiply.
        { "{ tags body { name } }", 1 + (1 + 1) },
    };

    [Theory]
    [MemberData(nameof(Complexities))]
    public void Weights_lists_by_their_size(string document, long complexity)
    {
        Assert.Empty(Validate(new MaxComplexityRule((int)complexity), document));
        var error = Assert.Single(Validate(new MaxComplexityRule((int)complexity - 1), document));
        Assert.Contains($"has complexity {complexity}, which exceeds the maximum complexity of {complexity - 1}.", error.Message);
    }

    [Fact]
    public void A_default_list_size_weights_lists_the_schema_says_nothing_about()
    {
        const string document = "{ body { events { title } } }";
        Assert.Contains("has complexity 12,", Assert.Single(Validate(new MaxComplexityRule(11, defaultListSize: 10), document)).Message);
    }

    [Fact]
    public void The_error_carries_a_code_and_the_figures()
    {
        var error = Assert.Single(Validate(new MaxComplexityRule(1000), "{ body { members { person { participations { title } } } } }"));
        Assert.Equal(MaxComplexityRule.ErrorCode, error.Extensions!["code"]);
        Assert.Equal(20_402L, error.Extensions["complexity"]);
        Assert.Equal(1000, error.Extensions["maxComplexity"]);
        Assert.Equal((1, 1), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Theory]
    [InlineData("Body", "nobody", "type \"Body\" has no field \"nobody\"")]
    [InlineData("Body", "members", "it has no argument \"first\" to slice by", "first")]
    [InlineData("Query", "bodies", "type \"BodyConnection\" has no field \"items\"", null, "items")]
    public void A_list_size_that_does_not_fit_the_schema_is_refused_at_build(string type, string field, string problem, string? slicing = null, string? sized = null)
    {
        var builder = SchemaBuilder.FromSdl("type Query { bodies(first: Int): BodyConnection! } type BodyConnection { edges: [Body!]! } type Body { name: String! members: [Body!]! }")
            .SetListSize(type, field, new ListSize(10, slicing is null ? null : [slicing], sized is null ? null : [sized]));
        var exception = Assert.Throws<SchemaException>(builder.Build);
        Assert.Contains(problem, exception.Message);
    }

    private static IReadOnlyList<GraphQLError> Validate(IValidationRule rule, string document) =>
        DocumentValidator.Validate(schema.Value, Parser.Parse(document), new[] { rule });
}
