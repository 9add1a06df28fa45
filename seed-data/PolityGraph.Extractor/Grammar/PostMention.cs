namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// One post a person is said to hold: token spans of the name and the post (status word excluded),
/// the status, and the token span the quote covers (name and post, and what lies between).
/// </summary>
public sealed record PostMention(
    int NameStart, int NameEnd, int PostStart, int PostEnd, PostStatus Status, int QuoteStart, int QuoteEnd, string? Term)
{
    /// <summary>Where the post's head ends and its body ("Tỉnh ủy Nghệ An", "Ban Chỉ đạo") begins.</summary>
    public int BodyStart { get; init; } = PostEnd;

    /// <summary>The body of a head written bare, named elsewhere in the sentence (<see cref="Title.InferredBody"/>).</summary>
    public string? InferredBody { get; init; }
}
