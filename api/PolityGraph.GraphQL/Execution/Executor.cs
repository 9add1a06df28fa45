using System.Collections;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// Spec 6.3-6.4: executes selection sets, resolves and completes field values, propagates nulls to the
/// nearest nullable position. Work that completes synchronously stays synchronous: a pending value is a
/// Task&lt;object?&gt; in place of the value, awaited only where one appears.
/// </summary>
internal sealed class Executor
{
    private readonly ExecutionContext _context;

    public Executor(ExecutionContext context) => _context = context;

    /// <summary>Query fields: resolved side by side, async ones running concurrently (spec 6.3.1 "normal" execution).</summary>
    public object? ExecuteFields(ObjectType type, object? source, SelectionPlan plan, ResponsePath? path)
    {
        var result = new ResultMap(plan.Keys);
        var values = result.Values;
        var fields = plan.Fields;
        List<(int Index, Task<object?> Task)>? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var value = ExecuteField(type, source, fields[i], new PathRef(path, fields[i].ResponseKey));
            if (value is Task<object?> task)
            {
                if (task.IsCompletedSuccessfully) values[i] = task.Result;
                else (pending ??= new()).Add((i, task));
            }
            else values[i] = value;
        }
        return pending is null ? result : AwaitFields(result, pending);
    }

    /// <summary>Mutation fields: each one finishes before the next starts (spec 6.3.1 serial execution).</summary>
    public object? ExecuteFieldsSerially(ObjectType type, object? source, SelectionPlan plan, ResponsePath? path)
    {
        var result = new ResultMap(plan.Keys);
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            var value = ExecuteField(type, source, plan.Fields[i], new PathRef(path, plan.Fields[i].ResponseKey));
            if (value is Task<object?> task) return ContinueSerially(type, source, plan, path, result, i, task);
            result.Values[i] = value;
        }
        return result;
    }

    private async Task<object?> ContinueSerially(ObjectType type, object? source, SelectionPlan plan, ResponsePath? path, ResultMap result, int index, Task<object?> current)
    {
        result.Values[index] = await current.ConfigureAwait(false);
        for (var i = index + 1; i < plan.Fields.Length; i++)
        {
            var value = ExecuteField(type, source, plan.Fields[i], new PathRef(path, plan.Fields[i].ResponseKey));
            result.Values[i] = value is Task<object?> task ? await task.ConfigureAwait(false) : value;
        }
        return result;
    }

    private static async Task<object?> AwaitFields(ResultMap result, List<(int Index, Task<object?> Task)> pending)
    {
        // Every sibling finishes (its errors are recorded) before a non-null failure nulls this object.
        ExceptionDispatchInfo? failure = null;
        foreach (var (index, task) in pending)
        {
            try
            {
                result.Values[index] = await task.ConfigureAwait(false);
            }
            catch (Exception e)
            {
                failure ??= ExceptionDispatchInfo.Capture(e);
            }
        }
        failure?.Throw();
        return result;
    }

    // Spec 6.4 ExecuteField: arguments, resolver, completion; a field error nulls the field or travels up.
    private object? ExecuteField(ObjectType parentType, object? source, FieldPlan field, PathRef path)
    {
        if (field.IsTypeName) return parentType.Name;
        try
        {
            object? resolved;
            var resolver = field.Definition.Resolver;
            if (resolver is null)
            {
                // Arguments are still coerced (and may fail) as spec 6.4.1 says, though no resolver reads them.
                if (field.Definition.Arguments.Count > 0) _context.GetArguments(field);
                resolved = DefaultFieldResolver.Resolve(source, field.ResponseKey, field.Definition.Name);
            }
            else
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                var arguments = _context.GetArguments(field);
                var pendingValue = resolver(new ResolverContext(_context, field, parentType, source, path.Node, arguments));
                if (!pendingValue.IsCompletedSuccessfully) return ResolveAsync(pendingValue, parentType, field, path);
                resolved = pendingValue.Result;
            }
            var completed = CompleteValue(field.ReturnType, field, parentType, path, resolved);
            return completed is Task<object?> task ? CompleteAsync(task, field, path) : completed;
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return HandleFieldError(e, field.ReturnType, field, path);
        }
    }

    private async Task<object?> ResolveAsync(ValueTask<object?> pendingValue, ObjectType parentType, FieldPlan field, PathRef path)
    {
        try
        {
            var resolved = await pendingValue.ConfigureAwait(false);
            var completed = CompleteValue(field.ReturnType, field, parentType, path, resolved);
            return completed is Task<object?> task ? await task.ConfigureAwait(false) : completed;
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return HandleFieldError(e, field.ReturnType, field, path);
        }
    }

    private async Task<object?> CompleteAsync(Task<object?> completion, FieldPlan field, PathRef path)
    {
        try
        {
            return await completion.ConfigureAwait(false);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return HandleFieldError(e, field.ReturnType, field, path);
        }
    }

    // Spec 6.4.4: a nullable position records the error and becomes null; a non-null one passes it up.
    private object? HandleFieldError(Exception exception, IGraphQLType returnType, FieldPlan field, PathRef path)
    {
        var error = exception is FieldErrorException located ? located.Error : Locate(exception, field, path);
        if (returnType is NonNullType) throw exception as FieldErrorException ?? new FieldErrorException(error);
        _context.AddError(error);
        return null;
    }

    private static GraphQLError Locate(Exception exception, FieldPlan field, PathRef path)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate) exception = aggregate.InnerExceptions[0];
        if (exception is GraphQLException graphQL)
        {
            var original = graphQL.Errors[0];
            if (original.Locations.Count > 0)
                return new GraphQLError(original.Message, original.Locations, path.ToList(), original.Extensions, exception);
            return GraphQLError.At(original.Message, field.Nodes, path.ToList(), original.Extensions, exception);
        }
        return GraphQLError.At(exception.Message, field.Nodes, path.ToList(), originalError: exception);
    }

    private bool IsCancellation(Exception e) => e is OperationCanceledException && _context.CancellationToken.IsCancellationRequested;

    // Spec 6.4.3 CompleteValue.
    private object? CompleteValue(IGraphQLType returnType, FieldPlan field, ObjectType parentType, PathRef path, object? result)
    {
        if (returnType is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, field, parentType, path, result);
            if (completed is Task<object?> task) return EnsureNonNullAsync(task, field, parentType, path);
            return completed ?? throw NullInNonNull(field, parentType, path);
        }
        if (result is null) return null;
        if (result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }) return null;
        switch (returnType)
        {
            case ScalarType scalar:
                var serialized = scalar.Serialize(result is JsonElement element ? JsonValues.ToClr(element) : result);
                return serialized ?? throw new GraphQLException($"Expected `{scalar.Name}.serialize({Inspect.Value(result)})` to return non-nullable value, returned: null");
            case EnumType enumType:
                return enumType.Serialize(result is JsonElement enumElement ? JsonValues.ToClr(enumElement) : result);
            case ObjectType objectType:
                return CompleteObject(objectType, field, parentType, path, result);
            case InterfaceType or UnionType:
                var runtimeType = ResolveRuntimeType((NamedType)returnType, field, parentType, path, result);
                return CompleteObject(runtimeType, field, parentType, path, result);
            case ListType list:
                return CompleteList(list.OfType, field, parentType, path, result);
            default:
                throw new InvalidOperationException("Cannot complete a value of type " + returnType);
        }
    }

    private object? CompleteObject(ObjectType type, FieldPlan field, ObjectType parentType, PathRef path, object result)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result))
            throw new GraphQLException($"Expected value of type \"{type.Name}\" but got: {Inspect.Value(result)}.");
        return ExecuteFields(type, result, _context.GetSubPlan(field, type), path.Node);
    }

    private async Task<object?> EnsureNonNullAsync(Task<object?> completion, FieldPlan field, ObjectType parentType, PathRef path) =>
        await completion.ConfigureAwait(false) ?? throw NullInNonNull(field, parentType, path);

    private static FieldErrorException NullInNonNull(FieldPlan field, ObjectType parentType, PathRef path) =>
        new(GraphQLError.At($"Cannot return null for non-nullable field {parentType.Name}.{field.Definition.Name}.", field.Nodes, path.ToList()));

    // Spec 6.4.3 step for lists; an item's error nulls the item, or the list when items are non-null.
    private object? CompleteList(IGraphQLType itemType, FieldPlan field, ObjectType parentType, PathRef path, object result)
    {
        IEnumerable items;
        if (result is JsonElement { ValueKind: JsonValueKind.Array } array) items = array.EnumerateArray();
        else if (result is IEnumerable enumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?>) items = enumerable;
        else throw new GraphQLException($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Definition.Name}\".");

        var values = result is ICollection collection ? new List<object?>(collection.Count) : new List<object?>();
        List<(int Index, Task<object?> Task, PathRef Path)>? pending = null;
        var listPath = path.Node;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = new PathRef(listPath, PathRef.Index(index));
            object? completed;
            try
            {
                completed = CompleteValue(itemType, field, parentType, itemPath, item);
                if (completed is Task<object?> task)
                {
                    (pending ??= new()).Add((index, task, itemPath));
                    completed = null;
                }
            }
            catch (Exception e) when (!IsCancellation(e))
            {
                completed = HandleFieldError(e, itemType, field, itemPath);
            }
            values.Add(completed);
            index++;
        }
        return pending is null ? values : AwaitItems(values, pending, itemType, field);
    }

    private async Task<object?> AwaitItems(List<object?> values, List<(int Index, Task<object?> Task, PathRef Path)> pending, IGraphQLType itemType, FieldPlan field)
    {
        ExceptionDispatchInfo? failure = null;
        foreach (var (index, task, itemPath) in pending)
        {
            try
            {
                values[index] = await task.ConfigureAwait(false);
            }
            catch (Exception e) when (!IsCancellation(e))
            {
                try
                {
                    values[index] = HandleFieldError(e, itemType, field, itemPath);
                }
                catch (Exception nonNull)
                {
                    failure ??= ExceptionDispatchInfo.Capture(nonNull);
                }
            }
        }
        failure?.Throw();
        return values;
    }

    // Spec 6.4.3 ResolveAbstractType: the type's resolver, else "__typename" in a map, else isTypeOf, else the CLR type name.
    private ObjectType ResolveRuntimeType(NamedType abstractType, FieldPlan field, ObjectType parentType, PathRef path, object value)
    {
        var resolver = abstractType is InterfaceType iface ? iface.ResolveType : ((UnionType)abstractType).ResolveType;
        string? name;
        if (resolver is not null)
            name = resolver(value, new ResolverContext(_context, field, parentType, value, path.Node, _context.GetArguments(field)));
        else name = TypeNameOf(value) ?? ByIsTypeOf(abstractType, value);
        if (name is null)
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Definition.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        var runtimeType = _context.Schema.GetType(name);
        if (runtimeType is null)
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.");
        if (runtimeType is not ObjectType objectType)
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".");
        if (!_context.Schema.IsSubType(abstractType, objectType))
            throw new GraphQLException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        return objectType;
    }

    private static string? TypeNameOf(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? name as string : null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out var name) ? name as string : null,
        JsonElement { ValueKind: JsonValueKind.Object } element => element.TryGetProperty("__typename", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
        _ => null,
    };

    private string? ByIsTypeOf(NamedType abstractType, object value)
    {
        foreach (var candidate in _context.Schema.GetPossibleTypes(abstractType))
            if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(value)) return candidate.Name;
        return value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or JsonElement ? null : value.GetType().Name;
    }
}
