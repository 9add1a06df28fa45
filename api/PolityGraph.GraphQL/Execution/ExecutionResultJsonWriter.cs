using System.Collections;
using System.Text.Json;
using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as the spec's response map (section 7.1), in graphql-js's order:
/// errors, data, extensions. A request error has no "data" entry; an executed request always has one.
/// </summary>
public static class ExecutionResultJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(Stream stream, ExecutionResult result, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(stream, WriterOptions);
        Write(writer, result);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static Task WriteAsync(Utf8JsonWriter writer, ExecutionResult result)
    {
        Write(writer, result);
        return Task.CompletedTask;
    }

    public static string Serialize(ExecutionResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) Write(writer, result);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors) WriteError(writer, error);
            writer.WriteEndArray();
        }
        if (!result.IsRequestError)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }
        if (result.Extensions.Count > 0)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, result.Extensions);
        }
        writer.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (SourceLocation location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var key in path)
            {
                if (key is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue(key.ToString());
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Any completed value: result maps, lists, dictionaries, strings, numbers, booleans, null, JsonElement.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); return;
            case string s: writer.WriteStringValue(s); return;
            case bool b: writer.WriteBooleanValue(b); return;
            case int i: writer.WriteNumberValue(i); return;
            case long l: writer.WriteNumberValue(l); return;
            case double d: writer.WriteNumberValue(d); return;
            case float f: writer.WriteNumberValue(f); return;
            case decimal m: writer.WriteNumberValue(m); return;
            case short sh: writer.WriteNumberValue(sh); return;
            case byte by: writer.WriteNumberValue(by); return;
            case uint ui: writer.WriteNumberValue(ui); return;
            case ulong ul: writer.WriteNumberValue(ul); return;
            case JsonElement element: element.WriteTo(writer); return;
            case ResultMap map:
                writer.WriteStartObject();
                var keys = map.Keys;
                var values = map.Values;
                for (var k = 0; k < keys.Length; k++)
                {
                    writer.WritePropertyName(keys[k]);
                    WriteValue(writer, values[k]);
                }
                writer.WriteEndObject();
                return;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                return;
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable enumerable:
                writer.WriteStartArray();
                foreach (var item in enumerable) WriteValue(writer, item);
                writer.WriteEndArray();
                return;
            default:
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
        }
    }
}
