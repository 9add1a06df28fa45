using PolityGraph.Extractor.Grammar;
using PolityGraph.GraphModel.Vocabulary;

namespace PolityGraph.Extractor.Tests.Grammar;

public sealed class DocumentAndEventTests
{
    [Theory]
    [InlineData("tổng kết Nghị quyết số 15-NQ/TW ngày 30/7/2007 của Ban Chấp hành", "15-NQ/TW", ResolutionKind.RESOLUTION, "2007-07-30", "Nghị quyết số 15-NQ/TW ngày 30/7/2007")]
    [InlineData("thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị", "35-CT/TW", ResolutionKind.DIRECTIVE, null, "Chỉ thị 35-CT/TW")]
    [InlineData("theo Kết luận số 14-KL/TW về khuyến khích cán bộ", "14-KL/TW", ResolutionKind.CONCLUSION, null, "Kết luận số 14-KL/TW")]
    [InlineData("quán triệt Nghị quyết 28-NQ/TƯ", "28-NQ/TW", ResolutionKind.RESOLUTION, null, "Nghị quyết 28-NQ/TƯ")]
    [InlineData("thực hiện Quy định số 08-QĐi/TW", "08-QĐi/TW", ResolutionKind.REGULATION, null, "Quy định số 08-QĐi/TW")]
    public void Reads_document_codes(string text, string code, ResolutionKind kind, string? issuedOn, string quote)
    {
        var document = Assert.Single(DocumentReader.Read(text));
        Assert.Equal((code, kind, issuedOn, quote), (document.Code, document.Kind, document.IssuedOn, document.Quote));
        Assert.Contains(document.Quote, text);
    }

    [Fact]
    public void A_decision_is_not_taken_for_a_regulation()
    {
        Assert.Empty(DocumentReader.Read("theo Quyết định số 120-QĐ/TW của Ban Bí thư"));
    }

    [Theory]
    [InlineData("Sáng 5/3, tại Hội trường Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 20.", "2024-03-06", EventKind.PLENUM, "2024-03-05", "Hội trường Tỉnh ủy")]
    [InlineData("Chiều 14-7, Đoàn công tác của Trung ương làm việc với Ban Thường vụ Tỉnh ủy.", "2023-07-15", EventKind.WORKING_SESSION, "2023-07-14", null)]
    [InlineData("Ngày 20/12, Đại hội đại biểu Đảng bộ huyện khai mạc.", "2025-01-02", EventKind.CONGRESS, "2024-12-20", null)]
    [InlineData("Sáng 9/10/2021, Ủy ban nhân dân tỉnh họp phiên thường kỳ.", null, EventKind.MEETING, "2021-10-09", null)]
    public void Reads_the_reported_event(string text, string? published, EventKind kind, string date, string? location)
    {
        var facts = ArticleExtractor.Extract(text, published: published is null ? null : DateOnly.Parse(published));
        var reported = Assert.IsType<EventMention>(facts.Event);
        Assert.Equal((kind, date, location), (reported.Kind, reported.Date, reported.Location));
        Assert.Contains(reported.Quote, text);
    }

    [Theory]
    [InlineData("Chiều 14-7, Đoàn công tác của Trung ương làm việc với Ban Thường vụ Tỉnh ủy Sơn La.", "Ban Thường vụ Tỉnh ủy Sơn La", "làm việc với Ban Thường vụ Tỉnh ủy Sơn La")]
    [InlineData("Sáng 5/3, Ban Chấp hành Đảng bộ tỉnh Phú Yên tổ chức Hội nghị lần thứ 20.", "Ban Chấp hành Đảng bộ tỉnh Phú Yên", "Ban Chấp hành Đảng bộ tỉnh Phú Yên tổ chức")]
    [InlineData("Ngày 20/12, Đại hội đại biểu lần thứ XV Đảng bộ huyện Tam Đảo khai mạc.", "Đảng bộ huyện Tam Đảo", "Đại hội đại biểu lần thứ XV Đảng bộ huyện Tam Đảo")]
    [InlineData("Tin Nghệ An. Sáng 9/10, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 khai mạc.", "Ban Chấp hành Đảng bộ tỉnh Nghệ An", "Hội nghị Ban Chấp hành Đảng bộ tỉnh")]
    public void Reads_the_bodies_that_hold_the_event(string text, string host, string quote)
    {
        var reported = Assert.IsType<EventMention>(ArticleExtractor.Extract(text, published: new DateOnly(2024, 12, 30)).Event);
        var found = Assert.Single(reported.Hosts);
        Assert.Equal((host, quote), (found.Name, found.Quote));
        Assert.Contains(found.Quote, text);
    }

    [Fact]
    public void A_meeting_with_no_body_named_after_its_kind_has_no_host()
    {
        var reported = Assert.IsType<EventMention>(ArticleExtractor.Extract("Sáng 9/10/2021, Ủy ban nhân dân tỉnh họp phiên thường kỳ.").Event);
        Assert.Empty(reported.Hosts);
    }
}
