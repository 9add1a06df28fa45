using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PolityGraph.GraphQL;
using PolityGraph.GraphQL.Execution;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// GraphQL over HTTP at one path: negotiates the response media type, reads the request (POST JSON body or
/// GET query string), refuses what the spec or our limits refuse, executes with a timeout and writes the
/// result with the status code the media type calls for. GET asking for HTML gets GraphiQL.
/// </summary>
public sealed class GraphQLHttpHandler(
    IRequestExecutor executor,
    IOptions<GraphQLEndpointOptions> endpointOptions,
    IOptions<GraphiQLOptions> graphiQLOptions,
    GraphiQLPage graphiQLPage,
    PersistedOperations persistedOperations,
    ILogger<GraphQLHttpHandler> logger)
{
    private readonly GraphQLEndpointOptions options = endpointOptions.Value;
    private readonly GraphQLHttpRequestReader reader = new(endpointOptions.Value);
    private readonly bool graphiQLEnabled = graphiQLOptions.Value.Enabled;

    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var method = http.Request.Method;
        var isGet = HttpMethods.IsGet(method);
        if (!isGet && !HttpMethods.IsPost(method))
        {
            await RefuseAsync(http, ResponseMediaType.Json, started,
                HttpProblem.MethodNotAllowed($"The GraphQL endpoint accepts GET and POST, not {method}.", allow: "GET, POST"));
            return;
        }

        var mediaType = AcceptNegotiation.Negotiate(http.Request.Headers.Accept, AcceptNegotiation.Candidates(isGet && graphiQLEnabled));
        if (mediaType is null)
        {
            await RefuseAsync(http, ResponseMediaType.Json, started, HttpProblem.NotAcceptable(
                $"None of the media types in Accept '{http.Request.Headers.Accept}' can be produced. Accept {MediaTypeNames.GraphQLResponseJson} or {MediaTypeNames.Json}."));
            return;
        }
        if (mediaType == ResponseMediaType.Html)
        {
            await graphiQLPage.WriteAsync(http);
            return;
        }

        var outcome = isGet ? reader.ReadGet(http.Request) : await reader.ReadPostAsync(http.Request, http.RequestAborted);
        if (outcome.Problem is { } problem)
        {
            await RefuseAsync(http, mediaType.Value, started, problem);
            return;
        }
        var parameters = outcome.Request!;
        var (document, persistedProblem) = persistedOperations.Resolve(parameters.Query, parameters.DocumentId);
        if (persistedProblem is not null)
        {
            await RefuseAsync(http, mediaType.Value, started, persistedProblem);
            return;
        }
        var request = parameters.WithDocument(document!);
        if (isGet && GetOperationGuard.Check(request.Query!, request.OperationName, options.ToParserOptions()) is { } getProblem)
        {
            await RefuseAsync(http, mediaType.Value, started, getProblem);
            return;
        }

        await ExecuteAsync(http, request, mediaType.Value, started);
    }

    private async Task ExecuteAsync(HttpContext http, GraphQLRequest request, ResponseMediaType mediaType, long started)
    {
        var method = http.Request.Method;
        var operationName = OperationNames.ForLog(request.OperationName, request.Query);
        using var cypher = StatementTiming.Start();
        using var activity = GraphQLTelemetry.StartRequest();
        using var timeout = new CancellationTokenSource(options.ExecutionTimeout);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, timeout.Token);
        var context = new RequestContext
        {
            Services = http.RequestServices,
            // Resolvers run in parallel and may all write here.
            ContextData = new ConcurrentDictionary<string, object?>(),
        };

        ExecutionResult? result = null; // stays null when the engine threw because time ran out
        var status = StatusCodes.Status200OK;
        try
        {
            result = ErrorMasking.Apply(await executor.ExecuteAsync(request, context, cancellation.Token), logger, method, operationName);
            status = GraphQLStatusCodes.For(result, mediaType);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested || timeout.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // An engine or resolver bug the executor did not turn into a field error: say so without internals.
            GraphQLRequestLog.ExecutorFailed(logger, exception, method, operationName);
            result = ExecutionResult.FromRequestError(new GraphQLError("The server failed to execute the request.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError }));
            status = StatusCodes.Status500InternalServerError;
        }

        // The client left: nobody reads the answer.
        if (http.RequestAborted.IsCancellationRequested)
        {
            activity?.SetTag("graphql.aborted", true);
            GraphQLRequestLog.Aborted(logger, method, operationName, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return;
        }
        // Time ran out: the engine threw, or finished with the cancelled fields as errors; one clear TIMEOUT
        // error says so better than a row of partial ones. A result without errors that finished just as the
        // timer fired is complete, and stands.
        if (result is null || (timeout.IsCancellationRequested && result.Errors.Count > 0 && status != StatusCodes.Status500InternalServerError))
        {
            result = TimedOut();
            status = GraphQLStatusCodes.ForTimeout(mediaType);
            GraphQLRequestLog.TimedOut(logger, method, operationName, options.ExecutionTimeout.TotalMilliseconds);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        http.Response.Headers[ServerTiming.HeaderName] = ServerTiming.Format(elapsed, cypher);
        await WriteAsync(http, mediaType, status, result);
        GraphQLTelemetry.Completed(activity, context, status, elapsed, result);
        GraphQLRequestLog.Completed(logger, method, operationName, status, elapsed.TotalMilliseconds,
            result.Errors.Count, cypher.Statements, cypher.Duration.TotalMilliseconds);
    }

    private ExecutionResult TimedOut() => ExecutionResult.FromRequestError(new GraphQLError(
        $"The request took longer than the execution timeout of {options.ExecutionTimeout.TotalSeconds:0.###} s and was stopped.",
        extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Timeout }));

    private async Task RefuseAsync(HttpContext http, ResponseMediaType mediaType, long started, HttpProblem problem)
    {
        if (problem.Allow is { } allow) http.Response.Headers.Allow = allow;
        var result = ExecutionResult.FromRequestError(new GraphQLError(problem.Message,
            extensions: new Dictionary<string, object?> { ["code"] = problem.Code }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        http.Response.Headers[ServerTiming.HeaderName] = ServerTiming.Format(elapsed, null);
        using (var activity = GraphQLTelemetry.StartRequest())
        {
            await WriteAsync(http, mediaType, problem.StatusCode, result);
            GraphQLTelemetry.Completed(activity, null, problem.StatusCode, elapsed, result);
        }
        GraphQLRequestLog.Refused(logger, http.Request.Method, problem.StatusCode, problem.Code, elapsed.TotalMilliseconds, problem.Message);
    }

    private static async Task WriteAsync(HttpContext http, ResponseMediaType mediaType, int status, ExecutionResult result)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = mediaType.ContentType();
        // Results depend on the data and the request; intermediaries must not serve one to another client.
        response.Headers.CacheControl = "no-store";
        response.Headers.Vary = HeaderNames.Accept;
        try
        {
            await ExecutionResultJsonWriter.WriteAsync(response.Body, result, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-response: nothing left to tell it.
        }
    }
}
