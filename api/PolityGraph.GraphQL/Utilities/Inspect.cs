using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolityGraph.GraphQL.Utilities;

/// <summary>Shows a runtime value in error messages as graphql-js's inspect() does ("abc" quoted, { a: 1 }, [1, 2]).</summary>
public static class Inspect
{
    public static string Value(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, depth: 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append(JsonSerializer.Serialize(s));
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case JsonElement element:
                Write(builder, JsonValues.ToClr(element), depth);
                return;
            case char c:
                builder.Append(JsonSerializer.Serialize(c.ToString()));
                return;
        }
        if (Numbers.TryGetDouble(value, out var number))
        {
            builder.Append(Numbers.FormatLikeJavaScript(number));
            return;
        }
        if (depth > 2)
        {
            builder.Append(value is IEnumerable and not IDictionary and not IReadOnlyDictionary<string, object?> ? "[Array]" : "[Object]");
            return;
        }
        if (value is IReadOnlyDictionary<string, object?> map)
        {
            WriteMap(builder, map, depth);
            return;
        }
        if (value is IDictionary<string, object?> dictionary)
        {
            WriteMap(builder, dictionary.ToDictionary(p => p.Key, p => p.Value), depth);
            return;
        }
        if (value is IEnumerable list)
        {
            builder.Append('[');
            var first = true;
            foreach (var item in list)
            {
                if (!first) builder.Append(", ");
                first = false;
                Write(builder, item, depth + 1);
            }
            builder.Append(']');
            return;
        }
        builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
    }

    private static void WriteMap(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        var any = false;
        foreach (var (key, item) in map)
        {
            builder.Append(any ? ", " : "{ ");
            any = true;
            builder.Append(key).Append(": ");
            Write(builder, item, depth + 1);
        }
        builder.Append(any ? " }" : "{}");
    }
}
