using System.Text.Encodings.Web;
using System.Text.Json;
using PolityGraph.Extractor.Grammar;

namespace PolityGraph.Extractor.Drafting;

/// <summary>
/// FORMAT=json: one object per (person, post) fact on a line, as issue 11 specifies:
/// {"person","personId","title","positionId","body","status","quote"}; ids are null where neither the seed folder
/// nor (with --neo4j) the running Neo4j holds a match.
/// </summary>
public static class JsonFactWriter
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, IEnumerable<ProposedFact> facts)
    {
        foreach (var proposed in facts)
        {
            var fact = proposed.Fact;
            output.WriteLine(JsonSerializer.Serialize(new
            {
                person = fact.Person,
                personId = proposed.PersonVerdict == Verdict.Matched ? proposed.PersonId : proposed.GraphOnlyPersonId,
                title = fact.Title,
                positionId = proposed.PositionVerdict == Verdict.Matched ? proposed.PositionId : proposed.GraphOnlyPositionId,
                body = fact.Body,
                status = fact.Status switch
                {
                    PostStatus.Former => "former",
                    PostStatus.New => "new",
                    PostStatus.Acting => "acting",
                    _ => "current",
                },
                quote = fact.Quote,
            }, Options));
        }
    }
}
