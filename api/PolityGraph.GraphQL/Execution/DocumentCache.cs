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
/// <see cref="ExecutionOptions.DocumentCacheSize"/>. One lock guards it: a hit is a dictionary lookup and a
/// move to the front of a list, far cheaper than parsing and validating again.
/// </summary>
internal sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Query, PreparedDocument Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, PreparedDocument Document)> _recency = new();

    public DocumentCache(int capacity) => _capacity = capacity;

    public int Count
    {
        get
        {
            lock (_entries) return _entries.Count;
        }
    }

    public bool TryGet(string query, out PreparedDocument document)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(query, out var node))
            {
                if (node != _recency.First)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                }
                document = node.Value.Document;
                return true;
            }
        }
        document = null!;
        return false;
    }

    public void Add(string query, PreparedDocument document)
    {
        lock (_entries)
        {
            if (_entries.ContainsKey(query)) return;
            var node = _recency.AddFirst((query, document));
            _entries[query] = node;
            while (_entries.Count > _capacity)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(last.Value.Query);
            }
        }
    }
}
