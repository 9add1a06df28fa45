using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Tests.Execution;
using PolityGraph.GraphQL.Tests.Types;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Tests.Introspection;

/// <summary>Spec section 4 by example over the wide schema: deprecations, defaults, specifiedByURL, isRepeatable, interfaces of interfaces.</summary>
public class IntrospectionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(WideSchema.Sdl).AddScalar(new DateScalar()).Build();

    [Theory]
    [InlineData("""{ __type(name: "Person") { fields { name } } }""",
        """{"data":{"__type":{"fields":[{"name":"id"},{"name":"name"},{"name":"born"},{"name":"roles"},{"name":"friends"},{"name":"age"}]}}}""")]
    [InlineData("""{ __type(name: "Person") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }""",
        """{"data":{"__type":{"fields":[{"name":"id","isDeprecated":false,"deprecationReason":null},{"name":"name","isDeprecated":false,"deprecationReason":null},{"name":"born","isDeprecated":false,"deprecationReason":null},{"name":"fullName","isDeprecated":true,"deprecationReason":"Use `name`."},{"name":"nickname","isDeprecated":true,"deprecationReason":"No longer supported"},{"name":"roles","isDeprecated":false,"deprecationReason":null},{"name":"friends","isDeprecated":false,"deprecationReason":null},{"name":"age","isDeprecated":false,"deprecationReason":null}]}}}""")]
    [InlineData("""{ __type(name: "Person") { fields { name args { name defaultValue } } } }""",
        """{"data":{"__type":{"fields":[{"name":"id","args":[]},{"name":"name","args":[]},{"name":"born","args":[]},{"name":"roles","args":[{"name":"on","defaultValue":null},{"name":"first","defaultValue":"10"},{"name":"kind","defaultValue":"MINISTER"}]},{"name":"friends","args":[{"name":"first","defaultValue":"5"},{"name":"after","defaultValue":null}]},{"name":"age","args":[]}]}}}""")]
    [InlineData("""{ __type(name: "RoleFilter") { inputFields { name } all: inputFields(includeDeprecated: true) { name defaultValue } } }""",
        """{"data":{"__type":{"inputFields":[{"name":"kinds"},{"name":"from"},{"name":"to"},{"name":"limit"},{"name":"nested"},{"name":"ids"},{"name":"ratio"},{"name":"meta"}],"all":[{"name":"kinds","defaultValue":"[MINISTER]"},{"name":"from","defaultValue":null},{"name":"to","defaultValue":"\"2020-01-01\""},{"name":"limit","defaultValue":"20"},{"name":"nested","defaultValue":null},{"name":"ids","defaultValue":"[1, \"x\"]"},{"name":"ratio","defaultValue":"1.5"},{"name":"old","defaultValue":null},{"name":"meta","defaultValue":null}]}}}""")]
    [InlineData("""{ __type(name: "RoleKind") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }""",
        """{"data":{"__type":{"enumValues":[{"name":"MINISTER"},{"name":"MEMBER"},{"name":"OBSERVER"}],"all":[{"name":"MINISTER","isDeprecated":false,"deprecationReason":null},{"name":"DEPUTY","isDeprecated":true,"deprecationReason":"Merged into MINISTER"},{"name":"MEMBER","isDeprecated":false,"deprecationReason":null},{"name":"OLD","isDeprecated":true,"deprecationReason":"No longer supported"},{"name":"OBSERVER","isDeprecated":false,"deprecationReason":null}]}}}""")]
    [InlineData("""{ __type(name: "Date") { kind name description specifiedByURL fields { name } } }""",
        """{"data":{"__type":{"kind":"SCALAR","name":"Date","description":"An ISO 8601 calendar date.","specifiedByURL":"https://tools.ietf.org/html/rfc3339","fields":null}}}""")]
    [InlineData("""{ __type(name: "Named") { kind interfaces { name } possibleTypes { name } } }""",
        """{"data":{"__type":{"kind":"INTERFACE","interfaces":[{"name":"Node"}],"possibleTypes":[{"name":"Person"}]}}}""")]
    [InlineData("""{ __type(name: "SearchResult") { kind possibleTypes { name } interfaces { name } } }""",
        """{"data":{"__type":{"kind":"UNION","possibleTypes":[{"name":"Person"},{"name":"Role"}],"interfaces":null}}}""")]
    [InlineData("""{ __type(name: "Root") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }""",
        """{"data":{"__type":{"fields":[{"name":"node","type":{"kind":"INTERFACE","name":"Node","ofType":null}},{"name":"person","type":{"kind":"OBJECT","name":"Person","ofType":null}},{"name":"search","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"kind":"UNION","name":"SearchResult"}}}}},{"name":"today","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"Date","ofType":null}}},{"name":"echo","type":{"kind":"SCALAR","name":"Json","ofType":null}}]}}}""")]
    [InlineData("""{ __schema { queryType { name } mutationType { name } subscriptionType { name } description directives { name isRepeatable locations args { name } } } }""",
        """{"data":{"__schema":{"queryType":{"name":"Root"},"mutationType":{"name":"Changes"},"subscriptionType":null,"description":"The library: a test schema exercising every printable feature.","directives":[{"name":"tag","isRepeatable":true,"locations":["FIELD_DEFINITION","OBJECT","INTERFACE"],"args":[{"name":"name"},{"name":"weight"}]},{"name":"internal","isRepeatable":false,"locations":["FIELD_DEFINITION"],"args":[]},{"name":"include","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if"}]},{"name":"skip","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if"}]},{"name":"deprecated","isRepeatable":false,"locations":["FIELD_DEFINITION","ARGUMENT_DEFINITION","INPUT_FIELD_DEFINITION","ENUM_VALUE"],"args":[{"name":"reason"}]},{"name":"specifiedBy","isRepeatable":false,"locations":["SCALAR"],"args":[{"name":"url"}]},{"name":"oneOf","isRepeatable":false,"locations":["INPUT_OBJECT"],"args":[]}]}}}""")]
    [InlineData("""{ __type(name: "Person") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }""",
        """{"data":{"__type":{"fields":[{"name":"id","args":[]},{"name":"name","args":[]},{"name":"born","args":[]},{"name":"roles","args":[{"name":"on","isDeprecated":false,"deprecationReason":null},{"name":"first","isDeprecated":false,"deprecationReason":null},{"name":"kind","isDeprecated":false,"deprecationReason":null},{"name":"legacy","isDeprecated":true,"deprecationReason":"Ignored"}]},{"name":"friends","args":[{"name":"first","isDeprecated":false,"deprecationReason":null},{"name":"after","isDeprecated":false,"deprecationReason":null}]},{"name":"age","args":[]}]}}}""")]
    [InlineData("""{ __type(name: "Nope") { name } }""", """{"data":{"__type":null}}""")]
    [InlineData("""{ __type(name: "__Type") { name fields { name } } }""",
        """{"data":{"__type":{"name":"__Type","fields":[{"name":"kind"},{"name":"name"},{"name":"description"},{"name":"specifiedByURL"},{"name":"fields"},{"name":"interfaces"},{"name":"possibleTypes"},{"name":"enumValues"},{"name":"inputFields"},{"name":"ofType"},{"name":"isOneOf"}]}}}""")]
    public async Task Introspection_answers_as_the_spec_says(string query, string expected)
    {
        Assert.Equal(expected, await TestSchema.RunAsync(Schema, query));
    }

    [Fact]
    public async Task The_full_introspection_query_runs_without_errors_and_lists_every_type()
    {
        var executor = new RequestExecutor(Schema);
        var result = await executor.ExecuteAsync(new GraphQLRequest(PolityGraph.GraphQL.Introspection.IntrospectionQuery.Text));

        Assert.Empty(result.Errors);
        var types = (IEnumerable<object?>)((IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)result.Data!["__schema"]!))["types"]!;
        var names = types.Select(t => (string)((IReadOnlyDictionary<string, object?>)t!)["name"]!).ToList();
        Assert.Equal(Schema.Types.Select(t => t.Name), names);
    }

    /// <summary>
    /// graphql-js's buildClientSchema reads our introspection answer back into a schema; its printSchema must
    /// print exactly what our SchemaPrinter prints. This checks the whole IntrospectionQuery answer against the
    /// reference implementation's reading of it.
    /// </summary>
    [Fact]
    public async Task Graphql_js_rebuilds_the_same_schema_from_our_introspection_answer()
    {
        var executor = new RequestExecutor(Schema);
        var json = ExecutionResultJsonWriter.Serialize(await executor.ExecuteAsync(new GraphQLRequest(PolityGraph.GraphQL.Introspection.IntrospectionQuery.Text)));

        var printedByGraphQLJs = Differential.NodeHarness.Run("print-client-schema.mjs", Array.Empty<string>(), json);

        Assert.Equal(Utilities.SchemaPrinter.Print(Schema) + "\n", printedByGraphQLJs);
    }
}
