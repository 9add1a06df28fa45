using System.Runtime.InteropServices;
using System.Text.Json;

namespace PolityGraph.Neo4j;

/// <summary>
/// Reads a transactional-endpoint response straight from the network stream:
/// <c>{"commit":...,"results":[{"columns":[...],"data":[{"row":[...],"meta":[...]}]}],"errors":[{"code":..,"message":..}]}</c>.
/// Values become plain .NET: long for integers, double for floats, string, bool, null,
/// List&lt;object?&gt; and Dictionary&lt;string, object?&gt;.
/// </summary>
internal static class CypherResponseReader
{
    /// <param name="ContainsUpdates">Whether any statement changed the graph; known only when its stats were asked for.</param>
    public sealed record Response(IReadOnlyList<QueryResult> Results, Neo4jException? Error, bool ContainsUpdates);

    public static async Task<Response> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        return Read(document.RootElement);
    }

    public static Response Read(JsonElement root)
    {
        Neo4jException? error = null;
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
            var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            error = Neo4jException.FromCode(code, message);
        }

        var results = new List<QueryResult>();
        var containsUpdates = false;
        if (root.TryGetProperty("results", out var resultArray) && resultArray.ValueKind == JsonValueKind.Array)
            foreach (var result in resultArray.EnumerateArray())
            {
                results.Add(ReadResult(result));
                containsUpdates |= result.TryGetProperty("stats", out var stats) && stats.ValueKind == JsonValueKind.Object
                    && stats.TryGetProperty("contains_updates", out var updates) && updates.ValueKind == JsonValueKind.True;
            }
        return new Response(results, error, containsUpdates);
    }

    private static QueryResult ReadResult(JsonElement result)
    {
        var keys = new List<string>();
        if (result.TryGetProperty("columns", out var columns))
            foreach (var column in columns.EnumerateArray())
                keys.Add(column.GetString()!);

        var records = new List<Record>();
        if (result.TryGetProperty("data", out var data))
            foreach (var item in data.EnumerateArray())
            {
                var row = item.GetProperty("row");
                var values = new object?[row.GetArrayLength()];
                var i = 0;
                foreach (var value in row.EnumerateArray()) values[i++] = ToClr(value);
                records.Add(new Record(keys, values));
            }
        return new QueryResult(keys, records);
    }

    public static object? ToClr(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null: return null;
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.String: return value.GetString();
            case JsonValueKind.Number:
                // Neo4j writes floats with a '.' or exponent (1.0, 1.0E20) and integers without.
                var raw = JsonMarshal.GetRawUtf8Value(value);
                if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 && value.TryGetInt64(out var integer)) return integer;
                return value.GetDouble();
            case JsonValueKind.Array:
                var list = new List<object?>(value.GetArrayLength());
                foreach (var item in value.EnumerateArray()) list.Add(ToClr(item));
                return list;
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>();
                foreach (var property in value.EnumerateObject()) map[property.Name] = ToClr(property.Value);
                return map;
            default:
                throw new JsonException($"Unexpected JSON value kind {value.ValueKind} in a Neo4j response.");
        }
    }
}
