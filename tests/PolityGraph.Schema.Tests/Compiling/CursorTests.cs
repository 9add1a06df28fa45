using PolityGraph.GraphQL;
using PolityGraph.Schema.Pagination;

namespace PolityGraph.Schema.Tests.Compiling;

/// <summary>Cursors: short, opaque, and refused by any other list or order.</summary>
public sealed class CursorTests
{
    private static readonly string Tag = Cursor.Tag("ResolutionConnection", ["issuedOn DESC", "id"]);

    [Theory]
    [InlineData(0L)]
    [InlineData(127L)]
    [InlineData(128L)]
    [InlineData(2_000_000L)]
    [InlineData(long.MaxValue)]
    public void A_cursor_round_trips_its_item(long node)
    {
        var cursor = Cursor.Of(node, "resolution:28-nq-tw-2022");
        var decoded = Cursor.Decode(cursor.Encode(Tag), "ResolutionConnection", Tag, "after");
        Assert.Equal(cursor, decoded);
        Assert.True(decoded.Matches("resolution:28-nq-tw-2022"));
        Assert.False(decoded.Matches("resolution:29-nq-tw-2022"));
        Assert.False(decoded.Matches(null));
    }

    [Theory]
    [InlineData("ResolutionConnection", "issuedOn DESC")]
    [InlineData("ResolutionConnection", "issuedBy.name")]
    [InlineData("ResolutionConnection", "discussedAtCount DESC")]
    public void A_cursor_is_short_and_opaque_whatever_the_order_and_the_id(string connection, string order)
    {
        // The longest resolution id in the seed data, and a node id of a graph of millions.
        var text = Cursor.Of(9_000_000, "resolution:hanoi-model-working-rules-ward-front-mass-organizations").Encode(Cursor.Tag(connection, [order, "id"]));
        Assert.True(text.Length <= 16, text);
        Assert.DoesNotContain("hanoi", text);
    }

    [Theory]
    [InlineData("PersonConnection", "issuedOn DESC")]
    [InlineData("ResolutionConnection", "issuedOn")]
    [InlineData("ResolutionConnection", "code DESC")]
    public void Another_list_or_order_refuses_it(string connection, string order)
    {
        var text = Cursor.Of(42, "resolution:28-nq-tw-2022").Encode(Tag);
        var other = Cursor.Tag(connection, [order, "id"]);
        var error = Assert.Throws<GraphQLException>(() => Cursor.Decode(text, connection, other, "after"));
        Assert.Equal("BAD_CURSOR", error.Errors[0].Extensions!["code"]);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("WyJ4Il0")]
    [InlineData("")]
    [InlineData("!!!!")]
    public void Garbage_is_refused(string text)
    {
        var error = Assert.Throws<GraphQLException>(() => Cursor.Decode(text, "ResolutionConnection", Tag, "after"));
        Assert.Contains("is not a cursor of ResolutionConnection", error.Message);
    }

    [Fact]
    public void A_cursor_cut_short_or_lengthened_is_refused()
    {
        var text = Cursor.Of(300, "resolution:28-nq-tw-2022").Encode(Tag);
        foreach (var altered in new[] { text[..^2], text + "AA" })
            Assert.Throws<GraphQLException>(() => Cursor.Decode(altered, "ResolutionConnection", Tag, "after"));
    }
}
