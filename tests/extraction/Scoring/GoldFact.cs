namespace PolityGraph.Extraction.Scoring;

/// <summary>One (person, post) a gold set says an article states; optional ones are neither rewarded nor punished.</summary>
public sealed record GoldFact(string Person, string Title, string? Place, bool Optional);

/// <summary>An article with its gold facts, from the dev passages or a seed source.</summary>
public sealed record GoldArticle(string Id, string Text, DateOnly? Published, string? Title, IReadOnlyList<GoldFact> Facts);
