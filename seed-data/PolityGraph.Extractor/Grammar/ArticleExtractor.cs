using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Grammar;

/// <summary>
/// Everything the grammar reads from one article: posts held, documents named, the event reported, and who
/// chaired, led, spoke, presented, attended or was a member (of the people holding a post in the article).
/// </summary>
public sealed record ArticleFacts(IReadOnlyList<ExtractedFact> Posts, IReadOnlyList<DocumentMention> Documents, EventMention? Event)
{
    public IReadOnlyList<ParticipationMention> Participations { get; init; } = [];
}

public static class ArticleExtractor
{
    public static ArticleFacts Extract(string text, string? title = null, DateOnly? published = null)
    {
        var tokens = Tokenizer.Tokenize(text);
        var places = new PlaceContext(tokens, text, title);
        var mentions = MentionReader.Read(tokens);
        var posts = new List<ExtractedFact>();
        var seen = new Dictionary<(string, string), List<(string? Level, int Fact)>>(); // (person, post key) → the levels written for it, each's fact
        foreach (var mention in mentions)
        {
            // A name is a name, not a quote: its syllables joined by one space whatever the text put between them.
            var person = string.Join(' ', Enumerable.Range(mention.NameStart, mention.NameEnd - mention.NameStart).Select(i => tokens[i].Text));
            var written = OneLine(Span(text, tokens, mention.PostStart, mention.PostEnd));
            var named = PlaceContext.NamedIn(tokens, text, mention.PostStart, mention.PostEnd);
            string? place = named;
            var fromContext = false;
            // "Trưởng Đoàn đại biểu Quốc hội khóa XIII tỉnh Cao Bằng": the legislature's number is written, not recorded.
            var post = TitleParser.WithoutLegislature(text, tokens, mention.PostStart, mention.PostEnd);
            // "3 thứ trưởng" of "Bộ Tài chính còn có 3 thứ trưởng gồm: ...": the post with the body the sentence names elsewhere.
            var inferred = mention.InferredBody is null ? null : Tokenizer.Tokenize(post + " " + mention.InferredBody);
            if (inferred is not null)
            {
                post = post + " " + mention.InferredBody;
                named ??= PlaceContext.NamedIn(inferred, post, 0, inferred.Count);
            }
            if (inferred is not null && named is null && PlaceContext.NeedsPlace(inferred, 0, inferred.Count))
            {
                place = places.For(mention.QuoteStart, mentions.Where(m => m.NameStart == mention.NameStart && m != mention)
                    .Select(m => PlaceContext.NamedIn(tokens, text, m.PostStart, m.PostEnd)).OfType<string>());
                if (place is not null)
                {
                    post = post + " " + place;
                    fromContext = true;
                }
            }
            else if (inferred is not null)
                place = named;
            else if (named is null && PlaceContext.NeedsPlace(tokens, mention.PostStart, mention.PostEnd))
            {
                var others = mentions.Where(m => m.NameStart == mention.NameStart && m != mention).ToList();
                var city = PlaceContext.NeedsCity(tokens, mention.PostStart, mention.PostEnd)
                    ? others.Select(m => PlaceContext.CityNamedIn(tokens, text, m.PostStart, m.PostEnd)).OfType<string>().FirstOrDefault() : null;
                var stack = (city is null ? [] : new[] { city }).Concat(others.Select(m => PlaceContext.NamedIn(tokens, text, m.PostStart, m.PostEnd)).OfType<string>());
                place = PlaceContext.NeedsDistrict(tokens, mention.PostStart, mention.PostEnd)
                    ? places.DistrictFor(mention.QuoteStart, others.SelectMany(m => Enumerable.Range(m.PostStart, m.PostEnd - m.PostStart - 1)
                        .Select(i => PlaceContext.DistrictAt(tokens, text, i))).OfType<string>())
                    : places.For(mention.QuoteStart, stack, PlaceContext.IsProvincial(tokens, mention.PostStart, mention.PostEnd));
                if (place is not null)
                {
                    post = post + " " + place;
                    fromContext = true;
                }
            }
            else if (named is null && BodyContext.FullName(tokens, text, mention.BodyStart, mention.PostEnd) is { } full)
                post = Span(text, tokens, mention.PostStart, mention.BodyStart) + " " + full;
            post = OneLine(post);
            // "quyền Chủ tịch UBND huyện giữ chức Chủ tịch UBND huyện": the acting post and the post taken are two tenures.
            var body = Bodies.Of(post);
            if (body is not null && Bodies.IsPrivateBusiness(body)) continue;
            var acting = mention.Status == PostStatus.Acting ? "quyen " : "";
            // One post written twice is one fact; but "UBND tỉnh Nam Định" and "UBND thành phố Nam Định" share a key and are
            // two bodies, told apart by the level each writes (PostKeys.Level).
            var key = (GraphModel.SearchFolding.Fold(person), acting + PostKeys.ForMatching(post));
            var level = PostKeys.Level(post);
            if (!seen.TryGetValue(key, out var levels)) seen[key] = levels = [];
            // A re-election for the next committee ("Chủ tịch UBND tỉnh khóa XV ... tái đắc cử Chủ tịch UBND tỉnh khóa XVI") is the post
            // the event gives again: one fact, the tenure the election starts, not a second one for the tenure ending.
            else if (levels.FindIndex(l => (l.Level is null || level is null || l.Level == level) &&
                                           (!OtherCommittee(posts[l.Fact].Title, written) || ReElected(posts[l.Fact], mention.Status))) is >= 0 and var twice)
            {
                // "Thiếu tướng A Giám đốc Công an tỉnh X giữ chức vụ Giám đốc Công an tỉnh X mới": the post written as held, then as
                // taken up in the article's event, is the tenure the event starts, told as the event writes it ("Chủ tịch Ủy ban
                // X khóa VIII tiếp tục được cử giữ chức Chủ tịch Ủy ban X khóa IX": the ninth committee's chair), its quote the
                // sentence that starts it.
                if (mention.Status == PostStatus.New && posts[levels[twice].Fact] is { Status: PostStatus.Current or PostStatus.Former } held &&
                    (held.Status == PostStatus.Current || OtherCommittee(held.Title, written)))
                    posts[levels[twice].Fact] = held with
                    {
                        Title = written, Post = post, Body = body, Place = place, PlaceFromContext = fromContext, Status = PostStatus.New,
                        Quote = Span(text, tokens, mention.QuoteStart, mention.QuoteEnd), Term = mention.Term ?? held.Term,
                    };
                continue;
            }
            levels.Add((level, posts.Count));
            posts.Add(new ExtractedFact(person, written, post, body, place, fromContext, mention.Status,
                Span(text, tokens, mention.QuoteStart, mention.QuoteEnd), mention.Term));
        }
        posts = DropShortForms(posts);
        var holders = posts.Select(p => p.Person).ToHashSet(StringComparer.Ordinal);
        var reported = EventReader.Read(text, tokens, published);
        if (reported is not null) reported = reported with { Hosts = HostReader.Read(text, tokens, reported.Sentence, places) };
        return new ArticleFacts(posts, DocumentReader.Read(text), reported)
        {
            Participations = [.. ParticipationReader.Read(text, tokens, mentions).Where(p => holders.Contains(p.Person))],
        };
    }

