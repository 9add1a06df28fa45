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

/// <summary>
/// A field's or item's place in the response, not yet allocated: leaves that complete without error never
/// need their path, so it becomes a <see cref="ResponsePath"/> only when a resolver, child or error asks.
/// </summary>
internal readonly struct PathRef
{
    private static readonly object[] BoxedIndices = CreateIndices(1024);

    public PathRef(ResponsePath? parent, object key)
    {
        Parent = parent;
        Key = key;
    }

    public ResponsePath? Parent { get; }

    public object Key { get; }

    public ResponsePath Node => new(Parent, Key);

    public IReadOnlyList<object> ToList() => Node.ToList();

    /// <summary>A list index as a path key, boxed once for small indices.</summary>
    public static object Index(int index) => index < BoxedIndices.Length ? BoxedIndices[index] : index;

    private static object[] CreateIndices(int count)
    {
        var indices = new object[count];
        for (var i = 0; i < count; i++) indices[i] = i;
        return indices;
    }
}
