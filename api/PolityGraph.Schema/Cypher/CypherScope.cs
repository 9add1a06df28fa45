using System.Globalization;

namespace PolityGraph.Schema.Cypher;

/// <summary>
/// The state of one statement being compiled: its parameters (every user value goes here, never into the
/// text), fresh variable names, and the node lookup tables the statement must collect before its RETURN.
/// </summary>
public sealed class CypherScope(CompilerOptions? options = null)
{
    private readonly Dictionary<string, object?> parameters = new();
    private readonly List<string> lookupLabels = new();
    private int variables;

    public CompilerOptions Options { get; } = options ?? CompilerOptions.Default;

    public IReadOnlyDictionary<string, object?> Parameters => parameters;

    /// <summary>Adds a parameter and returns its reference, e.g. <c>$p3</c>.</summary>
    public string Parameter(object? value)
    {
        var name = "p" + (parameters.Count + 1).ToString(CultureInfo.InvariantCulture);
        parameters[name] = value;
        return "$" + name;
    }

    /// <summary>A variable name not used elsewhere in the statement.</summary>
    public string Variable(string hint = "v") => hint + (++variables).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The variable holding the nodes of <paramref name="label"/> the statement looks up by id, collected
    /// once before its RETURN (<see cref="CypherStatement.Lookups"/>); null when the statement seeks them in
    /// place (<see cref="CompilerOptions.LookupTables"/> off). Why: evidence and Participation.about hold node
    /// ids in relationship properties, and Neo4j 3.1 cannot seek a node by id inside a nested pattern
    /// comprehension (its legacy matcher fails on an unbound start node), so such lookups filter this list instead.
    /// </summary>
    public string? LookupTable(string label)
    {
        if (!Options.LookupTables) return null;
        if (!lookupLabels.Contains(label)) lookupLabels.Add(label);
        return "all" + label;
    }

    /// <summary>The labels the statement looks nodes up in, in the order they were first needed.</summary>
    public IReadOnlyList<string> LookupLabels => lookupLabels;

    private readonly List<(string Table, string Label, string Candidate, string? Condition)> filterTables = new();

    /// <summary>
    /// A list of the ids of the <paramref name="label"/> nodes (bound to <paramref name="candidate"/>) that meet
    /// <paramref name="condition"/>, collected once at the start of the statement (<see cref="CypherStatement"/>),
    /// for filters on nodes named by id lists: like lookups, 3.1 cannot seek them inside a pattern comprehension.
    /// </summary>
    public string FilterTable(string label, string candidate, string? condition)
    {
        var table = "filter" + (filterTables.Count + 1).ToString(CultureInfo.InvariantCulture);
        filterTables.Add((table, label, candidate, condition));
        return table;
    }

    /// <summary>The filter tables, in the order they must be collected (a table's condition may read earlier ones).</summary>
    public IReadOnlyList<(string Table, string Label, string Candidate, string? Condition)> FilterTables => filterTables;
}

/// <summary>How the compiler writes Cypher for the server it talks to.</summary>
/// <param name="LookupTables">
/// Collect the nodes that nested lookups need into tables before the RETURN: the Neo4j 3.1 workaround
/// (see <see cref="CypherScope.LookupTable"/>). Off, each lookup seeks its node in place, which 4.4 and 5.x plan as an index seek.
/// </param>
public sealed record CompilerOptions(bool LookupTables = true)
{
    public static CompilerOptions Default { get; } = new();
}

/// <summary>Small helpers for writing Cypher text from schema-declared names.</summary>
public static class CypherText
{
    /// <summary>
    /// A label, relationship type, property or map key, backtick-quoted. Only ever called with names from
    /// the schema SDL or GraphQL response keys (which the GraphQL grammar limits to [_A-Za-z][_0-9A-Za-z]*).
    /// </summary>
    public static string Name(string name)
    {
        if (name.Length == 0 || name.Contains('`', StringComparison.Ordinal))
            throw new ArgumentException($"'{name}' cannot be used as a Cypher name.", nameof(name));
        return "`" + name + "`";
    }

    /// <summary>A string literal for schema-declared text such as an id prefix.</summary>
    public static string Literal(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    public static string Map(IEnumerable<(string Key, string Value)> entries) =>
        "{" + string.Join(", ", entries.Select(e => Name(e.Key) + ": " + e.Value)) + "}";
}
