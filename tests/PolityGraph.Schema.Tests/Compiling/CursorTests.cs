using PolityGraph.GraphQL;
using PolityGraph.Schema.Pagination;

namespace PolityGraph.Schema.Tests.Compiling;

/// <summary>Cursors: short, opaque, and refused by any other list or order.</summary>
public sealed class CursorTests
{
    private static readonly string Tag = Cursor.Tag("ResolutionConnection", ["issuedOn DESC", "id"]);

    [Fact]
    public void A_cursor_round_trips_its_keys()
    {
        var cursor = new Cursor(["2022-11-17", 6L, "28-nq-tw-2022"]);
        var decoded = Cursor.Decode(cursor.Encode(Tag), "ResolutionConnection", Tag, 3, "after");
        Assert.Equal(cursor.Values, decoded.Values);
    }

    [Fact]
    public void A_cursor_is_short_it_holds_the_keys_and_the_id_without_its_prefix()
    {
        var text = new Cursor(["2022-11-17", "28-nq-tw-2022"]).Encode(Tag);
        Assert.True(text.Length <= 56, text);
        Assert.DoesNotContain("2022", text); // opaque: base64url, not readable keys
        var vietnamese = new Cursor(["Ban Chấp hành Trung ương", "central-committee"]).Encode(Tag);
        Assert.True(vietnamese.Length <= 96, vietnamese); // UTF-8, not \u escapes
    }

    [Theory]
    [InlineData("PersonConnection", "issuedOn DESC")]
    [InlineData("ResolutionConnection", "issuedOn")]
    [InlineData("ResolutionConnection", "code DESC")]
    public void Another_list_or_order_refuses_it(string connection, string order)
    {
        var text = new Cursor(["2022-11-17", "28-nq-tw-2022"]).Encode(Tag);
        var other = Cursor.Tag(connection, [order, "id"]);
        var error = Assert.Throws<GraphQLException>(() => Cursor.Decode(text, connection, other, 2, "after"));
        Assert.Equal("BAD_CURSOR", error.Errors[0].Extensions!["code"]);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("WyJ4Il0")]
    [InlineData("")]
    public void Garbage_is_refused(string text)
    {
        var error = Assert.Throws<GraphQLException>(() => Cursor.Decode(text, "ResolutionConnection", Tag, 2, "after"));
        Assert.Contains("is not a cursor of ResolutionConnection", error.Message);
    }
}
