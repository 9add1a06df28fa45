using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL;

/// <summary>
/// One error as the spec's response format (section 7.1.2) describes it: a message, the places in the
/// document it concerns, the response path of the field it arose in, and free-form extensions.
/// </summary>
public sealed class GraphQLError
{
    private static readonly IReadOnlyList<SourceLocation> NoLocations = Array.Empty<SourceLocation>();

    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalError = null)
    {
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Locations = locations ?? NoLocations;
        Path = path;
        Extensions = extensions;
        OriginalError = originalError;
    }

    public string Message { get; }

    /// <summary>Line/column pairs (1-based) in the request document; empty when the error has no place.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>Response path: string keys and int list indices; null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public Exception? OriginalError { get; }

    /// <summary>The AST nodes the error concerns, when it was built from nodes (validation keeps them for tests).</summary>
    public IReadOnlyList<AstNode>? Nodes { get; private init; }

    /// <summary>An error located at the start of each given node (nodes without a location are ignored).</summary>
    public static GraphQLError At(string message, params AstNode?[] nodes) => At(message, nodes, path: null);

    public static GraphQLError At(
        string message,
        IEnumerable<AstNode?> nodes,
        IReadOnlyList<object>? path,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalError = null)
    {
        var kept = new List<AstNode>();
        var locations = new List<SourceLocation>();
        foreach (var node in nodes)
        {
            if (node is null) continue;
            kept.Add(node);
            if (node.Location is { } location) locations.Add(location.StartLocation);
        }
        return new GraphQLError(message, locations, path, extensions, originalError) { Nodes = kept };
    }

    /// <summary>The same error placed at a response path (execution attaches paths as it unwinds).</summary>
    public GraphQLError WithPath(IReadOnlyList<object>? path) =>
        new(Message, Locations, path, Extensions, OriginalError) { Nodes = Nodes };

    public override string ToString()
    {
        if (Locations.Count == 0) return Message;
        return Message + " (" + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}")) + ")";
    }
}
