using System.Text.Json;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// Turns parsed JSON into the plain .NET values the engine takes for variables and extensions: null, bool,
/// int (or long, or double when not integral or out of range), string, List&lt;object?&gt; and
/// Dictionary&lt;string, object?&gt; (later duplicate keys win, as in JSON.parse). A string or key that is not
/// Unicode text (a lone UTF-16 surrogate escape such as "\ud800", which JSON's grammar allows) throws
/// <see cref="InvalidJsonTextException"/>: no .NET string, and no UTF-8 response, can carry it faithfully.
/// </summary>
public static class JsonValues
{
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

    public static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => GetText(element),
        JsonValueKind.Number => ToNumber(element),
        JsonValueKind.Array => ToList(element),
        JsonValueKind.Object => ToMap(element),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.ValueKind, "Unknown JSON value kind."),
    };

    public static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            map[NameOf(property)] = ToPlain(property.Value);
        return map;
    }

    private static List<object?> ToList(JsonElement element)
    {
        var list = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
            list.Add(ToPlain(item));
        return list;
    }

    private static object ToNumber(JsonElement element)
    {
        if (element.TryGetInt32(out var int32)) return int32;
        if (element.TryGetInt64(out var int64)) return int64;
        return element.GetDouble();
    }
}

/// <summary>A JSON string or key holding a lone UTF-16 surrogate escape: valid JSON, but not Unicode text.</summary>
public sealed class InvalidJsonTextException(Exception inner)
    : Exception("A JSON string holds a lone UTF-16 surrogate escape (such as \\ud800), which is not Unicode text.", inner);
