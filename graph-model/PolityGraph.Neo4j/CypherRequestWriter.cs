using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace PolityGraph.Neo4j;

/// <summary>
/// Writes the body of a transactional-endpoint request:
/// <c>{"statements":[{"statement":"...","parameters":{...}}]}</c>.
/// Parameters are .NET values; anything that has no faithful JSON form is refused with a clear message
/// rather than guessed at. <paramref name="includeStats"/> asks Neo4j for each statement's update counts
/// (<c>"includeStats":true</c>), so that a statement run as a read can be shown not to have written.
/// </summary>
internal static class CypherRequestWriter
{
    public static ReadOnlyMemory<byte> Write(IReadOnlyList<Statement> statements, bool includeStats = false)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                json.WriteStartObject();
                json.WriteString("statement", statement.Cypher);
                if (includeStats) json.WriteBoolean("includeStats", true);
                if (statement.Parameters is { Count: > 0 } parameters)
                {
                    json.WritePropertyName("parameters");
                    json.WriteStartObject();
                    foreach (var (name, value) in parameters)
                    {
                        json.WritePropertyName(name);
                        WriteValue(json, value, name);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }

    private static void WriteValue(Utf8JsonWriter json, object? value, string path)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int or long or short or sbyte or byte or ushort or uint:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case ulong u when u <= long.MaxValue: json.WriteNumberValue((long)u); break;
            case double or float or decimal: WriteFloat(json, Convert.ToDouble(value, CultureInfo.InvariantCulture), path); break;
            case char c: json.WriteStringValue(c.ToString()); break;
            // Dates are stored as ISO strings (Neo4j 3.1 has no temporal types; ISO strings compare correctly).
            case DateOnly d: json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case Guid g: json.WriteStringValue(g.ToString()); break;
            case JsonElement e: e.WriteTo(json); break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    WriteValue(json, item, path + "." + key);
                }
                json.WriteEndObject();
                break;
            case IDictionary dictionary:
                json.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key as string
                        ?? throw new ArgumentException($"Cypher parameter '{path}' is a map with a non-string key ({entry.Key?.GetType().Name}).");
                    json.WritePropertyName(key);
                    WriteValue(json, entry.Value, path + "." + key);
                }
                json.WriteEndObject();
                break;
            case IEnumerable list:
                json.WriteStartArray();
                var index = 0;
                foreach (var item in list) WriteValue(json, item, $"{path}[{index++}]");
                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException(
                    $"Cypher parameter '{path}' has type {value.GetType().Name}, which has no Cypher equivalent. " +
                    "Use null, bool, integers, double, string, lists or string-keyed maps.");
        }
    }

    // Utf8JsonWriter writes 2.0 as "2", which Neo4j would read back as an integer: keep floats floats.
    private static void WriteFloat(Utf8JsonWriter json, double value, string path)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"Cypher parameter '{path}' is {value}, which JSON cannot carry.");
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.AsSpan().IndexOfAny('.', 'E', 'e') < 0) text += ".0";
        json.WriteRawValue(text, skipInputValidation: true);
    }
}
