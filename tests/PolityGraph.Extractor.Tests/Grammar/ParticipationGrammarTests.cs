using PolityGraph.Extractor.Grammar;

namespace PolityGraph.Extractor.Tests.Grammar;

/// <summary>
/// Who chaired, led, spoke, presented, attended or was a member, one row per shape. Every sentence is
/// written for this table, with invented people; none comes from the dev passages or the seed articles.
/// </summary>
public sealed class ParticipationGrammarTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "a verb right after a stack of posts and the name",
            "Sáng 3/6, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bắc Kạn Hoàng Duy Chinh chủ trì hội nghị.",
            ["Hoàng Duy Chinh | CHAIRED | Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bắc Kạn Hoàng Duy Chinh chủ trì hội nghị"]
        },
        {
            "a verb after a name and its posts, past a comma and đã",
            "Đồng chí Lê Thị Hằng, Phó Chủ tịch UBND tỉnh, đã trình bày tờ trình.",
            ["Lê Thị Hằng | PRESENTED | Đồng chí Lê Thị Hằng, Phó Chủ tịch UBND tỉnh, đã trình bày"]
        },
        {
            "two verbs joined by và",
            "Phó Thủ tướng Trần Lưu Quang đến dự và phát biểu chỉ đạo.",
            ["Trần Lưu Quang | ATTENDED | Phó Thủ tướng Trần Lưu Quang đến dự", "Trần Lưu Quang | SPOKE | Phó Thủ tướng Trần Lưu Quang đến dự và phát biểu"]
        },
        {
            "a clause opening the sentence names the role of the person after its comma",
            "Phát biểu kết luận hội nghị, Bí thư Huyện ủy Đặng Văn Mạnh yêu cầu các xã rà soát.",
            ["Đặng Văn Mạnh | SPOKE | Bí thư Huyện ủy Đặng Văn Mạnh yêu cầu", "Đặng Văn Mạnh | SPOKE | Phát biểu kết luận hội nghị, Bí thư Huyện ủy Đặng Văn Mạnh"]
        },
        {
            "a list after có: each person, quoted with the clause",
            "Chủ trì hội nghị có các đồng chí: Bí thư Tỉnh ủy Vi Văn Sơn; Phó Bí thư Tỉnh ủy Nông Thị Hà.",
            ["Vi Văn Sơn | CHAIRED | Chủ trì hội nghị có các đồng chí:", "Vi Văn Sơn | CHAIRED | Bí thư Tỉnh ủy Vi Văn Sơn",
             "Nông Thị Hà | CHAIRED | Chủ trì hội nghị có các đồng chí:", "Nông Thị Hà | CHAIRED | Phó Bí thư Tỉnh ủy Nông Thị Hà"]
        },
        {
            "members of a delegation",
            "Tham gia Đoàn có đồng chí Lương Quốc Toản, Phó Trưởng Ban Kinh tế Trung ương.",
            ["Lương Quốc Toản | MEMBER | Tham gia Đoàn có", "Lương Quốc Toản | MEMBER | đồng chí Lương Quốc Toản, Phó Trưởng Ban Kinh tế Trung ương"]
        },
        {
            "do X ... làm Trưởng đoàn: X led",
            "Đoàn công tác do đồng chí Phùng Văn Hải, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn đã làm việc với huyện.",
            ["Phùng Văn Hải | LED | đồng chí Phùng Văn Hải, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn"]
        },
        {
            "dự kiến (plans) is not attending",
            "Giám đốc Sở Tài chính Mai Xuân Bình dự kiến trình đề án vào tháng sau.",
            []
        },
        {
            "a post with no name gives no participation",
            "Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị.",
            []
        },
        {
            "a verb not right after the mention is not the person's part",
            "Đồng chí Tạ Văn Long, Chánh Văn phòng Tỉnh ủy, cho rằng hội nghị đã phát biểu ý kiến.",
            []
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_who_did_what_at_the_event(string shape, string text, string[] expected)
    {
        var facts = ArticleExtractor.Extract(text);
        var actual = facts.Participations.SelectMany(p => p.Quotes.Select(q => $"{p.Person} | {p.Role} | {q}")).ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{shape}:\nexpected {string.Join("; ", expected)}\nactual   {string.Join("; ", actual)}");
        foreach (var participation in facts.Participations)
            foreach (var quote in participation.Quotes)
                Assert.Contains(quote, text);
    }
}
