namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// One (person, post) the article states. <see cref="Title"/> is the post exactly as written;
/// <see cref="Post"/> is the same post with the place the text left to context ("Bí thư Tỉnh ủy" →
/// "Bí thư Tỉnh ủy Nghệ An"), the name to match and to record. <see cref="Quote"/> is cut from the text.
/// </summary>
public sealed record ExtractedFact(
    string Person,
    string Title,
    string Post,
    string? Body,
    string? Place,
    bool PlaceFromContext,
    PostStatus Status,
    string Quote,
    string? Term);
