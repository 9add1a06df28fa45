using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// One object of the response: response keys (shared with the plan) and their values, in request order.
/// Smaller and faster to build than a dictionary; lookups scan, which is quick for the few keys of an object.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    internal ResultMap(string[] keys)
    {
        _keys = keys;
        _values = new object?[keys.Length];
    }

    internal object?[] Values => _values;

    internal string[] Keys => _keys;

    public int Count => _keys.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    IEnumerable<string> IReadOnlyDictionary<string, object?>.Keys => _keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => _values;

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        if (index < 0)
        {
            value = null;
            return false;
        }
        value = _values[index];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++) yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
