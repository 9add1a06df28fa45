namespace PolityGraph.GraphModel;

/// <summary>
/// The constraints and indexes of the graph, written in the DDL dialect of one server version.
/// Cypher DDL takes no parameters, so labels and property names come only from this library's constants.
/// </summary>
public static class SchemaStatements
{
    /// <summary>Property indexes beyond the unique id every label has (a uniqueness constraint already indexes id).</summary>
    public static readonly IReadOnlyList<(string Label, string Property)> Indexes =
    [
        .. Labels.Searchable.Select(label => (label, Properties.SearchKey)),
        (Labels.Resolution, Properties.Code),
        (Labels.Resolution, Properties.IssuedOn),
        (Labels.Event, Properties.Date),
    ];

    /// <summary>
    /// Statements that leave the schema in place whether or not it exists already.
    /// 3.x: <c>CREATE CONSTRAINT ON … ASSERT</c> and <c>CREATE INDEX ON :L(p)</c>, which are no-ops when present.
    /// 4.0–4.3: named <c>IF NOT EXISTS</c> forms with <c>ON … ASSERT</c> (4.0 lacks IF NOT EXISTS and is not supported).
    /// 4.4 and 5.x: named <c>IF NOT EXISTS … FOR … REQUIRE</c> (4.4 accepts both, 5.x only this one).
    /// </summary>
    public static IReadOnlyList<string> For(int major, int minor)
    {
        if (major < 3)
            throw new NotSupportedException($"Neo4j {major}.{minor} is not supported; the graph needs 3.1 or later.");
        if (major == 4 && minor == 0)
            throw new NotSupportedException("Neo4j 4.0 has no idempotent constraint DDL (IF NOT EXISTS came in 4.1); use 3.x, 4.1+ or 5.x.");

        var statements = new List<string>();
        foreach (var label in Labels.All)
            statements.Add(UniqueId(label, major, minor));
        foreach (var (label, property) in Indexes)
            statements.Add(Index(label, property, major));
        return statements;
    }

    /// <summary>Parses "3.1.1" / "5.20.0" / "2025.01.0" and returns the statements for it.</summary>
    public static IReadOnlyList<string> For(string version)
    {
        var parts = version.Split('.', '-');
        var major = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var minor = parts.Length > 1 && int.TryParse(parts[1], out var m) ? m : 0;
        // Calendar versions (2025.x) follow 5.x syntax.
        return For(major >= 2025 ? 5 : major, major >= 2025 ? 0 : minor);
    }

    private static string UniqueId(string label, int major, int minor)
    {
        var name = $"{Snake(label)}_id_unique";
        return major switch
        {
            3 => $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.{Properties.Id} IS UNIQUE",
            4 when minor < 4 => $"CREATE CONSTRAINT {name} IF NOT EXISTS ON (n:{label}) ASSERT n.{Properties.Id} IS UNIQUE",
            _ => $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{Properties.Id} IS UNIQUE",
        };
    }

    private static string Index(string label, string property, int major) => major switch
    {
        3 => $"CREATE INDEX ON :{label}({property})",
        _ => $"CREATE INDEX {Snake(label)}_{Snake(property)} IF NOT EXISTS FOR (n:{label}) ON (n.{property})",
    };

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
