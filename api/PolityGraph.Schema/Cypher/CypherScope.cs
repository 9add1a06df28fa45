using System.Globalization;

namespace PolityGraph.Schema.Cypher;

/// <summary>
/// The state of one statement being compiled: its parameters (every user value goes here, never into the
/// text), fresh variable names, and the node lookup tables the statement must collect before its RETURN.
/// </summary>
public sealed class CypherScope
{
    private readonly Dictionary<string, object?> parameters = new();
    private readonly List<string> lookupLabels = new();
    private int variables;

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
    /// once before its RETURN. Why: evidence and Participation.about hold node ids in relationship properties, and
    /// Neo4j 3.1 cannot seek a node by id inside a nested pattern comprehension (its legacy matcher fails
    /// on an unbound start node), so such lookups filter this list instead.
    /// </summary>
    public string LookupTable(string label)
    {
        if (!lookupLabels.Contains(label)) lookupLabels.Add(label);
        return "all" + label;
    }

    /// <summary>The labels the statement looks nodes up in, in the order they were first needed.</summary>
    public IReadOnlyList<string> LookupLabels => lookupLabels;

    /// <summary>Set when a lookup sits inside a looked-up node's selection: the tables are then whole labels.</summary>
    public bool LookupsInsideLookups { get; set; }

    /// <summary>
    /// The clauses that collect the lookup tables, carrying the given variables along. Empty when the
    /// selection needs none. Labels come from the schema's mapping, never from user input. Call it after
    /// compiling the projections: they are what register the tables.
    /// A table holds just the nodes with the ids <paramref name="wantedIds"/> gives for its label (a Cypher
    /// list valid at this point of the statement, from <see cref="SelectionProjector.WantedIds"/>), found
    /// through the unique index; every node of the label when <see cref="LookupsInsideLookups"/>.
    /// </summary>
    public string LookupPrelude(IReadOnlyList<string> carry, IReadOnlyDictionary<string, string> wantedIds)
    {
        if (lookupLabels.Count == 0) return "";
        var text = new System.Text.StringBuilder();
        var carried = new List<string>(carry);
        foreach (var label in lookupLabels)
        {
            var node = "lookup" + label;
            var carriedText = string.Join("", carried.Select(c => c + ", "));
            if (!LookupsInsideLookups && wantedIds.TryGetValue(label, out var ids))
            {
                text.Append("WITH ").Append(carriedText).Append(ids).Append(" AS wanted").Append(label).Append('\n');
                text.Append("OPTIONAL MATCH (").Append(node).Append(':').Append(CypherText.Name(label)).Append(") WHERE ")
                    .Append(node).Append(".id IN wanted").Append(label).Append('\n');
            }
            else
            {
                text.Append("OPTIONAL MATCH (").Append(node).Append(':').Append(CypherText.Name(label)).Append(")\n");
            }
            text.Append("WITH ").Append(carriedText)
                .Append("collect(").Append(node).Append(") AS all").Append(label).Append('\n');
            carried.Add("all" + label);
        }
        return text.ToString();
    }

    /// <summary>The lookup table variables, to carry through WITH clauses.</summary>
    public IReadOnlyList<string> LookupVariables => lookupLabels.Select(l => "all" + l).ToList();
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
