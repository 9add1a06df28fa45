using PolityGraph.Extractor.Text;

namespace PolityGraph.Extractor.Tests.Text;

/// <summary>
/// A text whose lines were cut at a width (a PDF's, an old page's) reads its single line breaks as spaces; a text typed in
/// paragraphs, headlines and list items keeps every line break as a sentence's end.
/// </summary>
public class HardWrapTests
{
    [Theory]
    [InlineData("Ông Hứa Văn Tài, Thứ trưởng Bộ Tài\nchính, dự hội nghị và phát biểu\nchỉ đạo các đơn vị.", true)]
    [InlineData("Bổ nhiệm Giám đốc Sở Y tế\nÔng Hứa Văn Tài giữ chức Giám đốc Sở Y tế tỉnh Bắc Giang.\nÔng Khúc Văn Lâm dự.", false)]
    [InlineData("Dự hội nghị có:\n- Ông Hứa Văn Tài, Bí thư Tỉnh ủy;\n- Ông Khúc Văn Lâm, Chủ tịch UBND tỉnh.", false)]
    // One lower-case line opening is a slip, not a wrapped text.
    [InlineData("Ông Hứa Văn Tài dự hội nghị.\nvà phát biểu chỉ đạo.\nÔng Khúc Văn Lâm dự.\nÔng Mẫn Văn Bông dự.", false)]
    // Blank lines between paragraphs are paragraphs' ends even in a wrapped text.
    [InlineData("Ông Hứa Văn Tài, Thứ trưởng\nBộ Tài chính, dự hội nghị và\nphát biểu chỉ đạo các đơn vị.\n\nBà Khúc Thị Lan dự và\nphát biểu.", true)]
    public void Tells_a_wrapped_text_from_one_typed_in_paragraphs(string text, bool wrapped) =>
        Assert.Equal(wrapped, Tokenizer.HardWrapped(text));

    [Fact]
    public void A_wrapped_line_break_joins_a_sentence_a_blank_line_still_ends_it()
    {
        var tokens = Tokenizer.Tokenize("Ông Hứa Văn Tài, Thứ trưởng\nBộ Tài chính, dự hội nghị và\nphát biểu chỉ đạo các đơn vị\n\nBà Khúc Thị Lan dự và\nphát biểu.");
        int SentenceOf(string word) => tokens.First(t => t.Text == word).Sentence;
        Assert.Equal(SentenceOf("Thứ"), SentenceOf("Bộ"));
        Assert.Equal(SentenceOf("Thứ"), SentenceOf("phát"));
        Assert.NotEqual(SentenceOf("Thứ"), SentenceOf("Bà"));
    }
}
