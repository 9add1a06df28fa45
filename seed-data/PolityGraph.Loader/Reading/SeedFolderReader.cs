using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

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
        var strings = new StringPool();
        foreach (var file in SeedFiles(folder))
            ReadFile(folder, file, set, diagnostics, strings);
        return set;
    }

    /// <summary>
    /// Reads one file record by record: the parser streams through it and only one record at a time is
    /// a YAML node tree (a whole file's tree was most of the loader's memory on large folders). The
    /// file's records and problems are kept aside until its end, so that a syntax error anywhere still
    /// reports only itself and reads no record from the file.
    /// </summary>
    public static void ReadFile(string folder, string file, SeedSet set, DiagnosticBag diagnostics, StringPool? strings = null)
    {
        var records = new SeedSet();
        var problems = new DiagnosticBag();
        try
        {
            using var text = File.OpenText(Path.Combine(folder, file));
            var parser = new Parser(text);
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                ReadDocument(parser, file, records, problems, strings);
                parser.Consume<DocumentEnd>();
            }
            parser.Consume<StreamEnd>();
        }
        catch (YamlException e)
        {
            // A syntax error leaves the file unusable: report it and read no record from it.
            diagnostics.Add(new Origin(file, checked((int)e.Start.Line)), $"YAML syntax error: {SyntaxMessage(e)}");
            return;
        }
        set.AddFrom(records);
        diagnostics.AddFrom(problems);
    }

    private static void ReadDocument(IParser parser, string file, SeedSet set, DiagnosticBag diagnostics, StringPool? strings)
    {
        if (!parser.TryConsume<MappingStart>(out _))
        {
            var root = LoadNode(parser);
            if (root is YamlScalarNode scalar && RecordReader.IsNull(scalar)) return;
            diagnostics.Add(OriginOf(file, root),
                $"a seed file is a mapping of sections ({string.Join(", ", Sections.Keys)}), found {RecordReader.Describe(root)}");
            return;
        }
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = LoadNode(parser);
            var name = (key as YamlScalarNode)?.Value;
            if (name is not null && Sections.TryGetValue(name, out var readRecord) && parser.TryConsume<SequenceStart>(out _))
            {
                for (var i = 0; !parser.TryConsume<SequenceEnd>(out _); i++)
                    ReadRecord(file, name, i, LoadNode(parser), readRecord, set, diagnostics, strings);
                continue;
            }
            ReadSection(file, key, LoadNode(parser), set, diagnostics, strings);
        }
    }

    /// <summary>One node and everything under it, as a tree with its marks (for line numbers).</summary>
    private static YamlNode LoadNode(IParser parser)
    {
        YamlNode node = parser.Current switch
        {
            MappingStart => new YamlMappingNode(),
            SequenceStart => new YamlSequenceNode(),
            _ => new YamlScalarNode(),
        };
        ((IYamlConvertible)node).Read(parser, typeof(YamlNode), null!);
        return node;
    }

    private static void ReadSection(string file, YamlNode key, YamlNode value, SeedSet set, DiagnosticBag diagnostics, StringPool? strings)
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
            ReadRecord(file, name, i, records.Children[i], readRecord, set, diagnostics, strings);
    }

    private static void ReadRecord(string file, string section, int index, YamlNode node, Action<RecordReader, SeedSet> readRecord,
        SeedSet set, DiagnosticBag diagnostics, StringPool? strings)
    {
        if (node is not YamlMappingNode record)
        {
            diagnostics.Add(OriginOf(file, node), $"{section}[{index}]: expected a record (a mapping of fields), found {RecordReader.Describe(node)}");
            return;
        }
        var reader = new RecordReader(file, section, index, record, diagnostics, strings);
        readRecord(reader, set);
        if (reader.DeclaredId is { } id) set.DeclaredIds.Add(id);
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
