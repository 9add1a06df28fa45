using PolityGraph.GraphQL.Introspection;
using PolityGraph.Schema;

namespace PolityGraph.Fuzz;

/// <summary>The valid documents the fuzzer grows its cases from.</summary>
public static class FuzzDocuments
{
    /// <summary>For the real API: the GraphiQL example, lookups, lists with arguments, fragments, variables and introspection.</summary>
    public static readonly IReadOnlyList<string> PolityGraph =
    [
        ExampleQueries.WhoHeldThePost,
        """{ person(id: "person:dinh-tien-dung") { name tenures { from to position { title } } } }""",
        """query People($first: Int, $search: String) { people(first: $first, search: $search) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }""",
        """query B($id: ID!) { body(id: $id) { name members(on: "2020-01-01") { person { name } } } }""",
        """{ __typename ...F } fragment F on Query { __schema { queryType { name } } }""",
        """{ __type(name: "Person") { name fields(includeDeprecated: true) { name args { name defaultValue } type { kind name ofType { name } } } } }""",
        """query { a: __typename b: __typename @skip(if: true) c: __typename @include(if: false) }""",
        IntrospectionQuery.Text,
    ];
}
