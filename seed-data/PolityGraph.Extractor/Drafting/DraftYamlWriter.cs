using System.Text;
using PolityGraph.GraphModel.Vocabulary;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Extractor.Drafting;

/// <summary>
/// Writes a draft's records as seed YAML, one file per section as in seed-data/, each record under
/// comments saying whether it is new, matched or copied, and why. Strings are double-quoted with
/// YAML escapes, so any quote from any article round-trips exactly.
/// </summary>
public static class DraftYamlWriter
{
    public static IReadOnlyDictionary<string, string> Files(Draft draft)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in DraftBuilder.SeedSections)
        {
            var records = draft.Records.Where(r => r.Section == section).ToList();
            if (records.Count == 0) continue;
            var yaml = new StringBuilder();
            yaml.Append("# Draft written by make extract: review every record (NEW, MATCHED, COPIED and REVIEW notes below),\n");
            yaml.Append("# then move what holds into the seed folder. Format: seed-data/README.md.\n\n");
            yaml.Append(section).Append(":\n");
            foreach (var reviewed in records)
            {
                foreach (var reason in reviewed.Reasons) yaml.Append("  # ").Append(OneLine(reason)).Append('\n');
                Write(yaml, reviewed.Record);
                yaml.Append('\n');
            }
            files[section + ".yaml"] = yaml.ToString();
        }
        return files;
    }

    private static void Write(StringBuilder yaml, object record)
    {
        List<(string Name, string Value)> fields = record switch
        {
            SourceRecord s => [("id", S(s.Id)), ("file", S(s.File.Value)), ("title", S(s.Title)), ("publisher", S(s.Publisher)), ("publishedOn", D(s.PublishedOn)), ("note", S(s.Note))],
            PersonRecord p => [("id", S(p.Id)), ("name", S(p.Name)), ("aliases", L(p.Aliases))],
            BodyRecord b => [("id", S(b.Id)), ("name", S(b.Name)), ("nameEn", S(b.NameEn)), ("abbreviation", S(b.Abbreviation)), ("kind", b.Kind.ToString()), ("parent", S(b.Parent?.Value)), ("aliases", L(b.Aliases))],
            PositionRecord p => [("id", S(p.Id)), ("title", S(p.Title)), ("titleEn", S(p.TitleEn)), ("body", S(p.Body?.Value))],
            TenureRecord t => [("id", S(t.Id)), ("person", S(t.Person.Value)), ("position", S(t.Position.Value)), ("from", D(t.From?.Value)), ("to", D(t.To?.Value)), ("attestedOn", Dates(t.AttestedOn))],
            ResolutionRecord r => [("id", S(r.Id)), ("code", S(r.Code)), ("kind", r.Kind.ToString()), ("title", S(r.Title)), ("issuedOn", D(r.IssuedOn)), ("issuedBy", S(r.IssuedBy?.Value)), ("term", S(r.Term)), ("plenum", r.Plenum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"), ("aliases", L(r.Aliases))],
            EventRecord e => [("id", S(e.Id)), ("title", S(e.Title)), ("kind", e.Kind.ToString()), ("date", D(e.Date)), ("location", S(e.Location)), ("hosts", L(e.Hosts.Select(h => h.Value))), ("resolutions", L(e.Resolutions.Select(r => r.Value)))],
            ParticipationRecord p => [("id", S(p.Id)), ("person", S(p.Person.Value)), ("event", S(p.Event.Value)), ("role", p.Role.ToString()), ("about", L(p.About.Select(a => a.Value)))],
            _ => [],
        };
        if (record is FactRecord fact)
        {
            if (fact.Certainty == Certainty.Inferred) fields.Add(("certainty", "inferred"));
            if (fact.Note is not null) fields.Add(("note", S(fact.Note)));
        }
        var first = true;
        foreach (var (name, value) in fields)
        {
            yaml.Append(first ? "  - " : "    ").Append(name).Append(": ").Append(value).Append('\n');
            first = false;
        }
        if (record is FactRecord withEvidence)
        {
            yaml.Append("    evidence:\n");
            foreach (var evidence in withEvidence.Evidence)
                yaml.Append("      - source: ").Append(S(evidence.Source.Value)).Append('\n')
                    .Append("        quote: ").Append(S(evidence.Quote.Value)).Append('\n');
        }
    }

    /// <summary>A double-quoted YAML scalar (or null): backslash, quote, line breaks and control characters escaped.</summary>
    public static string S(string? value)
    {
        if (value is null) return "null";
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u00A0' => "\\u00A0", // a no-break space stays exact, and visible to the reviewer
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    private static string D(string? date) => date ?? "null";

    private static string L(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(S)) + "]";

    private static string Dates(IEnumerable<Located> dates) => "[" + string.Join(", ", dates.Select(d => d.Value)) + "]";

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
