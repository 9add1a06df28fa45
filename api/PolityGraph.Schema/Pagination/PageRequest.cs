using PolityGraph.GraphQL;

namespace PolityGraph.Schema.Pagination;

/// <summary>
/// The Relay pagination arguments after validation: first/after pages forward, last/before backward.
/// Without first or last a page holds <see cref="DefaultSize"/> items; at most <see cref="MaxSize"/>.
/// </summary>
public sealed record PageRequest(int Size, bool Backward, Cursor? After, Cursor? Before)
{
    public const int DefaultSize = 100;
    public const int MaxSize = 1000;

    /// <summary>The page the arguments ask for; cursors must carry <paramref name="tag"/>.</summary>
    public static PageRequest From(IReadOnlyDictionary<string, object?> arguments, string connection, string tag)
    {
        var first = Count(arguments, "first");
        var last = Count(arguments, "last");
        if (first is not null && last is not null)
            throw Error("Pass first (paging forward) or last (paging backward), not both.", "last");
        var after = arguments.GetValueOrDefault("after") is string a ? Cursor.Decode(a, connection, tag, "after") : null;
        var before = arguments.GetValueOrDefault("before") is string b ? Cursor.Decode(b, connection, tag, "before") : null;
        return new PageRequest(first ?? last ?? DefaultSize, Backward: last is not null, after, before);
    }

    private static int? Count(IReadOnlyDictionary<string, object?> arguments, string name)
    {
        if (arguments.GetValueOrDefault(name) is not { } value) return null;
        var count = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        if (count < 0) throw Error($"{name} must not be negative (got {count}).", name);
        if (count > MaxSize) throw Error($"{name} must be at most {MaxSize} (got {count}); page through larger lists with cursors.", name);
        return (int)count;
    }

    private static GraphQLException Error(string message, string argument) =>
        new(message, new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput, ["argument"] = argument });
}
