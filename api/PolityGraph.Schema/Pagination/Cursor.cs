using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PolityGraph.GraphQL;

namespace PolityGraph.Schema.Pagination;

/// <summary>
/// An opaque cursor: base64url of <c>[tag, key1, ..., id]</c>, the position of an item in its list's order (the
/// order's keys, then the id, without its type prefix), so pages stay correct when items are added before it
/// (keyset pagination, not an offset). The tag, a few characters of a hash of the connection's name and its
/// order, makes a cursor from another list, or from the same list in another order, refused.
/// </summary>
public sealed record Cursor(IReadOnlyList<object?> Values)
{
    /// <summary>The tag of a connection in one order (e.g. "PersonConnection" ordered by name ASC).</summary>
    public static string Tag(string connection, IEnumerable<string> order) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(connection + "|" + string.Join(",", order))))[..4];

    // Text as UTF-8, not \u escapes: a Vietnamese name stays two or three bytes a letter.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Encode(string tag) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new object?[] { tag }.Concat(Values).ToArray(), Json));

    /// <summary>Decodes a cursor given as <paramref name="argument"/>; a clear error when it is not one of this connection's, in this order.</summary>
    public static Cursor Decode(string text, string connection, string tag, int keys, string argument)
    {
        try
        {
            using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(text));
            var parts = json.RootElement.EnumerateArray().ToList();
            if (parts.Count == keys + 1 && parts[0].ValueKind == JsonValueKind.String && parts[0].GetString() == tag)
                return new Cursor(parts.Skip(1).Select(Value).ToList());
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException or InvalidOperationException)
        {
            // Reported below, in the client's words.
        }
        throw new GraphQLException(
            $"{argument}: \"{Shorten(text)}\" is not a cursor of {connection} in this order. Use a cursor (edges.cursor or pageInfo.startCursor/endCursor) from this list, asked for with the same order.",
            new Dictionary<string, object?> { ["code"] = ErrorCodes.BadCursor, ["argument"] = argument });
    }

    private static object? Value(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number when element.TryGetInt64(out var n) => n,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => throw new FormatException("A cursor holds only scalar values."),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
