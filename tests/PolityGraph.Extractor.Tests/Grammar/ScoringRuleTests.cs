using PolityGraph.Extraction.Scoring;
using PolityGraph.Extractor.Grammar;

namespace PolityGraph.Extractor.Tests.Grammar;

/// <summary>The scoring rule of tests/extraction/README.md, case by case, so the published figures mean what it says.</summary>
public sealed class ScoringRuleTests
{
    private static ExtractedFact Fact(string person, string title, string? post = null) =>
        new(person, title, post ?? title, null, null, false, PostStatus.Current, $"{title} {person}", null);

    [Theory]
    [InlineData("Phó Bí thư Thành ủy", "TPHCM", "Phó Bí thư Thành ủy TPHCM", true)]
    [InlineData("Phó Bí thư Thành ủy", "TPHCM", "Phó Bí thư Thành ủy", true)]
    [InlineData("Chủ tịch UBND TPHCM", null, "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh", true)]
    [InlineData("Phó Chủ tịch Thường trực HDND tỉnh", null, "Phó Chủ tịch Thường trực HĐND tỉnh", true)]
    [InlineData("Bí thư Tỉnh ủy", null, "nguyên Bí thư Tỉnh ủy", true)]
    [InlineData("Bí thư Tỉnh ủy", null, "Phó Bí thư Tỉnh ủy", false)]
    [InlineData("Ủy viên Trung ương Đảng", null, "Ủy viên Ban Chấp hành Trung ương Đảng", false)]
    // The abbreviations of a ministry or a mass organisation, in either direction.
    [InlineData("Giám đốc Sở TT&TT", null, "Giám đốc Sở Thông tin và Truyền thông", true)]
    [InlineData("Giám đốc Sở Thông tin và Truyền thông", null, "Giám đốc Sở TT&TT", true)]
    [InlineData("Thứ trưởng Bộ Giao thông vận tải", null, "Thứ trưởng Bộ GTVT", true)]
    [InlineData("Thứ trưởng Bộ GTVT", null, "Thứ trưởng Bộ Giao thông vận tải", true)]
    [InlineData("Chủ tịch Hội LHPN tỉnh", "Nghệ An", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Nghệ An", true)]
    [InlineData("Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", null, "Chủ tịch Hội LHPN tỉnh", true)]
    [InlineData("Thứ trưởng Bộ GTVT", null, "Thứ trưởng Bộ Tài chính", false)]
    public void A_post_matches_by_the_stated_rule(string goldTitle, string? place, string extracted, bool matches) =>
        Assert.Equal(matches, Scorer.Matches(new GoldFact("Lê Văn Tư", goldTitle, place, false), Fact("Lê Văn Tư", extracted)));

    [Fact]
    public void The_person_must_match_too_once_case_and_diacritics_are_folded()
    {
        Assert.True(Scorer.Matches(new GoldFact("Lê Văn Tư", "Bí thư Tỉnh ủy", null, false), Fact("LÊ VĂN TƯ", "Bí thư Tỉnh ủy")));
        Assert.False(Scorer.Matches(new GoldFact("Lê Văn Tư", "Bí thư Tỉnh ủy", null, false), Fact("Lê Văn Tám", "Bí thư Tỉnh ủy")));
    }

    [Fact]
    public void Optional_gold_is_neither_counted_nor_missed_and_each_gold_fact_matches_once()
    {
        var article = new GoldArticle("a", "", null, null,
            [new GoldFact("Lê Văn Tư", "Bí thư Tỉnh ủy", null, false), new GoldFact("Lê Văn Tư", "Ủy viên Ban Thường vụ Tỉnh ủy", null, true)]);
        var score = Scorer.Score(article, [Fact("Lê Văn Tư", "Bí thư Tỉnh ủy"), Fact("Lê Văn Tư", "Bí thư Tỉnh ủy"), Fact("Lê Văn Tư", "Ủy viên Ban Thường vụ Tỉnh ủy")]);
        Assert.Equal((1, 2, 1), (score.Gold, score.Extracted, score.Correct));
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void A_second_annotation_is_scored_by_the_same_rule_and_its_unmatched_optional_facts_do_not_count()
    {
        var article = new GoldArticle("a", "", null, null,
        [
            new GoldFact("Lê Văn Tư", "Bí thư Tỉnh ủy", "Nghệ An", false),
            new GoldFact("Lê Văn Tư", "Chủ tịch HĐND tỉnh", null, false),
            new GoldFact("Trần Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", null, true),
        ]);
        var score = Scorer.Agreement(article,
        [
            new GoldFact("LÊ VĂN TƯ", "Bí thư Tỉnh ủy Nghệ An", null, false), // the place written into the title
            new GoldFact("Trần Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", null, false), // the gold's optional fact
            new GoldFact("Trần Thị Hoa", "Trưởng Ban Dân vận Tỉnh ủy", null, true), // optional, matching nothing
            new GoldFact("Lê Văn Tư", "Phó Chủ tịch HĐND tỉnh", null, false), // a different post
        ]);
        Assert.Equal((2, 2, 1), (score.Gold, score.Extracted, score.Correct));
        Assert.Equal(["a: Lê Văn Tư | Chủ tịch HĐND tỉnh"], score.Misses);
        Assert.Equal(["a: Lê Văn Tư | Phó Chủ tịch HĐND tỉnh"], score.Wrong);
    }
}
