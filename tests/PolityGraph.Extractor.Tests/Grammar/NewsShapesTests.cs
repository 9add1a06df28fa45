using PolityGraph.Extractor.Grammar;

namespace PolityGraph.Extractor.Tests.Grammar;

/// <summary>
/// Shapes of the press grammar found by reading the errors of the unseen news passages' set A
/// (tests/extraction/README.md), one row per rule. Every sentence is invented for this table, with invented
/// people; none comes from a scored passage.
/// </summary>
public sealed class NewsShapesTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "a dash after a name opens its stack of posts",
            "Đồng chí Lưu Văn Tấn - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",
            ["Lưu Văn Tấn | Phó Bí thư Tỉnh ủy | current", "Lưu Văn Tấn | Chủ tịch UBND tỉnh | current"]
        },
        {
            "an en dash too, and Tỉnh ủy viên is a post",
            "Hội nghị giao ông Khúc Minh Hải – Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh theo dõi.",
            ["Khúc Minh Hải | Tỉnh ủy viên | current", "Khúc Minh Hải | Phó Chủ tịch UBND tỉnh | current"]
        },
        {
            "an opening bracket after a name opens its stack",
            "Đáng chú ý có ông Trình Văn Khoa (Phó Chủ tịch Thường trực HĐND tỉnh) không tái cử.",
            ["Trình Văn Khoa | Phó Chủ tịch Thường trực HĐND tỉnh | current"]
        },
        {
            "tái đắc cử chức: a lower-case post after an election is still a post",
            "Ông Đoàn Văn Kha tái đắc cử chức chủ tịch UBND tỉnh.",
            ["Đoàn Văn Kha | chủ tịch UBND tỉnh | new"]
        },
        {
            "được bầu làm, lower case, after the person's own stack",
            "Tại kỳ họp, ông Bạch Văn Quý, Phó Bí thư Thường trực Tỉnh ủy, được bầu làm chủ tịch HĐND tỉnh.",
            ["Bạch Văn Quý | Phó Bí thư Thường trực Tỉnh ủy | current", "Bạch Văn Quý | chủ tịch HĐND tỉnh | new"]
        },
        {
            "a lower-case post naming nothing stays generic, even after an election",
            "Đồng chí Lò Thị Mai được bầu làm bí thư chi bộ.",
            []
        },
        {
            "các ông A, B và C được bầu làm: every listed name takes the post",
            "Các ông Tạ Văn Lâm, Hứa Minh Đức và Bế Văn Sinh được bầu làm Phó Chủ tịch UBND tỉnh.",
            ["Tạ Văn Lâm | Phó Chủ tịch UBND tỉnh | new", "Hứa Minh Đức | Phó Chủ tịch UBND tỉnh | new", "Bế Văn Sinh | Phó Chủ tịch UBND tỉnh | new"]
        },
        {
            "giao quyền ... đối với ông Y: an acting post for the decision's object, not its signer",
            "Phó Thủ tướng Ninh Đức Toàn ký quyết định giao quyền Chủ tịch UBND tỉnh nhiệm kỳ 2021 – 2026 đối với ông Lã Văn Hòa.",
            ["Ninh Đức Toàn | Phó Thủ tướng | current", "Lã Văn Hòa | Chủ tịch UBND tỉnh | acting"]
        },
        {
            "miễn nhiệm chức: a post left",
            "HĐND tỉnh miễn nhiệm chức Chủ tịch UBND tỉnh đối với ông Lục Văn Hiếu.",
            ["Lục Văn Hiếu | Chủ tịch UBND tỉnh | former"]
        },
        {
            "hiện là: a post held now, named apart from the name",
            "Ông Giang Văn Phú hiện là Giám đốc Sở Tư pháp.",
            ["Giang Văn Phú | Giám đốc Sở Tư pháp | current"]
        },
        {
            "thay mặt: the post before the comma is the one acted for, not the speaker's",
            "Thay mặt Chủ tịch nước, Phó Chủ tịch nước Kiều Văn Nam trao huân chương.",
            ["Kiều Văn Nam | Phó Chủ tịch nước | current"]
        },
        {
            "a post written whole, then shortened, is one post",
            "Thủ tướng Chính phủ Phí Văn Đạt dự hội nghị. Thủ tướng Phí Văn Đạt phát biểu.",
            ["Phí Văn Đạt | Thủ tướng Chính phủ | current"]
        },
        {
            "two syllables after Huyện ủy name the district, not a person",
            "Dự có ông Mẫn Văn Tài, Bí thư Huyện ủy Đồng Văn.",
            ["Mẫn Văn Tài | Bí thư Huyện ủy Đồng Văn | current"]
        },
        {
            "a three-syllable name after Huyện ủy is still a person",
            "Bí thư Huyện ủy Nông Văn Sơn phát biểu.",
            ["Nông Văn Sơn | Bí thư Huyện ủy | current"]
        },
        {
            "Trưởng Ban with its board left unnamed is no post",
            "Đồng chí Vi Thị Hạnh, Phó Bí thư Thành ủy, Trưởng Ban chỉ đạo của Thành ủy về chuyển đổi số chủ trì.",
            ["Vi Thị Hạnh | Phó Bí thư Thành ủy | current"]
        },
        {
            "a dash between two parts of a body's name stays inside the post",
            "Đồng chí Cấn Văn Lực, Trưởng ban Tuyên giáo - Dân vận Tỉnh ủy, phát biểu.",
            ["Cấn Văn Lực | Trưởng ban Tuyên giáo - Dân vận Tỉnh ủy | current"]
        },
        {
            "quốc gia, lower case, inside a body's name",
            "Đồng chí Tôn Văn Hải, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, phát biểu.",
            ["Tôn Văn Hải | Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh | current"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_posts_the_sentence_states(string shape, string text, string[] expected)
    {
        var facts = ArticleExtractor.Extract(text).Posts;
        var actual = facts.Select(f => $"{f.Person} | {f.Title} | {f.Status.ToString().ToLowerInvariant()}").ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{shape}:\nexpected {string.Join("; ", expected)}\nactual   {string.Join("; ", actual)}");
        foreach (var fact in facts)
        {
            Assert.Contains(fact.Quote, text);
            Assert.Contains(fact.Person, fact.Quote);
            Assert.Contains(fact.Title, fact.Quote);
        }
    }

    [Fact]
    public void A_board_named_whole_earlier_gives_its_full_name_to_the_shortened_post()
    {
        var text = "Ban Chỉ đạo Đề án Trung ương 9 làm việc tại tỉnh. Đồng chí Tiêu Văn Minh, Trưởng Ban Chỉ đạo, phát biểu.";
        var fact = Assert.Single(ArticleExtractor.Extract(text).Posts);
        Assert.Equal("Trưởng Ban Chỉ đạo", fact.Title);
        Assert.Equal("Trưởng Ban Chỉ đạo Đề án Trung ương 9", fact.Post);
    }

    [Fact]
    public void A_board_named_only_short_keeps_its_post_as_written()
    {
        var fact = Assert.Single(ArticleExtractor.Extract("Đồng chí Tiêu Văn Minh, Trưởng Ban Chỉ đạo, phát biểu.").Posts);
        Assert.Equal("Trưởng Ban Chỉ đạo", fact.Post);
    }
}
