using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PolityGraph.Neo4j;

/// <summary>
/// The one pooled HTTP connection to a server: sends statements, reads the answer from the stream,
/// and turns every way of failing into a <see cref="Neo4jException"/>. Knows nothing of transactions.
/// </summary>
internal sealed class CypherHttpClient : IDisposable
{
    private static readonly MediaTypeHeaderValue jsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly IReadOnlyList<Statement> noStatements = [];

    private readonly HttpClient client;
    private readonly Neo4jOptions options;
    private readonly IStatementObserver? observer;

    public CypherHttpClient(Neo4jOptions options, IStatementObserver? observer)
    {
        this.options = options;
        this.observer = observer;
        BaseUri = options.Uri;
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.ConnectTimeout,
            // Below Jetty's idle timeout, so we never reuse a connection the server is closing.
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(20),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            UseCookies = false,
            AllowAutoRedirect = false,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (options.Password.Length > 0)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    public Uri BaseUri { get; }

    /// <summary>A path, or a URL the server advertised, as a URL on the host we were configured with.</summary>
    public Uri Resolve(string pathOrUrl)
    {
        var uri = new Uri(BaseUri, pathOrUrl);
        return new Uri(BaseUri, uri.PathAndQuery);
    }

    public Task<JsonDocument> GetJsonAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, Resolve(path), null, includeStats: false, async (response, stream, token) =>
        {
            var document = await JsonDocument.ParseAsync(stream, default, token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode) return document;
            using (document)
                throw CypherResponseReader.ErrorIn(document.RootElement) is { } error ? Explain(error) : UnexpectedStatus(response);
        }, cancellationToken);

    /// <summary>
    /// POSTs statements (or DELETEs with none); throws the Neo4j error the server reported, if any. With
    /// <paramref name="onRecord"/>, each row is handed to it as it is read and the results hold no records.
    /// </summary>
    public Task<(IReadOnlyList<QueryResult> Results, Uri? Location)> SendStatementsAsync(
        HttpMethod method, Uri uri, IReadOnlyList<Statement>? statements, CancellationToken cancellationToken, Action<Record>? onRecord = null) =>
        SendAsync(method, uri, statements ?? noStatements, includeStats: false, async (response, stream, token) =>
        {
            var answer = await CypherResponseReader.ReadAsync(stream, onRecord, token).ConfigureAwait(false);
            if (answer.Error is { } error) throw Explain(error);
            return (answer.Results, response.Headers.Location);
        }, cancellationToken);

    /// <summary>
    /// Runs one read statement in an open transaction (POST {transaction}), leaving it open. Asks for the update
    /// counts: a statement that changed the graph throws <see cref="ReadStatementWroteException"/>, and the caller
    /// must roll the transaction back.
    /// </summary>
    public Task<QueryResult> SendReadAsync(Uri transaction, Statement statement, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, transaction, [statement], includeStats: true, async (_, stream, token) =>
        {
            var answer = await CypherResponseReader.ReadAsync(stream, token).ConfigureAwait(false);
            if (answer.Error is { } error) throw Explain(error);
            if (answer.ContainsUpdates) throw new ReadStatementWroteException();
            return answer.Results[0];
        }, cancellationToken);

    private async Task<T> SendAsync<T>(
        HttpMethod method, Uri uri, IReadOnlyList<Statement>? statements, bool includeStats,
        Func<HttpResponseMessage, Stream, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var statementCount = statements?.Count ?? 0;
        var activity = Neo4jTelemetry.StartStatements(statementCount, options.Database, BaseUri);
        Exception? failure = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        CypherRequestWriter.PooledBody? body = null; // returned to the pool in finally, once the exchange is over
        try
        {
            using var request = new HttpRequestMessage(method, uri);
            if (statements is not null && method != HttpMethod.Delete)
            {
                body = CypherRequestWriter.WritePooled(statements, includeStats);
                request.Content = new ReadOnlyMemoryContent(body.WrittenMemory)
                {
                    Headers = { ContentType = jsonContentType },
                };
            }
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode && !IsJson(response))
                throw UnexpectedStatus(response);
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            return await read(response, stream, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw failure = new ServiceUnavailableException(
                $"Neo4j at {BaseUri} did not answer within {options.RequestTimeout.TotalSeconds:0.###}s.", e);
        }
        catch (HttpRequestException e)
        {
            throw failure = new ServiceUnavailableException($"Neo4j at {BaseUri} is unreachable: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw failure = new ServiceUnavailableException($"The connection to Neo4j at {BaseUri} broke: {e.Message}", e);
        }
        catch (JsonException e)
        {
            throw failure = new Neo4jException("PolityGraph.InvalidResponse", $"{BaseUri} sent a response that is not Neo4j's JSON: {e.Message}", e);
        }
        catch (Exception e)
        {
            failure = e; // Neo4j's own error, or the caller's cancellation
            throw;
        }
        finally
        {
            body?.Dispose();
            var elapsed = Stopwatch.GetElapsedTime(started);
            observer?.OnCompleted(new StatementsCompleted(statementCount, elapsed, failure is null));
            Neo4jTelemetry.Completed(activity, OperationName(method, uri, statementCount), elapsed, failure);
        }
    }

    // Low-cardinality names for the duration metric: what the round trip did, not which transaction.
    private static string OperationName(HttpMethod method, Uri uri, int statements) =>
        method == HttpMethod.Delete ? "rollback"
        : method == HttpMethod.Get ? "discovery"
        : uri.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal) ? (statements > 0 ? "run and commit" : "commit")
        : statements > 0 ? "run" : "begin";

    private static bool IsJson(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true;

    private Neo4jException UnexpectedStatus(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var message = $"Neo4j at {BaseUri} answered {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} with HTTP {status} {response.ReasonPhrase}.";
        return status is >= 500 or (int)HttpStatusCode.RequestTimeout
            ? new ServiceUnavailableException(message)
            : new Neo4jException("PolityGraph.HttpStatus" + status, message);
    }

    // Neo4j's "Invalid username or password." does not say which server or where the credentials came from.
    private Neo4jException Explain(Neo4jException error) => error is AuthenticationException
        ? new AuthenticationException(error.Code,
            $"{error.Message} (user '{options.User}' at {BaseUri}; check NEO4J_USER and NEO4J_PASSWORD)")
        : error;

    public void Dispose() => client.Dispose();
}
