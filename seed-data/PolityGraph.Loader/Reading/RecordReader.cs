using System.Globalization;
using System.Text.RegularExpressions;
using PolityGraph.GraphModel;
using PolityGraph.GraphModel.Vocabulary;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;
using YamlDotNet.RepresentationModel;

namespace PolityGraph.Loader.Reading;

/// <summary>
/// Reads the fields of one record (a YAML mapping), checking each field's presence and type as it goes.
/// Problems are reported, not thrown, as <c>record-id: field: problem</c> at the line of the offending
/// node, and reading carries on so that one run lists every problem. <see cref="Finish"/> reports the
/// fields nobody asked for: a misspelt field is an error, not silently ignored data.
/// </summary>
public sealed partial class RecordReader
{
    private readonly YamlMappingNode record;
    private readonly string file;
    private readonly DiagnosticBag diagnostics;
    private readonly HashSet<string> consumed = new(StringComparer.Ordinal);
    /// <summary>For a nested mapping such as one evidence item: <c>evidence[0].</c>, so errors name the full field.</summary>
    private string fieldPrefix = "";

    private readonly StringPool? strings;

    public RecordReader(string file, string section, int index, YamlMappingNode record, DiagnosticBag diagnostics, StringPool? strings = null)
    {
        this.strings = strings;
        this.record = record;
        this.file = file;
        this.diagnostics = diagnostics;
        Subject = $"{section}[{index}]";
        Origin = OriginOf(record);
    }

    /// <summary>The record's id once read (its position in the section until then): the name errors use.</summary>
    public string Subject { get; private set; }

    public Origin Origin { get; }

    /// <summary>The well-formed id, even when other fields are broken: references to it are then not reported as unknown.</summary>
    public Located? DeclaredId { get; private set; }

    /// <summary>Reads <c>id</c>, which must be <c>prefix:slug</c>. Call first, so that later errors name the record.</summary>
    public Located? Id(string prefix)
    {
        var id = String("id", required: true);
        if (id is null) return null;
        if (!EntityIds.IsValid(id.Value, prefix))
        {
            Error(id.Origin, "id", $"'{id.Value}' is not a {prefix} id: expected '{prefix}:' and a lower-case ASCII slug such as '{prefix}:dinh-tien-dung'");
            return null;
        }
        Subject = id.Value;
        DeclaredId = id;
        return id;
    }

    public Located? String(string field, bool required = false)
    {
        var node = Field(field, required);
        if (node is null) return null;
        if (node is not YamlScalarNode scalar)
        {
            Error(OriginOf(node), field, $"expected a string, found {Describe(node)}");
            return null;
        }
        if (IsNull(scalar))
        {
            if (required) Error(OriginOf(node), field, "must not be null");
            return null;
        }
        if (required && string.IsNullOrWhiteSpace(scalar.Value))
        {
            Error(OriginOf(node), field, "must not be empty");
            return null;
        }
        return Value(scalar.Value!, node);
    }