    /// <summary>
    /// "Ủy viên Ban Chấp hành khóa XII ... Ủy viên Ban Chấp hành khóa XIII": one post of two committees' numbers is two tenures,
    /// unless the later one is taken up in the article's event (<see cref="ReElected"/>).
    /// </summary>
    private static bool OtherCommittee(string heldTitle, string written) =>
        CommitteeNumber(heldTitle) is { } held && CommitteeNumber(written) is { } now && held != now;

    /// <summary>A post held (or left) written first, then taken up again for another committee in the event: a re-election.</summary>
    private static bool ReElected(ExtractedFact held, PostStatus now) =>
        now == PostStatus.New && held.Status is PostStatus.Current or PostStatus.Former;

    private static string? CommitteeNumber(string title) =>
        System.Text.RegularExpressions.Regex.Match(GraphModel.SearchFolding.Fold(title), @"\bkhoa ([ivxlc]+|\d+)\b") is { Success: true } number
            ? number.Groups[1].Value : null;

    /// <summary>
    /// One post written twice for one person, once whole and once shortened ("Thủ tướng Chính phủ Phạm Minh Chính ...
    /// Thủ tướng Phạm Minh Chính"): the short form is the same post, so only the whole one is kept. A form is short
    /// when its words are the first words of the other's.
    /// </summary>
    private static List<ExtractedFact> DropShortForms(List<ExtractedFact> posts)
    {
        static string[] Words(ExtractedFact fact) => PostKeys.ForMatching(fact.Post).Split(' ');
        return [.. posts.Where((fact, at) => !posts.Where((other, otherAt) =>
            other != fact &&
            // "A, Phó Bí thư Đảng ủy, Chủ tịch UBND phường X được điều động giữ chức Phó Bí thư Đảng ủy phường Y": the post held,
            // written short before the post the event gives, is a tenure of its own, not a short form of the new one.
            // A post left ("nguyên Bí thư Đảng ủy, Chủ tịch HĐND phường X, làm Bí thư Đảng ủy phường Y") stays the short form.
            !(fact.Status == PostStatus.Current && other.Status == PostStatus.New && at < otherAt) &&
            GraphModel.SearchFolding.Fold(other.Person) == GraphModel.SearchFolding.Fold(fact.Person) &&
            Words(other) is var longer && Words(fact) is var shorter &&
            // "tỉnh ủy viên" is no short form of "ủy viên Ban cán sự đảng": its key lost its first word ("tỉnh"), not its end.
            // "UVTV" is the short form of "UVTV Huyện ủy" though its key spells the abbreviation out ("uy vien thuong vu").
            GraphModel.SearchFolding.Fold(fact.Post).Split(' ')[0] is var first &&
            (first == shorter[0] || PostKeys.ForMatching(first).Split(' ')[0] == shorter[0]) &&
            longer.Length > shorter.Length && longer.Take(shorter.Length).SequenceEqual(shorter)).Any())];
    }

    /// <summary>
    /// A post cut from a hard-wrapped text ("Thứ trưởng Bộ Tài\nchính"): the line break, with the spaces around it, is one
    /// space, as the post is written; the quote keeps the text verbatim.
    /// </summary>
    private static string OneLine(string written) =>
        written.Contains('\n') ? System.Text.RegularExpressions.Regex.Replace(written, @"[ \t\r]*\n[ \t\r]*", " ") : written;

    /// <summary>The original text of tokens [start, end): a verbatim substring, whatever lies between them.</summary>
    internal static string Span(string text, IReadOnlyList<Token> tokens, int start, int end) =>
        text[tokens[start].Start..tokens[end - 1].End];
}
