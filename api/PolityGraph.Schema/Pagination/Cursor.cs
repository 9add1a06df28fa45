using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using PolityGraph.GraphQL;

namespace PolityGraph.Schema.Pagination;

/// <summary>
/// An opaque cursor: the item a page ends at, not its sort keys, so it stays short (about 14 characters) under any
/// order. Base64url of <c>tag (3 bytes) · fingerprint (4 bytes) · node (varint)</c>:
/// <list type="bullet">
/// <item>the tag, a hash of the connection's name and its order, refuses a cursor from another list, or from the same list in another order;</item>
/// <item>node is the item's Neo4j node id, which the statement seeks directly (one lookup) to read the item's sort keys there, with
/// the same expressions it orders by, so pages stay keyset-correct (items added before the cursor do not shift the page);</item>
/// <item>the fingerprint, a hash of the item's own id, tells when that node id no longer names the item (the item was deleted and
/// Neo4j reused its node id, or the graph was reloaded): the page is then refused (<see cref="Gone"/>), never silently wrong.</item>
/// </list>
/// The item's own id would be stable across reloads, but it runs to 50 characters and more (resolution and event slugs).
/// </summary>
public sealed record Cursor(long Node, uint Fingerprint)
{
    private const int TagBytes = 3;
    private const int FingerprintBytes = 4;

    /// <summary>The tag of a connection in one order (e.g. "PersonConnection" ordered by name ASC).</summary>
    public static string Tag(string connection, IEnumerable<string> order) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(connection + "|" + string.Join(",", order))).AsSpan(0, TagBytes));

    /// <summary>The cursor of the item with Neo4j node id <paramref name="node"/> and id <paramref name="id"/>.</summary>
    public static Cursor Of(long node, string id) => new(node, FingerprintOf(id));

    /// <summary>Whether the item found at <see cref="Node"/> (its id, or null when there is no such node) is still the cursor's item.</summary>
    public bool Matches(string? id) => id is not null && FingerprintOf(id) == Fingerprint;

    public string Encode(string tag)
    {
        var bytes = new List<byte>(Convert.FromHexString(tag));
        for (var i = FingerprintBytes - 1; i >= 0; i--) bytes.Add((byte)(Fingerprint >> (8 * i)));
        var node = (ulong)Node;
        do
        {
            var low = (byte)(node & 0x7F);
            node >>= 7;
            bytes.Add(node == 0 ? low : (byte)(low | 0x80));
        } while (node != 0);
        return Base64Url.EncodeToString(bytes.ToArray());
    }

    /// <summary>Decodes a cursor given as <paramref name="argument"/>; a clear error when it is not one of this connection's, in this order.</summary>
    public static Cursor Decode(string text, string connection, string tag, string argument)
    {
        if (TryDecode(text, Convert.FromHexString(tag)) is { } cursor) return cursor;
        throw new GraphQLException(
            $"{argument}: \"{Shorten(text)}\" is not a cursor of {connection} in this order. Use a cursor (edges.cursor or pageInfo.startCursor/endCursor) from this list, asked for with the same order.",
            new Dictionary<string, object?> { ["code"] = ErrorCodes.BadCursor, ["argument"] = argument });
    }

    /// <summary>The error for a cursor whose item is no longer in the graph.</summary>
    public static GraphQLException Gone(string connection, string argument) => new(
        $"{argument}: the {connection} item this cursor points at is no longer in the graph (deleted, or the graph was reloaded since the cursor was given). Start again from the first page.",
        new Dictionary<string, object?> { ["code"] = ErrorCodes.BadCursor, ["argument"] = argument });

    private static Cursor? TryDecode(string text, byte[] tag)
    {
        byte[] bytes;
        try { bytes = Base64Url.DecodeFromChars(text); }
        catch (FormatException) { return null; }
        if (bytes.Length < TagBytes + FingerprintBytes + 1 || !bytes.AsSpan(0, TagBytes).SequenceEqual(tag)) return null;
        uint fingerprint = 0;
        for (var i = 0; i < FingerprintBytes; i++) fingerprint = (fingerprint << 8) | bytes[TagBytes + i];
        ulong node = 0;
        var shift = 0;
        for (var i = TagBytes + FingerprintBytes; i < bytes.Length; i++, shift += 7)
        {
            if (shift > 56) return null; // more than a long holds
            node |= (ulong)(bytes[i] & 0x7F) << shift;
            if ((bytes[i] & 0x80) == 0) return i == bytes.Length - 1 && node <= long.MaxValue ? new Cursor((long)node, fingerprint) : null;
        }
        return null; // the varint never ended
    }

    private static uint FingerprintOf(string id)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(id));
        return (uint)(hash[0] << 24 | hash[1] << 16 | hash[2] << 8 | hash[3]);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
