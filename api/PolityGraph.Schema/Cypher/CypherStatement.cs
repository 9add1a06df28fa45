using System.Text;
using PolityGraph.Neo4j;

namespace PolityGraph.Schema.Cypher;

/// <summary>
/// One statement written clause by clause. It owns what every root compiler would otherwise repeat: WHERE
/// joining, the columns each WITH carries on, and the lookup-table prelude (the Neo4j 3.1 workaround, in this
/// one place; it writes nothing when <see cref="CompilerOptions.LookupTables"/> is off).
/// </summary>
public sealed class CypherStatement(CypherScope scope)
{
    private readonly StringBuilder text = new();

    public CypherScope Scope => scope;

    /// <summary>The columns the last WITH carried on (by name), which the next WITH must carry too.</summary>
    public IReadOnlyList<string> Carried { get; private set; } = [];

    /// <summary>Whether the statement reads lookup tables, i.e. needs <see cref="Lookups"/> before its RETURN.</summary>
    public bool HasLookupTables => scope.LookupLabels.Count > 0;

    /// <summary><c> WHERE a AND b</c>, or nothing for no conditions.</summary>
    public static string Where(IEnumerable<string> conditions)
    {
        var list = conditions.ToList();
        return list.Count == 0 ? "" : " WHERE " + string.Join(" AND ", list);
    }

    public CypherStatement Match(string pattern, IEnumerable<string> conditions) => Clause($"MATCH {pattern}{Where(conditions)}");

    public CypherStatement OptionalMatch(string pattern, IEnumerable<string> conditions) => Clause($"OPTIONAL MATCH {pattern}{Where(conditions)}");

    /// <summary>
    /// <c>WITH columns tail</c> (tail: ORDER BY, LIMIT); the columns' names are carried from here on. The
    /// filter tables, once collected, are carried by every WITH.
    /// </summary>
    public CypherStatement With(IEnumerable<string> columns, string tail = "")
    {
        Start();
        var list = columns.ToList();
        list.InsertRange(0, sticky.Where(t => !list.Select(NameOf).Contains(t)));
        Carried = list.Select(NameOf).ToList();
        return Clause("WITH " + string.Join(", ", list) + tail);
    }

    /// <summary>Any other clause, as written.</summary>
    public CypherStatement Clause(string clause)
    {
        Start();
        text.Append(clause).Append('\n');
        return this;
    }

    private readonly List<string> sticky = new();
    private bool started;

    /// <summary>Before the first clause: the filter tables (<see cref="CypherScope.FilterTable"/>), each one index-backed match.</summary>
    private void Start()
    {
        if (started) return;
        started = true;
        foreach (var (table, label, candidate, condition) in scope.FilterTables)
        {
            OptionalMatch($"({candidate}:{CypherText.Name(label)})", condition is null ? [] : [condition]);
            With([$"collect({candidate}.id) AS {table}"]);
            sticky.Add(table);
        }
    }

    /// <summary>
    /// Carries <paramref name="column"/>, which the last WITH bound, through every later WITH, as the filter tables
    /// are (e.g. a cursor item's sort keys, which the page's conditions read after aggregations).
    /// </summary>
    public CypherStatement Keep(string column)
    {
        if (!Carried.Contains(column)) throw new InvalidOperationException($"{column} is not bound by the last WITH.");
        sticky.Add(column);
        return this;
    }

    /// <summary>The columns every WITH carries (the filter tables and the kept columns).</summary>
    public IReadOnlyList<string> Sticky => sticky;

    /// <summary>
    /// Collects the lookup tables that <paramref name="wanted"/> reads, on each row, carrying the carried
    /// columns along. A table holds just the nodes with the ids the projection will ask for, found through the
    /// unique index; every node of the label when a lookup sits inside a looked-up node (those ids are
    /// unknown until the outer nodes are found). Labels come from the mapping, never from user input.
    /// </summary>
    public CypherStatement Lookups(Projection wanted)
    {
        var whole = wanted.HasLookupsInsideLookups;
        return Prelude(label => whole ? null : wanted.LookupIds(label) ?? "[]");
    }

    /// <summary>
    /// Like <see cref="Lookups"/> for a projection made on each of several ordered rows: the rows are folded into
    /// one (collecting the ids each wants; collecting tables per row would multiply them), the tables
    /// collected once, then the rows unwound again in their order.
    /// </summary>
    public CypherStatement LookupsAcrossRows(Projection wanted)
    {
        if (!HasLookupTables) return this;
        var rows = Carried.Where(c => !sticky.Contains(c)).ToList();
        var whole = wanted.HasLookupsInsideLookups;
        var lists = whole ? [] : scope.LookupLabels.Select(label => (Label: label, Variable: "wanted" + label + "Lists", Ids: wanted.LookupIds(label) ?? "[]")).ToList();
        With(new[] { $"collect([{string.Join(", ", rows)}]) AS matched" }.Concat(lists.Select(l => $"collect({l.Ids}) AS {l.Variable}")));
        Prelude(label => whole ? null : $"reduce(acc = [], ids IN wanted{label}Lists | acc + ids)");
        Clause("UNWIND matched AS m");
        return With(Tables.Concat(rows.Select((row, i) => $"m[{i}] AS {row}")));
    }

    public Statement Return(string columns)
    {
        Start();
        return new(text + "RETURN " + columns, scope.Parameters);
    }

    private IEnumerable<string> Tables => scope.LookupLabels.Select(label => "all" + label);

    /// <summary>Per label: the wanted ids (null: the whole label), a seek on them, their collection.</summary>
    private CypherStatement Prelude(Func<string, string?> wantedIds)
    {
        foreach (var label in scope.LookupLabels)
        {
            var node = "lookup" + label;
            var carried = Carried;
            if (wantedIds(label) is { } ids)
            {
                With([.. carried, $"{ids} AS wanted{label}"]);
                OptionalMatch($"({node}:{CypherText.Name(label)})", [$"{node}.id IN wanted{label}"]);
            }
            else
            {
                OptionalMatch($"({node}:{CypherText.Name(label)})", []);
            }
            With([.. carried, $"collect({node}) AS all{label}"]);
        }
        return this;
    }

    private static string NameOf(string column)
    {
        var alias = column.LastIndexOf(" AS ", StringComparison.Ordinal);
        return alias < 0 ? column : column[(alias + 4)..];
    }
}
