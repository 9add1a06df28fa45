using System.Security.Cryptography;
using System.Text;
using PolityGraph.Extraction.Scoring;

namespace PolityGraph.Extractor.Tests.Grammar;

/// <summary>
/// The unseen news gold: texts kept outside the repository, checked against the gold's checksum, so a figure is
/// only ever computed on the very passages the gold was written for.
/// </summary>
public sealed class ExternalGoldTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("external-gold-").FullName;

    private const string Text = "Đồng chí Lưu Văn Tấn, Phó Bí thư Tỉnh ủy, chủ trì.";

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private string Gold(string sha, string set = "A")
    {
        var path = Path.Combine(folder, "gold.jsonl");
        File.WriteAllText(path,
            $$"""{"id": "p1", "set": "{{set}}", "url": "https://example.org/1", "date": null, "textSha256": "{{sha}}", "textChars": {{Text.Length}}, "facts": [{"person": "Lưu Văn Tấn", "title": "Phó Bí thư Tỉnh ủy", "status": "current", "place": null}, {"person": "Lưu Văn Tấn", "title": "Tỉnh ủy viên", "status": "current", "place": null, "optional": true}]}""" + "\n");
        return path;
    }

    private string Texts(string? text = Text)
    {
        var texts = Directory.CreateDirectory(Path.Combine(folder, "texts")).FullName;
        if (text is not null) File.WriteAllText(Path.Combine(texts, "p1.txt"), text);
        return texts;
    }

    [Fact]
    public void Reads_each_set_with_its_text_and_facts()
    {
        var sets = ExternalGold.Read(Gold(Sha(Text), "B"), Texts());
        var article = Assert.Single(sets["B"]);
        Assert.Equal(Text, article.Text);
        Assert.Equal(2, article.Facts.Count);
        Assert.True(article.Facts[1].Optional);
        var score = Scorer.Score(article, PolityGraph.Extractor.Grammar.ArticleExtractor.Extract(article.Text).Posts);
        Assert.Equal((1, 1, 1), (score.Gold, score.Extracted, score.Correct));
    }

    [Fact]
    public void A_text_that_is_not_the_annotated_one_is_an_error_naming_the_passage()
    {
        var error = Assert.Throws<InvalidDataException>(() => ExternalGold.Read(Gold(Sha(Text)), Texts(Text + " ")));
        Assert.Contains("p1", error.Message);
        Assert.Contains("not the text the gold was written for", error.Message);
    }

    [Fact]
    public void A_missing_text_is_an_error_not_a_zero()
    {
        var error = Assert.Throws<InvalidDataException>(() => ExternalGold.Read(Gold(Sha(Text)), Texts(null)));
        Assert.Contains("no text at", error.Message);
    }

    [Fact]
    public void A_missing_folder_is_an_error() =>
        Assert.Throws<DirectoryNotFoundException>(() => ExternalGold.Read(Gold(Sha(Text)), Path.Combine(folder, "nowhere")));

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
