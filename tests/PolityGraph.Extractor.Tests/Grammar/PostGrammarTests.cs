using PolityGraph.Extractor.Grammar;

namespace PolityGraph.Extractor.Tests.Grammar;

/// <summary>
/// The press grammar of posts, one row per shape. Every sentence is written for this table, with
/// invented people; none comes from the dev passages the extractor is scored on.
/// </summary>
public sealed class PostGrammarTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "a stack of posts before a name is one fact per post",
            "Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Quảng Ninh Trịnh Văn Lực phát biểu tại hội nghị.",
            ["Trịnh Văn Lực | Ủy viên Bộ Chính trị | current", "Trịnh Văn Lực | Bí thư Tỉnh ủy Quảng Ninh | current"]
        },
        {
            "a name, then its posts",
            "Dự buổi làm việc có đồng chí Đào Thị Hạnh, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương.",
            ["Đào Thị Hạnh | Ủy viên Bộ Chính trị | current", "Đào Thị Hạnh | Trưởng Ban Dân vận Trung ương | current"]
        },
        {
            "a list of people, each with posts, separated by semicolons",
            "Tham dự có các đồng chí: Võ Minh Tâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Hồ Văn Lộc, Phó Chủ tịch UBND tỉnh.",
            ["Võ Minh Tâm | Ủy viên Trung ương Đảng | current", "Võ Minh Tâm | Bí thư Tỉnh ủy | current", "Hồ Văn Lộc | Phó Chủ tịch UBND tỉnh | current"]
        },
        {
            "a list item holding only posts continues the person before it",
            "Các đồng chí: Lý Thị Ngân, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch HĐND tỉnh; Tạ Quốc Bảo, Giám đốc Sở Tài chính dự.",
            ["Lý Thị Ngân | Ủy viên Ban Thường vụ Tỉnh ủy | current", "Lý Thị Ngân | Phó Chủ tịch HĐND tỉnh | current", "Tạ Quốc Bảo | Giám đốc Sở Tài chính | current"]
        },
        {
            "nguyên marks a former post",
            "Buổi lễ có sự hiện diện của ông Mai Văn Tùng, nguyên Bí thư Huyện ủy.",
            ["Mai Văn Tùng | Bí thư Huyện ủy | former"]
        },
        {
            "Quyền marks an acting post",
            "Quyền Chủ tịch UBND tỉnh Lạng Sơn Hoàng Minh Trí đã ký quyết định.",
            ["Hoàng Minh Trí | Chủ tịch UBND tỉnh Lạng Sơn | acting"]
        },
        {
            "Phó and Thường trực stay inside the post",
            "Phó Chủ tịch Thường trực UBND tỉnh Bùi Thanh Sơn báo cáo.",
            ["Bùi Thanh Sơn | Phó Chủ tịch Thường trực UBND tỉnh | current"]
        },
        {
            "được bầu giữ chức: a new post, with its term",
            "Đồng chí Ngô Quang Vinh được bầu giữ chức Bí thư Tỉnh ủy Hà Tĩnh nhiệm kỳ 2025-2030.",
            ["Ngô Quang Vinh | Bí thư Tỉnh ủy Hà Tĩnh | new"]
        },
        {
            "chỉ định ... làm: the designated post is new, the posts held are current",
            "Bộ Chính trị chỉ định đồng chí Phan Đức Long, Phó Bí thư Tỉnh ủy, tham gia Ban Chấp hành và làm Bí thư Tỉnh ủy Cà Mau nhiệm kỳ 2020 - 2025.",
            ["Phan Đức Long | Phó Bí thư Tỉnh ủy | current", "Phan Đức Long | Bí thư Tỉnh ủy Cà Mau | new"]
        },
        {
            "thôi giữ chức: a post left",
            "Thủ tướng quyết định đồng chí Châu Văn Nam thôi giữ chức Chủ tịch UBND tỉnh để nghỉ hưu.",
            ["Châu Văn Nam | Chủ tịch UBND tỉnh | former"]
        },
        {
            "a province after a body is a place, not a person",
            "Bí thư Tỉnh ủy Đồng Nai chủ trì hội nghị.",
            []
        },
        {
            "a body's name is not a person",
            "Đoàn Đại biểu Quốc hội tỉnh làm việc với Sở Tư pháp.",
            []
        },
        {
            "a post standing on its own (Tổng Bí thư) before a two-syllable name",
            "Tổng Bí thư Lâm Đức chủ trì phiên họp.",
            ["Lâm Đức | Tổng Bí thư | current"]
        },
        {
            "a four-syllable name",
            "Chủ tịch UBND tỉnh Nguyễn Thị Thu Hà dự hội nghị.",
            ["Nguyễn Thị Thu Hà | Chủ tịch UBND tỉnh | current"]
        },
        {
            "a name right after a place: the place ends the post, the name is the rest",
            "Phó Bí thư Thành ủy Hải Phòng Đỗ Mạnh Cường kết luận.",
            ["Đỗ Mạnh Cường | Phó Bí thư Thành ủy Hải Phòng | current"]
        },
        {
            "a lower-case generic post is not a post",
            "Các bí thư chi bộ Trần Văn An và Lê Văn Bình dự.",
            []
        },
        {
            "abbreviated posts (UVT.Ư, ĐBQH, MTTQ)",
            "Đồng chí Kiều Văn Phúc, UVT.Ư Đảng, Trưởng đoàn ĐBQH tỉnh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự.",
            ["Kiều Văn Phúc | UVT.Ư Đảng | current", "Kiều Văn Phúc | Trưởng đoàn ĐBQH tỉnh | current", "Kiều Văn Phúc | Chủ tịch Ủy ban MTTQ Việt Nam tỉnh | current"]
        },
        {
            "a dismissal names its object after the post with đối với: the signer keeps only his own post",
            "Chủ tịch UBND tỉnh Quách Văn Hưng ký quyết định miễn nhiệm chức vụ Giám đốc Sở Xây dựng đối với ông Phạm Quốc Toản.",
            ["Quách Văn Hưng | Chủ tịch UBND tỉnh | current", "Phạm Quốc Toản | Giám đốc Sở Xây dựng | former"]
        },
        {
            "đối với đồng chí, with the signer's own posts before the name kept as his",
            "Phó Thủ tướng Ninh Văn Khải đã ký Quyết định phê chuẩn kết quả miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với đồng chí Giáp Thị Loan.",
            ["Ninh Văn Khải | Phó Thủ tướng | current", "Giáp Thị Loan | Chủ tịch UBND tỉnh | former"]
        },
        {
            "an appointment handed over to cho bà Y: the post is hers, not the one who hands it over",
            "Đồng chí Âu Quang Thái trao quyết định bổ nhiệm chức vụ Giám đốc Sở Nội vụ cho bà Khổng Thị Mận.",
            ["Khổng Thị Mận | Giám đốc Sở Nội vụ | new"]
        },
        {
            "the one who announces a decision does not take its post, even with no object named",
            "Đồng chí Lại Văn Cường công bố quyết định bổ nhiệm chức vụ Chánh Văn phòng Tỉnh ủy.",
            []
        },
        {
            "bầu bổ sung with nobody elected yet names no one",
            "Đồng chí Doãn Minh Khôi cho biết HĐND tỉnh sẽ bầu bổ sung chức danh Chủ tịch UBND tỉnh tại kỳ họp tới.",
            []
        },
        {
            "kiện toàn and giới thiệu nhân sự with nobody named name no one, the speaker keeps his own post",
            "Phó Bí thư Tỉnh ủy Văn Đức Hậu nêu rõ sẽ kiện toàn chức danh Phó Chủ tịch HĐND tỉnh và giới thiệu nhân sự bầu giữ chức Chủ tịch UBND tỉnh.",
            ["Văn Đức Hậu | Phó Bí thư Tỉnh ủy | current"]
        },
        {
            "bầu bổ sung with the elected person after đối với",
            "Kỳ họp bầu bổ sung chức danh Phó Chủ tịch UBND tỉnh đối với ông Khương Văn Lợi.",
            ["Khương Văn Lợi | Phó Chủ tịch UBND tỉnh | new"]
        },
        {
            "được bầu bổ sung: the name before is the one elected",
            "Đồng chí Thân Thị Hoa được bầu bổ sung chức danh Phó Chủ tịch HĐND tỉnh.",
            ["Thân Thị Hoa | Phó Chủ tịch HĐND tỉnh | new"]
        },
        {
            "the object named before the post, after the signer, still gets it",
            "Chủ tịch UBND tỉnh Mạc Văn Hùng ký quyết định bổ nhiệm ông Triệu Quốc Anh giữ chức vụ Giám đốc Sở Y tế.",
            ["Mạc Văn Hùng | Chủ tịch UBND tỉnh | current", "Triệu Quốc Anh | Giám đốc Sở Y tế | new"]
        },
        {
            "nhiệm kỳ (kỳ, not ký) between the person and the post is not a signing",
            "Đồng chí Hà Văn Thìn, Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020 - 2025, được bầu giữ chức Phó Bí thư Tỉnh ủy.",
            ["Hà Văn Thìn | Ủy viên Ban Thường vụ Tỉnh ủy | current", "Hà Văn Thìn | Phó Bí thư Tỉnh ủy | new"]
        },
        {
            "Ông opening a sentence is the honorific, not a family name",
            "Hội nghị đã bế mạc. Ông Lục Văn Hải, Phó Chủ tịch UBND huyện, cho biết kết quả.",
            ["Lục Văn Hải | Phó Chủ tịch UBND huyện | current"]
        },
        {
            "Bà opening a sentence introduces the name",
            "Bà Đàm Thị Nguyệt được bổ nhiệm giữ chức Giám đốc Sở Y tế.",
            ["Đàm Thị Nguyệt | Giám đốc Sở Y tế | new"]
        },
        {
            "Ông after a colon or an opening quotation mark",
            "Phát biểu tại buổi lễ: Ông Cù Minh Tuấn, Bí thư Đảng ủy xã, nhấn mạnh.",
            ["Cù Minh Tuấn | Bí thư Đảng ủy xã | current"]
        },
        {
            "Ông inside a sentence, capitalised, stays a family name",
            "Chủ tịch UBND huyện Ông Văn Lộc dự.",
            ["Ông Văn Lộc | Chủ tịch UBND huyện | current"]
        },
        {
            "a place opening with Bà is not an honorific",
            "Bà Rịa - Vũng Tàu tổ chức hội nghị.",
            []
        },
        {
            "a name ending in Đăng: Đảng is a body word, Đăng a given name",
            "Đồng chí Trịnh Minh Đăng, Phó Bí thư Huyện ủy, phát biểu.",
            ["Trịnh Minh Đăng | Phó Bí thư Huyện ủy | current"]
        },
        {
            "given names Vũ, Khôi, Quân, Huyền, Trường are not the body words Vụ, Khối, Quận, Huyện, Trưởng",
            "Các đồng chí: Nguyễn Vũ Khôi, Giám đốc Sở Nội vụ; Lê Trường Quân, Chánh Văn phòng Tỉnh ủy; Hồ Thị Huyền, Phó Chủ tịch HĐND huyện.",
            ["Nguyễn Vũ Khôi | Giám đốc Sở Nội vụ | current", "Lê Trường Quân | Chánh Văn phòng Tỉnh ủy | current", "Hồ Thị Huyền | Phó Chủ tịch HĐND huyện | current"]
        },
        {
            "Đảng closing a post is not the family name Đặng opening the name after it",
            "Ủy viên Ban Chấp hành Trung ương Đảng Lò Văn Tám phát biểu.",
            ["Lò Văn Tám | Ủy viên Ban Chấp hành Trung ương Đảng | current"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_posts_the_sentence_states(string shape, string text, string[] expected) =>
        PostRows.AssertReads(shape, text, expected);

    [Fact]
    public void The_term_of_an_election_is_read()
    {
        var fact = Assert.Single(ArticleExtractor.Extract("Đồng chí Ngô Quang Vinh được bầu giữ chức Bí thư Tỉnh ủy Hà Tĩnh nhiệm kỳ 2025 - 2030.").Posts);
        Assert.Equal("2025-2030", fact.Term);
        Assert.EndsWith("nhiệm kỳ 2025 - 2030", fact.Quote);
    }

    [Theory]
    [InlineData("Hội nghị Tỉnh ủy Thái Bình. Phó Bí thư Tỉnh ủy Lương Văn Kiên phát biểu.", "Phó Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy Thái Bình", "Thái Bình")]
    [InlineData("Đồng chí Tô Minh Trí, Phó Bí thư Thành ủy, Chủ tịch UBND TPHCM dự.", "Phó Bí thư Thành ủy", "Phó Bí thư Thành ủy TPHCM", "TPHCM")]
    [InlineData("Chủ tịch UBND thành phố Vũ Đức Hòa trình bày. Hà Nội sẽ tiếp tục.", "Chủ tịch UBND thành phố", "Chủ tịch UBND thành phố Hà Nội", "Hà Nội")]
    public void A_local_post_without_its_place_takes_it_from_context(string text, string title, string post, string place)
    {
        var fact = ArticleExtractor.Extract(text).Posts.First(f => f.Title == title);
        Assert.Equal(post, fact.Post);
        Assert.Equal(place, fact.Place);
        Assert.True(fact.PlaceFromContext);
    }

    [Fact]
    public void With_no_place_anywhere_a_local_post_stays_as_written()
    {
        var fact = Assert.Single(ArticleExtractor.Extract("Bí thư Tỉnh ủy Lương Văn Kiên phát biểu.").Posts);
        Assert.Equal("Bí thư Tỉnh ủy", fact.Post);
        Assert.Null(fact.Place);
    }

    [Fact]
    public void The_article_title_gives_the_place_when_the_text_names_none()
    {
        var fact = Assert.Single(ArticleExtractor.Extract("Bí thư Tỉnh ủy Lương Văn Kiên phát biểu.", title: "Nam Định: hội nghị cán bộ").Posts);
        Assert.Equal("Bí thư Tỉnh ủy Nam Định", fact.Post);
    }
}
