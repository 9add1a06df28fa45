using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using PolityGraph.GraphQL;

namespace PolityGraph.Schema.Pagination;

/// <summary>
/// An opaque cursor: base64url of <c>["PersonConnection", sortKey, id]</c>. It names its connection so that
/// a cursor from another list is refused, and carries the position in the stable order (sort key, then id)
/// so pages stay correct when nodes are added before it (keyset pagination, not an offset).
/// </summary>
public sealed record Cursor(string SortKey, string Id)
{
    public string Encode(string connection) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new[] { connection, SortKey, Id }));

    /// <summary>Decodes a cursor given as <paramref name="argument"/>; a clear error when it is not one of this connection's.</summary>
    public static Cursor Decode(string text, string connection, string argument)
    {
        try
        {
            var parts = JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(text));
            if (parts is { Length: 3 } && parts[0] == connection && parts[1] is not null && parts[2] is not null)
                return new Cursor(parts[1], parts[2]);
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            // Reported below, in the client's words.
        }
        throw new GraphQLException(
            $"{argument}: \"{Shorten(text)}\" is not a cursor of {connection}. Use a cursor (edges.cursor or pageInfo.startCursor/endCursor) from this list.",
            new Dictionary<string, object?> { ["code"] = ErrorCodes.BadCursor, ["argument"] = argument });
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
