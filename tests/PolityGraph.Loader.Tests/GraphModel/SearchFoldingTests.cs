using PolityGraph.GraphModel;

namespace PolityGraph.Loader.Tests.GraphModel;

public sealed class SearchFoldingTests
{
    [Theory]
    [InlineData("Đinh Tiến Dũng", "dinh tien dung")]
    [InlineData("Trương Thị Mai", "truong thi mai")]
    [InlineData("  Thành ủy   Hà\tNội\n", "thanh uy ha noi")]
    [InlineData("ĐẢNG CỘNG SẢN VIỆT NAM", "dang cong san viet nam")]
    [InlineData("Nghị quyết 28-NQ/TW", "nghi quyet 28-nq/tw")]
    [InlineData("dinh tien dung", "dinh tien dung")]
    [InlineData("", "")]
    public void Folds_case_diacritics_and_whitespace(string text, string folded) =>
        Assert.Equal(folded, SearchFolding.Fold(text));

    [Fact]
    public void Composed_and_decomposed_forms_fold_alike()
    {
        var composed = "Nguyễn Phú Trọng".Normalize(System.Text.NormalizationForm.FormC);
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(SearchFolding.Fold(composed), SearchFolding.Fold(decomposed));
    }

    [Fact]
    public void A_key_joins_distinct_folded_names_so_no_match_straddles_two()
    {
        var key = SearchFolding.Key(["Thành ủy Hà Nội", "Hanoi Party Committee", null, "thanh uy ha noi", " "]);

        Assert.Equal("thanh uy ha noi\nhanoi party committee", key);
        Assert.DoesNotContain(SearchFolding.Fold("noi hanoi"), key);
    }
}
