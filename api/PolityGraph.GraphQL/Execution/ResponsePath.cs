namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// A response path as a linked list (cheap to extend per field); turned into a list only when an error or a
/// resolver asks for it.
/// </summary>
internal sealed class ResponsePath
{
    public ResponsePath(ResponsePath? previous, object key)
    {
        Previous = previous;
        Key = key;
    }

    public ResponsePath? Previous { get; }

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; }

    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Previous) depth++;
        var keys = new object[depth];
        for (var p = this; p is not null; p = p.Previous) keys[--depth] = p.Key;
        return keys;
    }

    public static IReadOnlyList<object> ToList(ResponsePath? path) => path is null ? Array.Empty<object>() : path.ToList();
}
