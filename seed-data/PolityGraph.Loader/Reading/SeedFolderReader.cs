using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolityGraph.Loader.Reading;

/// <summary>
/// Reads every <c>*.yaml</c> file directly in a seed folder (seed-data/README.md) into a <see cref="SeedSet"/>,
/// reporting syntax and structure problems with their line. Reading goes on past problems; the caller
/// decides from the diagnostics whether anything may be written.
/// </summary>
public static class SeedFolderReader
{
    /// <summary>The sections a seed file may hold, in the order the format describes them.</summary>
    private static readonly IReadOnlyDictionary<string, Action<RecordReader, SeedSet>> Sections =
        new Dictionary<string, Action<RecordReader, SeedSet>>(StringComparer.Ordinal)
        {
            ["sources"] = (r, set) => Add(set.Sources, SourceRecord.Read(r)),
            ["people"] = (r, set) => Add(set.People, PersonRecord.Read(r)),
            ["bodies"] = (r, set) => Add(set.Bodies, BodyRecord.Read(r)),
            ["positions"] = (r, set) => Add(set.Positions, PositionRecord.Read(r)),
            ["tenures"] = (r, set) => Add(set.Tenures, TenureRecord.Read(r)),
            ["resolutions"] = (r, set) => Add(set.Resolutions, ResolutionRecord.Read(r)),
            ["events"] = (r, set) => Add(set.Events, EventRecord.Read(r)),
            ["participations"] = (r, set) => Add(set.Participations, ParticipationRecord.Read(r)),
        };

    public static IReadOnlyList<string> SectionNames => [.. Sections.Keys];

    /// <summary>The seed files of a folder, relative paths with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> SeedFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.yaml", SearchOption.TopDirectoryOnly)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static SeedSet Read(string folder, DiagnosticBag diagnostics)
    {
        var set = new SeedSet();
        foreach (var file in SeedFiles(folder))
            ReadFile(folder, file, set, diagnostics);
        return set;
    }

    public static void ReadFile(string folder, string file, SeedSet set, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            using var text = File.OpenText(Path.Combine(folder, file));
            stream.Load(text);
        }
        catch (YamlException e)
        {
            // A syntax error leaves the file unusable: report it and read no record from it.
            diagnostics.Add(new Origin(file, checked((int)e.Start.Line)), $"YAML syntax error: {SyntaxMessage(e)}");
            return;
        }

        foreach (var document in stream.Documents)
        {
            if (document.RootNode is YamlScalarNode scalar && RecordReader.IsNull(scalar)) continue;
            if (document.RootNode is not YamlMappingNode root)
            {
                diagnostics.Add(OriginOf(file, document.RootNode),
                    $"a seed file is a mapping of sections ({string.Join(", ", Sections.Keys)}), found {RecordReader.Describe(document.RootNode)}");
                continue;
            }
            foreach (var (key, value) in root.Children)
                ReadSection(file, key, value, set, diagnostics);
        }
    }

    private static void ReadSection(string file, YamlNode key, YamlNode value, SeedSet set, DiagnosticBag diagnostics)
    {
        var name = (key as YamlScalarNode)?.Value ?? key.ToString();
        if (!Sections.TryGetValue(name, out var readRecord))
        {
            diagnostics.Add(OriginOf(file, key), $"unknown section '{name}': expected one of {string.Join(", ", Sections.Keys)}");
            return;
        }
        if (value is YamlScalarNode empty && RecordReader.IsNull(empty)) return;
        if (value is not YamlSequenceNode records)
        {
            diagnostics.Add(OriginOf(file, value), $"{name}: expected a list of records, found {RecordReader.Describe(value)}");
            return;
        }
        for (var i = 0; i < records.Children.Count; i++)
        {
            if (records.Children[i] is not YamlMappingNode record)
            {
                diagnostics.Add(OriginOf(file, records.Children[i]), $"{name}[{i}]: expected a record (a mapping of fields), found {RecordReader.Describe(records.Children[i])}");
                continue;
            }
            var reader = new RecordReader(file, name, i, record, diagnostics);
            readRecord(reader, set);
            if (reader.DeclaredId is { } id) set.DeclaredIds.Add(id);
        }
    }

    private static void Add<T>(List<T> list, T? record) where T : class
    {
        if (record is not null) list.Add(record);
    }

    private static Origin OriginOf(string file, YamlNode node) => new(file, checked((int)node.Start.Line));

    // YamlDotNet prefixes its messages with the position, which our file:line already gives.
    private static string SyntaxMessage(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
