using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolityGraph.Api.Tests.Examples;

/// <summary>
/// JSON as the README prints an answer: a value that fits on its line stays on one line, otherwise its members
/// go one per line, indented by two. Deterministic, so the snapshot, the README block and a reviewer's diff agree.
/// </summary>
public static class AnswerJson
{
    public const int Width = 110;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(string json) => Format(JsonNode.Parse(json));

    public static string Format(JsonNode? node)
    {
        var text = new System.Text.StringBuilder();
        Write(text, node, indent: 0, prefix: 0);
        return text.ToString();
    }

    private static void Write(System.Text.StringBuilder text, JsonNode? node, int indent, int prefix)
    {
        var oneLine = OneLine(node);
        if (indent + prefix + oneLine.Length <= Width || node is not (JsonObject or JsonArray))
        {
            text.Append(oneLine);
            return;
        }
        var pad = new string(' ', indent + 2);
        if (node is JsonObject obj)
        {
            text.Append("{\n");
            var i = 0;
            foreach (var (key, value) in obj)
            {
                var name = JsonSerializer.Serialize(key, Compact) + ": ";
                text.Append(pad).Append(name);
                Write(text, value, indent + 2, name.Length);
                text.Append(++i < obj.Count ? ",\n" : "\n");
            }
            text.Append(' ', indent).Append('}');
        }
        else
        {
            var array = (JsonArray)node;
            text.Append("[\n");
            for (var i = 0; i < array.Count; i++)
            {
                text.Append(pad);
                Write(text, array[i], indent + 2, 0);
                text.Append(i + 1 < array.Count ? ",\n" : "\n");
            }
            text.Append(' ', indent).Append(']');
        }
    }

    /// <summary>Compact, with a space after each colon and comma, as a person would write it on one line.</summary>
    private static string OneLine(JsonNode? node) => node switch
    {
        JsonObject obj => "{" + string.Join(", ", obj.Select(kv => JsonSerializer.Serialize(kv.Key, Compact) + ": " + OneLine(kv.Value))) + "}",
        JsonArray array => "[" + string.Join(", ", array.Select(OneLine)) + "]",
        null => "null",
        _ => node.ToJsonString(Compact),
    };
}
