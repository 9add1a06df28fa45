using System.Collections;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Utilities;

/// <summary>
/// Coerces an external input value (a variable's JSON value) to an internal value of an input type, reporting
/// every problem with its path inside the value (graphql-js coerceInputValue; spec 6.1.2 CoerceVariableValues).
/// </summary>
public static class InputCoercion
{
    /// <summary>Called for each problem: the path inside the value, the offending value, the reason.</summary>
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message);

    public static object? Coerce(object? value, IGraphQLType type, ErrorHandler onError) =>
        Coerce(JsonValues.Normalize(value), type, onError, new List<object>());

    private static object? Coerce(object? value, IGraphQLType type, ErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null) return Coerce(value, nonNull.OfType, onError, path);
            onError(path.ToArray(), value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }
        if (value is null) return null;

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index);
                        result.Add(Coerce(JsonValues.Normalize(item), list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                        index++;
                    }
                    return result;
                }
                // A single value where a list is expected is a list of one (spec 3.11).
                return new List<object?> { Coerce(value, list.OfType, onError, path) };

            case InputObjectType input:
                var map = AsMap(value);
                if (map is null)
                {
                    onError(path.ToArray(), value, $"Expected type \"{input.Name}\" to be an object.");
                    return null;
                }
                var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields)
                {
                    if (!map.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (field.HasDefaultValue) coerced[field.Name] = field.DefaultValue;
                        else if (field.Type is NonNullType)
                            onError(path.ToArray(), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                        continue;
                    }
                    path.Add(field.Name);
                    coerced[field.Name] = Coerce(JsonValues.Normalize(fieldValue), field.Type, onError, path);
                    path.RemoveAt(path.Count - 1);
                }
                foreach (var name in map.Keys)
                {
                    if (input.GetField(name) is not null) continue;
                    var suggestions = Suggestions.SuggestionList(name, input.Fields.Select(f => f.Name));
                    onError(path.ToArray(), value, $"Field \"{name}\" is not defined by type \"{input.Name}\".{Suggestions.DidYouMean(suggestions)}");
                }
                // graphql-js coerceInputValue: a OneOf value has exactly one key, and its value is not null.
                if (input.IsOneOf)
                {
                    if (coerced.Count != 1)
                        onError(path.ToArray(), value, $"Exactly one key must be specified for OneOf type \"{input.Name}\".");
                    else if (coerced.First() is { Value: null } only)
                        onError([.. path, only.Key], null, $"Field \"{only.Key}\" must be non-null.");
                }
                return coerced;

            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (GraphQLException e)
                {
                    onError(path.ToArray(), value, e.Message);
                    return null;
                }

            case ScalarType scalar:
                try
                {
                    var parsed = scalar.ParseValue(value);
                    if (parsed is null) onError(path.ToArray(), value, $"Expected type \"{scalar.Name}\".");
                    return parsed;
                }
                catch (GraphQLException e)
                {
                    onError(path.ToArray(), value, e.Message);
                    return null;
                }

            default:
                throw new ArgumentException("Not an input type: " + type, nameof(type));
        }
    }

    private static IReadOnlyDictionary<string, object?>? AsMap(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> dictionary => dictionary.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>A path inside a value as graphql-js prints it: .field and [index].</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var key in path) builder.Append(key is int i ? "[" + i + "]" : "." + key);
        return builder.ToString();
    }
}
