using System.Text.Json;

namespace PolityGraph.GraphQL.Utilities;

/// <summary>
/// Turns System.Text.Json elements into the plain .NET values the engine coerces, for resolvers' results and
/// for the HTTP layer's variables and extensions alike: null, bool, int (or long, or double when not integral or
/// out of range), string, List&lt;object?&gt; and Dictionary&lt;string, object?&gt; (later duplicate keys win, as
/// in JSON.parse). A string or key that is not Unicode text (a lone UTF-16 surrogate escape such as "\ud800",
/// which JSON's grammar allows) throws <see cref="InvalidJsonTextException"/>: no .NET string, and no UTF-8
/// response, can carry it faithfully.
/// </summary>
public static class JsonValues
{
    public static object? ToClr(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return GetText(element);
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i)) return i;
                if (element.TryGetInt64(out var l)) return l;
                return element.GetDouble();
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray()) list.Add(ToClr(item));
                return list;
            default:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject()) map[NameOf(property)] = ToClr(property.Value);
                return map;
        }
    }

    /// <summary>The string value of <paramref name="element"/>, or <see cref="InvalidJsonTextException"/>.</summary>
    public static string GetText(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException e) when (element.ValueKind == JsonValueKind.String)
        {
            throw new InvalidJsonTextException(e);
        }
    }

    private static string NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidJsonTextException(e);
        }
    }

    /// <summary>A JSON object as a map of plain values.</summary>
    public static Dictionary<string, object?> ToMap(JsonElement objectElement) =>
        objectElement.ValueKind == JsonValueKind.Object
            ? (Dictionary<string, object?>)ToClr(objectElement)!
            : throw new ArgumentException($"Expected a JSON object, got {objectElement.ValueKind}.", nameof(objectElement));

    /// <summary>A JsonElement becomes plain values; anything else is returned as is.</summary>
    public static object? Normalize(object? value) => value is JsonElement element ? ToClr(element) : value;
}

/// <summary>A JSON string or key holding a lone UTF-16 surrogate escape: valid JSON, but not Unicode text.</summary>
public sealed class InvalidJsonTextException(Exception inner)
    : Exception("A JSON string holds a lone UTF-16 surrogate escape (such as \\ud800), which is not Unicode text.", inner);
