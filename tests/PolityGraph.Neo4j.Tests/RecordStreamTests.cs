using PolityGraph.Testing;

namespace PolityGraph.Neo4j.Tests;

/// <summary>
/// <see cref="ITransaction.ForEachRecordAsync"/> hands out a statement's rows one at a time as the answer is read from
/// the network (the reader keeps a window of the stream, moved along and grown for a row larger than it), and otherwise
/// behaves as <see cref="ITransaction.RunAsync(string, IReadOnlyDictionary{string, object?}?, CancellationToken)"/>:
/// the same values, Neo4j's errors as typed exceptions, cancellation, and the transaction's state afterwards.
/// </summary>
[Collection(Neo4jServerFixture.Collection)]
public sealed class RecordStreamTests(Neo4jServerFixture neo4j)
{
    [Fact]
    public async Task Every_row_of_a_large_answer_is_handed_out_once_in_order()
    {
        const int rows = 60_000; // about 2 MB of JSON: the reading window is moved along it many times
        var seen = new List<(long Number, string Text)>();
        IReadOnlyList<string>? keys = null;
        await using var transaction = await neo4j.Driver.BeginTransactionAsync();

        await transaction.ForEachRecordAsync("UNWIND range(1, $rows) AS i RETURN i, 'hàng ' + toString(i) AS text",
            new Dictionary<string, object?> { ["rows"] = rows }, record =>
            {
                keys ??= record.Keys;
                seen.Add(((long)record["i"]!, (string)record["text"]!));
            });

        Assert.Equal(["i", "text"], keys);
        Assert.Equal(Enumerable.Range(1, rows).Select(i => ((long)i, $"hàng {i}")), seen);
    }

    [Fact]
    public async Task A_row_larger_than_the_reading_window_arrives_whole()
    {
        // 400,000 characters with escapes and multi-byte letters all along it, so that window ends fall inside them.
        var text = string.Concat(Enumerable.Repeat("Nguyễn \"Phú\" Trọng\\\n\t🇻🇳 ", 16_000));
        var seen = new List<object?>();
        await using var transaction = await neo4j.Driver.BeginTransactionAsync();

        await transaction.ForEachRecordAsync("UNWIND [1, 2, 3] AS i RETURN i, CASE i WHEN 2 THEN [$text, {text: $text}] ELSE 'short' END AS value",
            new Dictionary<string, object?> { ["text"] = text }, record => seen.Add(record["value"]));

        Assert.Equal(3, seen.Count);
        Assert.Equal("short", seen[0]);
        var large = Assert.IsType<List<object?>>(seen[1]);
        Assert.Equal(text, large[0]);
        Assert.Equal(text, Assert.IsType<Dictionary<string, object?>>(large[1])["text"]);
        Assert.Equal("short", seen[2]);
    }

    [Theory]
    [MemberData(nameof(ParameterRoundTripTests.Values), MemberType = typeof(ParameterRoundTripTests))]
    public async Task A_value_read_row_by_row_is_the_value_sent(string name, object? sent, object? expected)
    {
        var seen = new List<object?>();
        await using var transaction = await neo4j.Driver.BeginTransactionAsync();

        await transaction.ForEachRecordAsync("RETURN $value AS value", new Dictionary<string, object?> { ["value"] = sent },
            record => seen.Add(record["value"]));

        var actual = Assert.Single(seen);
        Assert.True(PlainValue.Equal(expected, actual), $"{name}: expected {PlainValue.Show(expected)}, got {PlainValue.Show(actual)}");
    }

    [Fact]
    public async Task The_rows_are_those_of_the_transaction_they_are_read_in()
    {
        var marker = Guid.NewGuid().ToString();
        var seen = new List<long>();
        await using var transaction = await neo4j.Driver.BeginTransactionAsync();
        await transaction.RunAsync("UNWIND range(1, 5) AS i CREATE (:StreamProbe {marker: $marker, i: i})",
            new Dictionary<string, object?> { ["marker"] = marker });

        await transaction.ForEachRecordAsync("MATCH (n:StreamProbe {marker: $marker}) RETURN n.i AS i ORDER BY i",
            new Dictionary<string, object?> { ["marker"] = marker }, record => seen.Add((long)record["i"]!));
        await transaction.RollbackAsync();

        Assert.Equal([1L, 2L, 3L, 4L, 5L], seen);
        var after = await neo4j.Driver.RunAsync("MATCH (n:StreamProbe {marker: $marker}) RETURN count(n) AS c",
            new Dictionary<string, object?> { ["marker"] = marker });
        Assert.Equal(0L, after.Records[0]["c"]);
    }

    [Fact]
    public async Task An_error_after_rows_were_handed_out_is_Neo4js_error_and_ends_the_transaction()
    {
        var seen = 0;
        await using var transaction = await neo4j.Driver.BeginTransactionAsync();

        // Rows stream until x reaches 20,000, where the division fails.
        var error = await Assert.ThrowsAsync<ClientException>(() => transaction.ForEachRecordAsync(
            "UNWIND range(1, 30000) AS x RETURN 100 / (20000 - x) AS quotient", null, _ => seen++));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.InRange(seen, 0, 19_999);
        await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.RunAsync("RETURN 1"));
    }

    [Fact]
    public async Task A_cancelled_read_stops_handing_out_rows_and_the_transaction_can_still_be_rolled_back()
    {
        const int rows = 1_000_000;
        using var cancellation = new CancellationTokenSource();
        var seen = 0;
        await using var transaction = await neo4j.Driver.BeginTransactionAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transaction.ForEachRecordAsync(
            "UNWIND range(1, $rows) AS i RETURN i", new Dictionary<string, object?> { ["rows"] = rows }, _ =>
            {
                if (++seen == 100) cancellation.Cancel();
            }, cancellation.Token));

        Assert.InRange(seen, 100, rows - 1);
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task By_default_a_transaction_hands_out_the_records_of_RunAsync()
    {
        var seen = new List<long>();
        await using var inner = await neo4j.Driver.BeginTransactionAsync();
        ITransaction transaction = new OnlyRunAsync(inner);

        await transaction.ForEachRecordAsync("UNWIND [3, 1, 2] AS i RETURN i", null, record => seen.Add((long)record["i"]!));

        Assert.Equal([3L, 1L, 2L], seen);
    }

    /// <summary>A transaction that implements only the required members, as another driver's would.</summary>
    private sealed class OnlyRunAsync(ITransaction inner) : ITransaction
    {
        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
            inner.RunAsync(cypher, parameters, cancellationToken);

        public Task<IReadOnlyList<QueryResult>> RunAsync(IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default) =>
            inner.RunAsync(statements, cancellationToken);

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);
        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
