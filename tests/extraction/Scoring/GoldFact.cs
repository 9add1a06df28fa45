using System.Text.Json;

namespace PolityGraph.Extraction.Scoring;

/// <summary>One (person, post) a gold set says an article states; optional ones are neither rewarded nor punished.</summary>
public sealed record GoldFact(string Person, string Title, string? Place, bool Optional)
{
    /// <summary>The facts of a gold line (dev passages or unseen news: the same fields).</summary>
    public static List<GoldFact> ListFrom(JsonElement line) =>
        line.GetProperty("facts").EnumerateArray().Select(f => new GoldFact(
            f.GetProperty("person").GetString()!,
            f.GetProperty("title").GetString()!,
            f.TryGetProperty("place", out var place) && place.ValueKind == JsonValueKind.String ? place.GetString() : null,
            f.TryGetProperty("optional", out var optional) && optional.ValueKind == JsonValueKind.True)).ToList();

    /// <summary>A gold line's publication date, if it has one.</summary>
    public static DateOnly? DateFrom(JsonElement line) =>
        line.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? DateOnly.Parse(d.GetString()!) : null;
}

/// <summary>An article with its gold facts, from the dev passages or a seed source.</summary>
public sealed record GoldArticle(string Id, string Text, DateOnly? Published, string? Title, IReadOnlyList<GoldFact> Facts);
