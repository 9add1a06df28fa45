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
public sealed record Title(int Start, int HeadStart, int HeadEnd, int End, PostStatus? Marked);
