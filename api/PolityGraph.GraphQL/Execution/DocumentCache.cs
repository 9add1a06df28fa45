using System.Collections.Concurrent;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Execution;

/// <summary>
/// A query text after parsing and validation: the document (null after a syntax error), the errors that make
/// it a request error, its fragments, and the root plans of its operations, shared by every request for it.
/// </summary>
internal sealed class PreparedDocument
{
    public PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        if (document is not null)
            foreach (var definition in document.Definitions)
                if (definition is FragmentDefinitionNode fragment) fragments.TryAdd(fragment.Name.Value, fragment);
        Fragments = fragments;
    }

    public DocumentNode? Document { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public ConcurrentDictionary<OperationDefinitionNode, PlanVariants> RootPlans { get; } = new(ReferenceEqualityComparer.Instance);
}

/// <summary>
/// Least-recently-used cache of prepared documents keyed by query text, bounded by
/// <see cref="ExecutionOptions.DocumentCacheSize"/>. A hit is a lock-free lookup that stamps the entry with a
/// use counter; only a miss that overflows the cache takes a lock, to evict the entries used longest ago.
/// </summary>
internal sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly object _evictionLock = new();
    private long _clock;

    public DocumentCache(int capacity) => _capacity = capacity;

    public int Count => _entries.Count;

    public bool Contains(string query) => _entries.ContainsKey(query);

    public bool TryGet(string query, out PreparedDocument document)
    {
        if (_entries.TryGetValue(query, out var entry))
        {
            Volatile.Write(ref entry.LastUsed, Interlocked.Increment(ref _clock));
            document = entry.Document;
            return true;
        }
        document = null!;
        return false;
    }

    public void Add(string query, PreparedDocument document)
    {
        _entries.TryAdd(query, new Entry(document, Interlocked.Increment(ref _clock)));
        if (_entries.Count <= _capacity) return;
        lock (_evictionLock)
        {
            var excess = _entries.Count - _capacity;
            if (excess <= 0) return;
            // Evict a little more than needed, so a full cache does not sort on every miss.
            var toEvict = Math.Max(excess, _capacity / 10);
            var oldest = _entries.ToArray();
            Array.Sort(oldest, static (a, b) => Volatile.Read(ref a.Value.LastUsed).CompareTo(Volatile.Read(ref b.Value.LastUsed)));
            for (var i = 0; i < toEvict && i < oldest.Length; i++) _entries.TryRemove(oldest[i].Key, out _);
        }
    }

    private sealed class Entry
    {
        public Entry(PreparedDocument document, long lastUsed)
        {
            Document = document;
            LastUsed = lastUsed;
        }

        public PreparedDocument Document { get; }

        public long LastUsed;
    }
}
