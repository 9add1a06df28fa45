using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Validation;

namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// The engine's pipeline for one schema (spec 6.1 ExecuteRequest): parse, validate (both cached by query text
/// when <see cref="ExecutionOptions.DocumentCacheSize"/> &gt; 0), select the operation, coerce variables,
/// execute. Thread-safe; make one per schema and share it.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly ExecutionOptions _options;
    private readonly IReadOnlyList<IValidationRule> _rules;
    private readonly DocumentCache? _cache;

    public RequestExecutor(Schema schema, ExecutionOptions? options = null)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _options = options ?? ExecutionOptions.Default;
        _rules = _options.ExtraRules.Count == 0 ? SpecifiedRules.All : SpecifiedRules.All.Concat(_options.ExtraRules).ToArray();
        if (_options.DocumentCacheSize > 0) _cache = new DocumentCache(_options.DocumentCacheSize);
    }

    public Schema Schema { get; }

    /// <summary>How many documents the cache holds now (0 when the cache is off).</summary>
    public int CachedDocumentCount => _cache?.Count ?? 0;

    /// <summary>Whether this query text is in the document cache now (diagnostics and tests).</summary>
    public bool IsDocumentCached(string query) => _cache?.Contains(query) ?? false;

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.Query))
            return Task.FromResult(ExecutionResult.FromRequestError(new GraphQLError("Must provide query string.")));

        var prepared = Prepare(request.Query);
        if (prepared.Errors.Count > 0) return Task.FromResult(ExecutionResult.FromRequestErrors(prepared.Errors));

        var operation = OperationSelection.Select(prepared.Document!, request.OperationName, out var operationError);
        if (operation is null) return Task.FromResult(ExecutionResult.FromRequestError(operationError!));
        context ??= new RequestContext();
        context.Operation = operation;

        var variableErrors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, operation, request.Variables, variableErrors);
        if (variableErrors.Count > 0) return Task.FromResult(ExecutionResult.FromRequestErrors(variableErrors));

        return Execute(prepared, operation, variables, context, cancellationToken);
    }

    private PreparedDocument Prepare(string query)
    {
        if (_cache is not null && _cache.TryGet(query, out var cached)) return cached;
        PreparedDocument prepared;
        try
        {
            var document = Parser.Parse(query, _options.Parser);
            prepared = new PreparedDocument(document, DocumentValidator.Validate(Schema, document, _rules));
        }
        catch (GraphQLException syntax)
        {
            prepared = new PreparedDocument(null, syntax.Errors);
        }
        _cache?.Add(query, prepared);
        return prepared;
    }

    private Task<ExecutionResult> Execute(
        PreparedDocument prepared,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        RequestContext request,
        CancellationToken cancellationToken)
    {
        var rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null)
            return Task.FromResult(ExecutionResult.FromData(null, new[] { GraphQLError.At($"Schema is not configured to execute {operation.Operation.ToKeyword()} operation.", operation) }));
        if (operation.Operation == OperationType.Subscription)
            return Task.FromResult(ExecutionResult.FromData(null, new[] { GraphQLError.At("Subscriptions are not supported by this server.", operation) }));

        CancellationTokenSource? timeout = null;
        if (_options.Timeout is { } limit)
        {
            timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            cancellationToken = timeout.Token;
        }

        var context = new ExecutionContext(Schema, prepared.Fragments, variables, request, cancellationToken);
        var executor = new Executor(context);
        object? data;
        try
        {
            var plan = RootPlan(prepared, operation, rootType, context);
            data = operation.Operation == OperationType.Mutation
                ? executor.ExecuteFieldsSerially(rootType, null, plan, null)
                : executor.ExecuteFields(rootType, null, plan, null);
        }
        catch (Exception e) when (e is FieldErrorException or OperationCanceledException)
        {
            timeout?.Dispose();
            return Task.FromResult(Finish(context, null, e, cancellationToken));
        }
        if (data is Task<object?> pending) return FinishAsync(context, pending, timeout, cancellationToken);
        timeout?.Dispose();
        return Task.FromResult(ExecutionResult.FromData((ResultMap)data!, context.Errors));
    }

    private static SelectionPlan RootPlan(PreparedDocument prepared, OperationDefinitionNode operation, ObjectType rootType, ExecutionContext context)
    {
        var variants = prepared.RootPlans.GetOrAdd(operation, static (op, fragments) => new PlanVariants(PlanVariants.ConditionVariablesOf(new[] { op.SelectionSet }, fragments)), prepared.Fragments);
        if (variants.TryGet(context.Variables, out var plan, out var key)) return plan;
        plan = new FieldCollector(context.Schema, prepared.Fragments, context.Variables).CollectRoot(rootType, operation.SelectionSet);
        variants.Add(key, plan);
        return plan;
    }

    private async Task<ExecutionResult> FinishAsync(ExecutionContext context, Task<object?> pending, CancellationTokenSource? timeout, CancellationToken cancellationToken)
    {
        try
        {
            var data = await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
            return ExecutionResult.FromData((ResultMap)data!, context.Errors);
        }
        catch (Exception e) when (e is FieldErrorException or OperationCanceledException)
        {
            return Finish(context, null, e, cancellationToken);
        }
        finally
        {
            timeout?.Dispose();
        }
    }

    // A non-null root field failed (data becomes null, spec 6.4.4), or execution was cancelled or timed out.
    private ExecutionResult Finish(ExecutionContext context, ResultMap? data, Exception reason, CancellationToken cancellationToken)
    {
        var errors = new List<GraphQLError>(context.Errors);
        if (reason is FieldErrorException fieldError) errors.Add(fieldError.Error);
        else if (_options.Timeout is { } limit && cancellationToken.IsCancellationRequested)
            errors.Add(new GraphQLError($"Execution timed out or was cancelled (time limit {limit.TotalMilliseconds:0} ms).", extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ExecutionCancelled }));
        else errors.Add(new GraphQLError("Execution was cancelled.", extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ExecutionCancelled }));
        return ExecutionResult.FromData(data, errors);
    }
}
