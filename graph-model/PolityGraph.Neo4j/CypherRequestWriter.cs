using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
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
    // The body goes to Neo4j, never into HTML: letters outside ASCII are written as UTF-8, not escaped as \uXXXX
    // (the default escaping made Vietnamese text about twice as long on the wire and in the request buffer).
    // Quotes, backslashes and control characters are still escaped; a lone surrogate still becomes U+FFFD.
    private static readonly JsonWriterOptions Options = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The body in a buffer rented from the shared array pool; dispose it once the request is sent. A large load sends
    /// hundreds of bodies of megabytes each: written into a new growing array every time, they were large-object-heap
    /// garbage (about twice each body) that a collection left as free space the process kept.
    /// </summary>
    public static PooledBody WritePooled(IReadOnlyList<Statement> statements, bool includeStats = false)
    {
        var body = new PooledBody();
        Write(statements, includeStats, body);
        return body;
    }

    private static void Write(IReadOnlyList<Statement> statements, bool includeStats, IBufferWriter<byte> buffer)
    {
        using (var json = new Utf8JsonWriter(buffer, Options))
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
    }

    /// <summary>A request body written into arrays rented from <see cref="ArrayPool{T}.Shared"/>, returned on dispose.</summary>
    public sealed class PooledBody : IBufferWriter<byte>, IDisposable
    {
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(4096);
        private int written;

        public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, written);

        public void Advance(int count) => written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint); // may replace the buffer: before the buffer is read
            return buffer.AsMemory(written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return buffer.AsSpan(written);
        }

        private void Ensure(int sizeHint)
        {
            sizeHint = Math.Max(sizeHint, 1);
            if (buffer.Length - written < sizeHint)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, written + sizeHint));
                buffer.AsSpan(0, written).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = bigger;
            }
        }

        public void Dispose()
        {
            if (buffer.Length == 0) return;
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
            written = 0;
        }
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
