using CsCheck;
using PolityGraph.Extractor.Drafting;
using PolityGraph.Extractor.Grammar;
using PolityGraph.Extractor.Matching;
using PolityGraph.Loader.Validation;
using PolityGraph.Testing;

namespace PolityGraph.Extractor.Tests.Drafting;

/// <summary>
/// Every quote is a verbatim substring of the text, whatever the text: checked over random texts made
/// of the grammar's pieces (names, posts, lists, status words, punctuation, no-break spaces), over the
/// dev passages and the seed articles; and every draft from a random text passes the loader's validation.
/// </summary>
public sealed class VerbatimQuoteProperties
{
    private static readonly string[] Pieces =
    [
        "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hải", "Hà Minh Tú", "Đoàn Quốc Việt", "Y Khoa", "Phạm", "Văn",
        "Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch UBND tỉnh", "Ủy viên Bộ Chính trị", "Tổng Bí thư",
        "Trưởng Ban Tổ chức Trung ương", "Phó trưởng Đoàn ĐBQH tỉnh", "UVT.Ư Đảng", "Chủ tịch nước", "Giám đốc Sở Y tế",
        "Hà Nội", "Đồng Tháp", "TPHCM", "tỉnh Nghệ An", "Thành ủy", "Tỉnh ủy",
        "đồng chí ", "Đồng chí ", "các đồng chí: ", "nguyên ", "Quyền ", "được bầu giữ chức ", "thôi giữ chức ", "làm ",
        "nhiệm kỳ 2025-2030", "nhiệm kỳ 2020 - 2025", "Nghị quyết số 15-NQ/TW", "Sáng 4/8, ", "tại Hà Nội",
        ", ", "; ", ": ", " ", ". ", "\n", " và ", "\u00A0", "...", " – ", "(", ")", "\"", " phát biểu", " dự", " chủ trì",
        "Ông ", "Bà ", "Chủ trì hội nghị có ", " đã trình bày", " làm việc với Ban Thường vụ Tỉnh ủy", "Hội nghị Ban Chấp hành Đảng bộ tỉnh ",
        " tổ chức hội nghị", "Trịnh Minh Đăng",
        // Text from outside the grammar: emoji (surrogate pairs), other scripts, a zero-width space, a combining accent, a tab,
        // an honorary title before a name.
        "🎉", " 👍 ", "中国", "\u200B", "e\u0301", "\t", "NSND ", "PGS.TS ",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(Pieces).Array[1, 40].Select(parts => string.Concat(parts));

    /// <summary>Random texts that open with a post and a name, so that most drafts hold facts.</summary>
    private static readonly Gen<string> TextsWithFacts = Gen.Select(
        Gen.OneOf("Bí thư Tỉnh ủy Nghệ An", "Ủy viên Bộ Chính trị, Chủ tịch UBND tỉnh", "Phó Bí thư Thành ủy"),
        Gen.OneOf("Nguyễn Văn An", "Lục Thị Hoa", "Trần Quốc Bảo"),
        Texts,
        (post, name, rest) => $"{post} {name} {rest}");

    [Fact]
    public void Every_quote_is_a_substring_of_the_text_and_states_its_fact()
    {
        Texts.Sample(text =>
        {
            var facts = ArticleExtractor.Extract(text, published: new DateOnly(2024, 8, 5));
            foreach (var fact in facts.Posts)
            {
                Assert.Contains(fact.Quote, text);
                // The quote states the post (a post a hard-wrapped text breaks across lines is written on one line).
                Assert.Contains(VerbatimQuotesRule.CollapseWhitespace(fact.Title), VerbatimQuotesRule.CollapseWhitespace(fact.Quote));
                // The quote names the person (the name's syllables may be apart by any whitespace in the text).
                Assert.Contains(fact.Person, VerbatimQuotesRule.CollapseWhitespace(fact.Quote));
                Assert.InRange(fact.Person.Split(' ').Length, 2, 4);
            }
            foreach (var document in facts.Documents) Assert.Contains(document.Quote, text);
            if (facts.Event is { } reported)
            {
                Assert.Contains(reported.Quote, text);
                foreach (var host in reported.Hosts) Assert.Contains(host.Quote, text);
            }
            foreach (var participation in facts.Participations)
                foreach (var quote in participation.Quotes) Assert.Contains(quote, text);
        }, iter: 3000);
    }

    [Fact]
    public void Every_draft_from_any_text_passes_the_loaders_validation()
    {
        var root = Directory.CreateTempSubdirectory("politygraph-extract-property-").FullName;
        try
        {
            var n = 0;
            TextsWithFacts.Sample(text =>
            {
                var folder = Path.Combine(root, $"draft-{n++}");
                var facts = ArticleExtractor.Extract(text, published: new DateOnly(2024, 8, 5));
                var draft = new DraftBuilder(KnownGraph.Empty).Build(new ArticleSource(text, "article.txt", null, new DateOnly(2024, 8, 5)), facts);
                DraftFolder.WriteTo(draft, folder);
                var (_, problems) = SeedValidator.ReadAndValidate(folder);
                Assert.True(problems.Count == 0, $"{string.Join("\n", problems)}\nfor text: {text}");
            }, iter: 150);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    public static TheoryData<string> GoldTexts()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(RepositoryRoot.Combine("tests", "extraction", "dev.jsonl")).Where(l => l.Length > 0))
            data.Add(System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("seed-data", "sources"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(File.ReadAllText(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldTexts))]
    public void Every_quote_from_a_real_article_is_verbatim(string text)
    {
        var facts = ArticleExtractor.Extract(text);
        Assert.NotEmpty(facts.Posts);
        foreach (var fact in facts.Posts) Assert.Contains(fact.Quote, text);
        foreach (var document in facts.Documents) Assert.Contains(document.Quote, text);
        foreach (var quote in facts.Participations.SelectMany(p => p.Quotes)) Assert.Contains(quote, text);
        foreach (var host in facts.Event?.Hosts ?? []) Assert.Contains(host.Quote, text);
    }
}
