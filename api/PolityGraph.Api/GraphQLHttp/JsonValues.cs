using System.Text.Json;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// Turns parsed JSON into the plain .NET values the engine takes for variables and extensions: null, bool,
/// int (or long, or double when not integral or out of range), string, List&lt;object?&gt; and
/// Dictionary&lt;string, object?&gt; (later duplicate keys win, as in JSON.parse).
/// </summary>
public static class JsonValues
{
    public static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => ToNumber(element),
        JsonValueKind.Array => ToList(element),
        JsonValueKind.Object => ToMap(element),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.ValueKind, "Unknown JSON value kind."),
    };

    public static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            map[property.Name] = ToPlain(property.Value);
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