    /// <summary>A list of strings; a missing or null list is empty.</summary>
    public IReadOnlyList<Located> Strings(string field)
    {
        var node = Field(field, required: false);
        if (node is null || node is YamlScalarNode s && IsNull(s)) return [];
        if (node is not YamlSequenceNode sequence)
        {
            Error(OriginOf(node), field, $"expected a list, found {Describe(node)}");
            return [];
        }
        var items = new List<Located>();
        var index = 0;
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode scalar && !IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value))
                items.Add(Value(scalar.Value!, item));
            else
                Error(OriginOf(item), $"{field}[{index}]", $"expected a non-empty string, found {Describe(item)}");
            index++;
        }
        return items.ToArray(); // held until the load ends: no spare capacity
    }

    /// <summary>An ISO calendar date, YYYY-MM-DD, that exists (no 2023-02-30).</summary>
    public Located? Date(string field, bool required = false)
    {
        var text = String(field, required);
        return text is null ? null : CheckDate(text, field);
    }

    public IReadOnlyList<Located> Dates(string field)
    {
        var dates = new List<Located>();
        var index = 0;
        foreach (var text in Strings(field))
        {
            if (CheckDate(text, $"{field}[{index}]") is { } date) dates.Add(date);
            index++;
        }
        return dates.ToArray();
    }

    /// <summary>One of the enum's names, spelt exactly as in the API contract.</summary>
    public TEnum? Enum<TEnum>(string field, bool required = true) where TEnum : struct, Enum
    {
        var text = String(field, required);
        if (text is null) return null;
        if (System.Enum.GetNames<TEnum>().Contains(text.Value, StringComparer.Ordinal))
            return System.Enum.Parse<TEnum>(text.Value);
        Error(text.Origin, field, $"'{text.Value}' is not a {typeof(TEnum).Name}: expected one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
        return null;
    }

    public int? Integer(string field)
    {
        var text = String(field);
        if (text is null) return null;
        if (int.TryParse(text.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return value;
        Error(text.Origin, field, $"expected a whole number, found '{text.Value}'");
        return null;
    }

    /// <summary><c>certainty</c> (stated by default, or inferred) and <c>note</c>; an inference must say how it was made.</summary>
    public (Certainty Certainty, string? Note) CertaintyAndNote()
    {
        var text = String("certainty");
        var note = String("note")?.Value;
        var certainty = Certainty.Stated;
        if (text is not null)
        {
            if (text.Value == "stated") certainty = Certainty.Stated;
            else if (text.Value == "inferred") certainty = Certainty.Inferred;
            else Error(text.Origin, "certainty", $"'{text.Value}' is not a certainty: expected stated or inferred");
        }
        if (certainty == Certainty.Inferred && string.IsNullOrWhiteSpace(note))
            Error(text!.Origin, "note", "an inferred fact needs a note saying how it was inferred");
        return (certainty, note);
    }

    /// <summary><c>evidence</c>: a non-empty list of <c>{source, quote}</c>. Every fact cites at least one source.</summary>
    public IReadOnlyList<EvidenceRecord> Evidence()
    {
        var node = Field("evidence", required: false);
        if (node is null || node is YamlScalarNode s && IsNull(s) || node is YamlSequenceNode { Children.Count: 0 })
        {
            Error(node is null ? Origin : OriginOf(node), "evidence", "every fact needs evidence: at least one {source, quote} from a source");
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Error(OriginOf(node), "evidence", $"expected a list of {{source, quote}}, found {Describe(node)}");
            return [];
        }
        var evidence = new List<EvidenceRecord>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var field = $"evidence[{i}]";
            if (sequence.Children[i] is not YamlMappingNode item)
            {
                Error(OriginOf(sequence.Children[i]), field, $"expected {{source, quote}}, found {Describe(sequence.Children[i])}");
                continue;
            }
            var reader = Nested(item, field + ".");
            var source = reader.String("source", required: true);
            var quote = reader.String("quote", required: true);
            reader.Finish();
            if (source is not null && quote is not null) evidence.Add(new EvidenceRecord(source, quote));
        }
        return evidence.ToArray();
    }

    /// <summary>Reports every field of the record that was not read: unknown fields are errors.</summary>
    public void Finish()
    {
        foreach (var key in record.Children.Keys)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();
            if (!consumed.Contains(name))
                Error(OriginOf(key), name, "unknown field");
        }
    }

    private RecordReader Nested(YamlMappingNode item, string prefix) =>
        new(file, "", 0, item, diagnostics, strings) { Subject = Subject, fieldPrefix = prefix };

    /// <summary>Whether the record writes the field with a value other than null (without reading it).</summary>
    public bool Has(string name) =>
        record.Children.TryGetValue(new YamlScalarNode(name), out var value) && !(value is YamlScalarNode scalar && IsNull(scalar));

    private YamlNode? Field(string name, bool required)
    {
        consumed.Add(name);
        if (record.Children.TryGetValue(new YamlScalarNode(name), out var value)) return value;
        if (required) Error(Origin, name, "required field is missing");
        return null;
    }

    private Located? CheckDate(Located text, string field)
    {
        if (IsoDate().IsMatch(text.Value) &&
            DateOnly.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return text;
        Error(text.Origin, field, $"'{text.Value}' is not a date: expected an existing calendar date written YYYY-MM-DD");
        return null;
    }

    private void Error(Origin at, string field, string problem) => diagnostics.Add(at, $"{Subject}: {fieldPrefix}{field}: {problem}");

    private Origin OriginOf(YamlNode node) => new(file, checked((int)node.Start.Line));

    private Located Value(string text, YamlNode node) => new(strings?.Intern(text) ?? text, file, checked((int)node.Start.Line));

    /// <summary>YAML's null: an empty plain value, ~ or null. A quoted "null" is a string.</summary>
    internal static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any &&
        scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    internal static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode s when IsNull(s) => "null",
        YamlScalarNode s => $"'{s.Value}'",
        _ => node.NodeType.ToString(),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
