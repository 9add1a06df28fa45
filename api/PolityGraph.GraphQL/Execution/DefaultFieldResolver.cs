using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// The value of a field without a resolver: a dictionary's entry at the response key (so a resolver may
/// return results already shaped by alias), else at the field name; a JSON object's property; else a public
/// property of that name, case-insensitive, read through a compiled accessor cached per CLR type.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    public static object? Resolve(object? parent, string responseKey, string fieldName)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                if (map.TryGetValue(responseKey, out var byKey)) return byKey;
                return map.TryGetValue(fieldName, out var byName) ? byName : null;
            case IDictionary<string, object?> dictionary:
                if (dictionary.TryGetValue(responseKey, out var byKey2)) return byKey2;
                return dictionary.TryGetValue(fieldName, out var byName2) ? byName2 : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(fieldName, out var property) ? property : null;
            default:
                var accessor = Accessors.GetOrAdd((parent.GetType(), fieldName), static key => CreateAccessor(key.Item1, key.Item2));
                return accessor?.Invoke(parent);
        }
    }

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null || property.GetIndexParameters().Length > 0 || property.GetMethod is null) return null;
        var instance = Expression.Parameter(typeof(object), "instance");
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }
}
