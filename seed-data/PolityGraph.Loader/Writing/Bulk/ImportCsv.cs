using System.Collections;
using System.Globalization;
using System.Text;
using PolityGraph.GraphModel;
using PolityGraph.Loader.Mapping;

namespace PolityGraph.Loader.Writing.Bulk;

/// <summary>
/// A <see cref="GraphPlan"/> as the CSV files of Neo4j's offline importer (neo4j-import in 3.x,
/// neo4j-admin import in 4.x/5.x; the header format is the same): a node file per label, a
/// relationship file per type, one id space (the files' ids are unique across kinds by their prefix).
/// Values: strings always quoted (quotes doubled, line breaks kept: --multiline-fields), nulls an
/// empty unquoted field (absent), lists joined by <see cref="ArrayDelimiter"/>. An empty list cannot be
/// told from an absent one in this format; <see cref="EmptyLists"/> names the properties a load stores
/// as empty lists, which the importer sets after the import.
/// </summary>
public sealed class ImportCsv
{
    /// <summary>Between the elements of a list value; no value the loader writes may contain it.</summary>
    public const char ArrayDelimiter = '\u001f';

    private readonly List<string> arguments = [];

    /// <summary>The neo4j-import arguments naming the files and the format (everything but --into).</summary>
    public IReadOnlyList<string> Arguments => arguments;

    /// <summary>(label or type, property) pairs some element stores as an empty list.</summary>
    public HashSet<(string Kind, string Property, bool IsRelationship)> EmptyLists { get; } = [];

    /// <summary>Elements per kind written, to check the imported graph against.</summary>
    public Dictionary<string, long> Elements { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Why the plan cannot go through the CSV importer faithfully, or null. A backslash before a quote
    /// means an escaped quote to neo4j-import's reader, and the array delimiter would split a list.
    /// </summary>
    public static string? Unsupported(GraphPlan plan)
    {
        foreach (var value in plan.Nodes.SelectMany(s => s.Rows).SelectMany(r => r.Properties.Values)
                     .Concat(plan.KeyedRelationships.SelectMany(s => s.Rows).SelectMany(r => r.Properties.Values))
                     .Concat(plan.Evidence.SelectMany(s => s.Rows).SelectMany(r => r.Evidence).Select(e => (object?)e.Quote)))
        {
            if (value is string text && text.Contains('\\')) return $"a value holds a backslash, which neo4j-import's CSV reader treats as an escape: \"{Shorten(text)}\"";
            if (value is IEnumerable list and not string && list.Cast<object?>().Any(i => i is string s && (s.Contains(ArrayDelimiter) || s.Contains('\\'))))
                return "a list value holds the array delimiter (U+001F) or a backslash";
        }
        return null;
    }

    public static ImportCsv Write(GraphPlan plan, string folder)
    {
        var csv = new ImportCsv();
        csv.arguments.AddRange([
            "--id-type", "STRING", "--input-encoding", "UTF-8", "--multiline-fields", "true",
            "--array-delimiter", ArrayDelimiter.ToString(), "--ignore-empty-strings", "false",
            // A relationship whose endpoint is missing, or a duplicate id, fails the import instead of being skipped.
            "--skip-bad-relationships", "false", "--skip-duplicate-nodes", "false", "--bad-tolerance", "0"]);

        foreach (var set in plan.Nodes)
        {
            var rows = set.Rows.Select(r => (Fixed: new[] { r.Id }, r.Properties));
            csv.WriteFile(folder, "--nodes:" + set.Label, $"nodes-{set.Label}.csv", set.Label, false, ["id:ID"], rows, set.Rows.Count,
                exclude: Properties.Id);
        }
        foreach (var set in plan.KeyedRelationships)
        {
            var rows = set.Rows.Select(r => (Fixed: new[] { r.From, r.To }, r.Properties));
            csv.WriteFile(folder, "--relationships:" + set.Type, $"relationships-{set.Type}.csv", set.Type, true, [":START_ID", ":END_ID"], rows, set.Rows.Count);
        }
        foreach (var set in plan.Links)
        {
            var rows = set.Rows.SelectMany(r => r.Targets.Select(t => (Fixed: new[] { r.From, t }, Properties: NoProperties)));
            csv.WriteFile(folder, "--relationships:" + set.Type, $"relationships-{set.Type}.csv", set.Type, true, [":START_ID", ":END_ID"], rows,
                set.Rows.Sum(r => (long)r.Targets.Count));
        }
        var evidence = plan.Evidence.SelectMany(s => s.Rows).SelectMany(r => r.Evidence.Select(e =>
            (Fixed: new[] { r.Id, e.Source }, Properties: (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { [Properties.Quote] = e.Quote })));
        csv.WriteFile(folder, "--relationships:" + RelationshipTypes.AttestedBy, $"relationships-{RelationshipTypes.AttestedBy}.csv", RelationshipTypes.AttestedBy, true,
            [":START_ID", ":END_ID"], evidence, plan.Evidence.Sum(s => s.Rows.Sum(r => (long)r.Evidence.Count)));
        return csv;
    }

    private static readonly IReadOnlyDictionary<string, object?> NoProperties = new Dictionary<string, object?>();

    private void WriteFile(string folder, string option, string file, string kind, bool isRelationship, string[] fixedColumns,
        IEnumerable<(string[] Fixed, IReadOnlyDictionary<string, object?> Properties)> rows, long count, string? exclude = null)
    {
        Elements[kind] = Elements.GetValueOrDefault(kind) + count;
        if (count == 0) return;
        // Columns: every property any element has, typed by its values (the entity classes fix one type per property).
        var columns = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, properties) in rows) // rows are a query over the plan: read twice, held never
            foreach (var (name, value) in properties)
            {
                if (name == exclude || value is null) continue;
                var type = value switch
                {
                    string => "string",
                    long or int => "long",
                    IEnumerable => "string[]",
                    _ => throw new InvalidOperationException($"{kind}.{name}: a {value.GetType().Name} has no neo4j-import column type here."),
                };
                if (columns.TryGetValue(name, out var known) && known != type)
                    throw new InvalidOperationException($"{kind}.{name} holds both {known} and {type} values.");
                columns[name] = type;
                if (value is ICollection { Count: 0 }) EmptyLists.Add((kind, name, isRelationship));
            }

        var path = Path.Combine(folder, file);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write(string.Join(",", fixedColumns.Concat(columns.Select(c => $"{c.Key}:{c.Value}"))));
            writer.Write('\n');
            foreach (var (fixedValues, properties) in rows)
            {
                for (var i = 0; i < fixedValues.Length; i++)
                {
                    if (i > 0) writer.Write(',');
                    Quoted(writer, fixedValues[i]);
                }
                foreach (var name in columns.Keys)
                {
                    writer.Write(',');
                    switch (properties.GetValueOrDefault(name))
                    {
                        case null: break;
                        case string text: Quoted(writer, text); break;
                        case long or int: writer.Write(Convert.ToString(properties[name], CultureInfo.InvariantCulture)); break;
                        case IEnumerable list: // an empty list stays empty: absent, set after the import
                            var items = list.Cast<object?>().Select(i => (string)i!).ToList();
                            if (items.Count > 0) Quoted(writer, string.Join(ArrayDelimiter, items));
                            break;
                    }
                }
                writer.Write('\n');
            }
        }
        arguments.Add(option);
        arguments.Add(path);
    }

    private static void Quoted(TextWriter writer, string text)
    {
        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
