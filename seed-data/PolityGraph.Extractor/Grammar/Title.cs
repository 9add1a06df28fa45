namespace PolityGraph.Extractor.Grammar;

/// <summary>How the text places a person in a post.</summary>
public enum PostStatus
{
    /// <summary>Holds it at the time of the article.</summary>
    Current,
    /// <summary>"nguyên", "thôi giữ chức", "miễn nhiệm": held it before.</summary>
    Former,
    /// <summary>Elected, appointed or designated in the reported event.</summary>
    New,
    /// <summary>"Quyền": acting.</summary>
    Acting,
}

/// <summary>
/// A post as the text writes it, tokens [Start, End): an optional status word ("nguyên", "Quyền"),
/// the head ("Phó Bí thư") and the body with its place ("Tỉnh ủy Nghệ An").
/// </summary>
public sealed record Title(int Start, int HeadStart, int HeadEnd, int End, PostStatus? Marked)
{
    /// <summary>
    /// The body of a head the text writes bare, when the sentence names it elsewhere: "Bộ Tài chính còn có 3 thứ trưởng" (the
    /// body the sentence is about), "Bí thư kiêm Chủ tịch UBND huyện X" (the district's party committee). Null when the post's
    /// own words name its body, or name none.
    /// </summary>
    public string? InferredBody { get; init; }
}
