using PolityGraph.GraphModel;
using PolityGraph.GraphModel.Vocabulary;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Reading;

namespace PolityGraph.Loader.Records;

public sealed class ResolutionRecord : FactRecord
{
    /// <summary>Official code where the source gives one, e.g. 28-NQ/TW.</summary>
    public string? Code { get; init; }
    public ResolutionKind Kind { get; init; }
    public string? Title { get; init; }
    public string? IssuedOn { get; init; }
    public Located? IssuedBy { get; init; }
    /// <summary>Term (khóa) of the issuing body, e.g. X.</summary>
    public string? Term { get; init; }
    public int? Plenum { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public static ResolutionRecord? Read(RecordReader reader)
    {
        var id = reader.Id(EntityIds.Resolution);
        var code = reader.String("code");
        var kind = reader.Enum<ResolutionKind>("kind");
        var title = reader.String("title");
        var issuedOn = reader.Date("issuedOn");
        var issuedBy = reader.String("issuedBy");
        var term = reader.String("term");
        var plenum = reader.Integer("plenum");
        var aliases = reader.Strings("aliases");
        var (certainty, note, evidence, certaintyGiven) = ReadCommon(reader);
        reader.Finish();
        if (id is null || kind is null) return null;
        return new ResolutionRecord
        {
            Id = id.Value, Origin = reader.Origin, Certainty = certainty, CertaintyGiven = certaintyGiven, Note = note, Evidence = evidence,
            Code = code?.Value, Kind = kind.Value, Title = title?.Value, IssuedOn = issuedOn?.Value, IssuedBy = issuedBy,
            Term = term?.Value, Plenum = plenum, Aliases = [.. aliases.Select(a => a.Value)],
        };
    }
}
