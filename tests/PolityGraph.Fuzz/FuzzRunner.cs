using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolityGraph.Fuzz;

/// <summary>
/// Sends generated requests to a GraphQL endpoint over real HTTP, several at a time, and checks each answer:
/// no 5xx, an answer within <see cref="HangAfter"/>, no dropped connection, a body for every refusal, JSON
/// that parses when the answer says JSON, and nothing in a body that looks like a stack trace, an exception
/// type, a file path or a Neo4j address. Counts answers by status and by family.
/// </summary>
public sealed partial class FuzzRunner(HttpClient client, Uri endpoint, FuzzCases cases)
{
    /// <summary>
    /// How long an answer may take before it counts as a hang: beyond the endpoint's execution timeout (30 s by
    /// default), which answers a slow request with a TIMEOUT error, a correct answer.
    /// </summary>
    public TimeSpan HangAfter { get; init; } = TimeSpan.FromSeconds(45);

    public int Concurrency { get; init; } = 8;

    /// <summary>Called now and then with the number of cases done, for progress output.</summary>
    public Action<long>? Progress { get; init; }

    public async Task<FuzzReport> RunAsync(ulong seed, long count, CancellationToken cancellationToken = default)
    {
        var report = new FuzzReport(seed);
        var clock = Stopwatch.StartNew();
        long next = -1;
        var workers = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            long index;
            while ((index = Interlocked.Increment(ref next)) < count && !cancellationToken.IsCancellationRequested)
            {
                var request = cases.Case(seed, index);
                var (status, problem) = await SendAsync(request, cancellationToken);
                report.Record(index, request, status, problem);
                if (index % 10_000 == 0) Progress?.Invoke(index);
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>The answer's status (or "hang"/"connection-error"/"client-error") and what is wrong with it, if anything.</summary>
    public async Task<(string Status, string? Problem)> SendAsync(FuzzRequest request, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new UriBuilder(endpoint) { Query = request.QueryString }.Uri);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = null;
            if (request.ContentType is not null && !message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType))
                return ("client-error", null);
            if (request.ContentEncoding is not null) message.Content.Headers.TryAddWithoutValidation("Content-Encoding", request.ContentEncoding);
        }
        if (request.Accept is not null) message.Headers.TryAddWithoutValidation("Accept", request.Accept);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HangAfter);
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (status, Check(request.Method, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ("hang", $"no complete answer within {HangAfter.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return ("connection-error", $"the connection failed: {e.Message}");
        }
    }

    /// <summary>What is wrong with an answer, or null.</summary>
    public static string? Check(string method, int status, string? mediaType, byte[] body)
    {
        if (status >= 500) return $"status {status}";
        if (method == "HEAD") return null;
        if (status >= 400 && body.Length == 0) return $"status {status} with an empty body";
        var text = Encoding.UTF8.GetString(body);
        if (Leak().Match(text) is { Success: true } leak) return $"the body shows internals: \"{leak.Value}\"";
        if ((mediaType ?? "").EndsWith("json", StringComparison.Ordinal))
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                if (json.RootElement.ValueKind != JsonValueKind.Object) return "a JSON answer that is not an object";
            }
            catch (JsonException e)
            {
                return $"a {mediaType} body that does not parse: {e.Message}";
            }
        }
        return null;
    }

    // Stack frames, exception type names, source paths, Neo4j addresses and Cypher keywords have no place in an answer.
    [GeneratedRegex(@"\bat [\w.<>`]+\(|[\w.]+Exception\b|\.cs:line|/(home|root|work|tmp|usr)/|https?://(127\.0\.0\.1|localhost)|\bMATCH \(\w*:[A-Z]|\bUNWIND \$|Neo\.(Client|Transient|Database)Error")]
    private static partial Regex Leak();
}

/// <summary>Counts by status and family, and the failing cases (the first few in full).</summary>
public sealed class FuzzReport(ulong seed)
{
    public const int FailuresKept = 25;

    private readonly ConcurrentDictionary<string, long> byStatus = new();
    private readonly ConcurrentDictionary<(string Family, string Status), long> byFamily = new();
    private readonly ConcurrentQueue<string> failures = new();
    private long failureCount;
    private long total;

    public ulong Seed { get; } = seed;
    public TimeSpan Elapsed { get; set; }
    public long Total => Interlocked.Read(ref total);
    public long FailureCount => Interlocked.Read(ref failureCount);
    public IReadOnlyCollection<string> Failures => failures;
    public IReadOnlyDictionary<string, long> ByStatus => byStatus;

    public void Record(long index, FuzzRequest request, string status, string? problem)
    {
        Interlocked.Increment(ref total);
        byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
        byFamily.AddOrUpdate((request.Family, status), 1, (_, n) => n + 1);
        if (problem is null) return;
        if (Interlocked.Increment(ref failureCount) <= FailuresKept)
            failures.Enqueue($"case {index} (seed {Seed}): {problem}\n    {request.Describe()}");
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Total:N0} requests, seed {Seed}, {Elapsed.TotalSeconds:0.0} s ({Total / Math.Max(Elapsed.TotalSeconds, 0.001):N0} requests/s), {FailureCount} failures");
        text.AppendLine();
        var statuses = byStatus.Keys.Order(StringComparer.Ordinal).ToList();
        text.AppendLine("| family | " + string.Join(" | ", statuses) + " |");
        text.AppendLine("|---|" + string.Concat(statuses.Select(_ => "---:|")));
        foreach (var family in byFamily.Keys.Select(k => k.Family).Distinct().Order(StringComparer.Ordinal))
            text.AppendLine($"| {family} | " + string.Join(" | ", statuses.Select(s => byFamily.TryGetValue((family, s), out var n) ? n.ToString("N0") : "")) + " |");
        text.AppendLine("| **all** | " + string.Join(" | ", statuses.Select(s => $"**{byStatus[s]:N0}**")) + " |");
        foreach (var failure in failures) text.AppendLine().Append("- ").AppendLine(failure);
        return text.ToString();
    }
}
