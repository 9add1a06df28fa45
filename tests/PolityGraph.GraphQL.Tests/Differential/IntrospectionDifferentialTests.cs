using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Tests.Differential;

/// <summary>
/// Our introspection, read back by graphql-js: printSchema(buildClientSchema(our answer to graphql-js's own
/// introspection query)) must equal what our SchemaPrinter prints for the same schema. This checks
/// introspection (every field buildClientSchema reads) and the printer against the reference at once.
/// </summary>
public sealed class IntrospectionDifferentialTests
{
    public static TheoryData<string> Schemas => new()
    {
        "tests/PolityGraph.GraphQL.Tests/Differential/corpus/schema.graphql",
        "tests/PolityGraph.GraphQL.Tests/Differential/corpus/introspection-schema.graphql",
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Graphql_js_rebuilds_our_introspection_into_the_schema_our_printer_prints(string schemaPath)
    {
        var schema = SchemaBuilder.FromSdl(File.ReadAllText(RepositoryPaths.Of(schemaPath.Split('/')))).Build();
        var introspectionQuery = NodeHarness.Run("introspection-query.mjs", Array.Empty<string>());

        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(introspectionQuery));
        Assert.True(result.Errors.Count == 0, "Introspection failed: " + string.Join("\n", result.Errors));

        var printedByGraphqlJs = NodeHarness.Run("print-client-schema.mjs", Array.Empty<string>(), ExecutionResultJsonWriter.Serialize(result));
        var printedByUs = SchemaPrinter.Print(schema);

        Assert.Equal(Normalize(printedByGraphqlJs), Normalize(printedByUs));
    }

    private static string Normalize(string sdl) => sdl.ReplaceLineEndings("\n").TrimEnd();
}
