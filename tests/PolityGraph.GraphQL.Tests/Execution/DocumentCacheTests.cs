using PolityGraph.GraphQL.Execution;

namespace PolityGraph.GraphQL.Tests.Execution;

/// <summary>The document cache keeps parsed and validated documents by query text, bounded, least recently used out first.</summary>
public class DocumentCacheTests
{
    [Fact]
    public async Task Repeated_queries_reuse_the_cached_document_and_give_the_same_answers()
    {
        var executor = new RequestExecutor(TestSchema.Build(), new ExecutionOptions { DocumentCacheSize = 2 });
        const string query = "query($id: ID!, $s: Boolean!) { person(id: $id) { name @skip(if: $s) id } }";

        var first = await TestSchema.RunAsync(executor, query, """{"id":"p1","s":false}""");
        var second = await TestSchema.RunAsync(executor, query, """{"id":"p2","s":true}""");
        var third = await TestSchema.RunAsync(executor, query, """{"id":"p1","s":false}""");

        Assert.Equal("""{"data":{"person":{"name":"Ada","id":"p1"}}}""", first);
        Assert.Equal("""{"data":{"person":{"id":"p2"}}}""", second);
        Assert.Equal(first, third);
        Assert.Equal(1, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task Invalid_documents_are_cached_with_their_errors()
    {
        var executor = new RequestExecutor(TestSchema.Build(), new ExecutionOptions { DocumentCacheSize = 2 });
        var first = await TestSchema.RunAsync(executor, "{ zzz }");
        var second = await TestSchema.RunAsync(executor, "{ zzz }");
        Assert.Equal(first, second);
        Assert.StartsWith("""{"errors":[{"message":"Cannot query field""", first);
        Assert.Equal(1, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task The_cache_holds_at_most_its_size()
    {
        var executor = new RequestExecutor(TestSchema.Build(), new ExecutionOptions { DocumentCacheSize = 2 });
        foreach (var query in new[] { "{ a: numbers }", "{ b: numbers }", "{ c: numbers }", "{ a: numbers }" })
            Assert.Contains("[1,2,3]", await TestSchema.RunAsync(executor, query));
        Assert.Equal(2, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task The_least_recently_used_document_leaves_first()
    {
        var executor = new RequestExecutor(TestSchema.Build(), new ExecutionOptions { DocumentCacheSize = 2 });
        foreach (var query in new[] { "{ a: numbers }", "{ b: numbers }", "{ a: numbers }", "{ c: numbers }" })
            await TestSchema.RunAsync(executor, query);

        Assert.True(executor.IsDocumentCached("{ a: numbers }"));
        Assert.False(executor.IsDocumentCached("{ b: numbers }"));
        Assert.True(executor.IsDocumentCached("{ c: numbers }"));
    }

    [Fact]
    public async Task Without_a_cache_size_nothing_is_kept()
    {
        var executor = new RequestExecutor(TestSchema.Build(), new ExecutionOptions { DocumentCacheSize = 0 });
        await TestSchema.RunAsync(executor, "{ numbers }");
        Assert.Equal(0, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task Concurrent_requests_share_plans_safely()
    {
        var executor = new RequestExecutor(TestSchema.Build(), new ExecutionOptions { DocumentCacheSize = 4 });
        const string query = "query($id: ID!) { person(id: $id) { id name friends { name } } }";
        var tasks = Enumerable.Range(0, 200).Select(i => Task.Run(() => TestSchema.RunAsync(executor, query, i % 2 == 0 ? """{"id":"p1"}""" : """{"id":"p2"}"""))).ToArray();
        var results = await Task.WhenAll(tasks);
        for (var i = 0; i < results.Length; i++)
            Assert.Equal(i % 2 == 0
                ? """{"data":{"person":{"id":"p1","name":"Ada","friends":[{"name":"Bo"}]}}}"""
                : """{"data":{"person":{"id":"p2","name":"Bo","friends":[]}}}""", results[i]);
    }

    [Theory]
    [InlineData("""{"a":false,"b":true}""", """{"data":{"person":{}}}""")]
    [InlineData("""{"a":true,"b":false}""", """{"data":{"person":{"id":"p1"}}}""")]
    [InlineData("""{"a":true,"b":true}""", """{"data":{"person":{"name":"Ada","id":"p1"}}}""")]
    public async Task Cached_plans_follow_every_condition_variable_even_inside_skipped_fragments(string variables, string expected)
    {
        const string query = """
            query($a: Boolean!, $b: Boolean!) { person(id: "p1") { ...F @include(if: $a) } }
            fragment F on Person { name @include(if: $b) id }
            """;
        // Warm the shared executor's cache with every combination first, then ask for this one.
        foreach (var warm in new[] { """{"a":true,"b":true}""", """{"a":false,"b":false}""", """{"a":true,"b":false}""" })
            await TestSchema.RunAsync(SharedExecutor, query, warm);
        Assert.Equal(expected, await TestSchema.RunAsync(SharedExecutor, query, variables));
    }

    private static readonly RequestExecutor SharedExecutor = new(TestSchema.Build(), new ExecutionOptions { DocumentCacheSize = 8 });
}
