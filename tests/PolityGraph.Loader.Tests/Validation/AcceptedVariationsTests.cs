using PolityGraph.Loader.Tests.Support;
using PolityGraph.Loader.Validation;

namespace PolityGraph.Loader.Tests.Validation;

/// <summary>What the format allows: the leniencies are deliberate, so each one is pinned here.</summary>
public sealed class AcceptedVariationsTests
{
    public static TheoryData<string, string, string, string> Variations => new()
    {
        // Whitespace runs in a quote count as one space (YAML folding, article line wrapping).
        { "a quote with extra spaces", "people.yaml", "quote: \"Bí thư Thành ủy Hà Nội Đinh Tiến Dũng\"", "quote: \"Bí thư   Thành ủy Hà Nội\tĐinh Tiến Dũng\"" },
        { "a quote folded over two lines", "people.yaml", "quote: \"Bí thư Thành ủy Hà Nội Đinh Tiến Dũng\"", "quote: >-\n          Bí thư Thành ủy\n          Hà Nội Đinh Tiến Dũng" },
        { "omitted optional fields", "organisation.yaml", "    nameEn: Hanoi Party Committee\n    abbreviation: null\n", "" },
        { "explicit stated certainty", "people.yaml", "    aliases: []", "    aliases: []\n    certainty: stated" },
        { "a quoted date", "sources.yaml", "publishedOn: 2023-04-12", "publishedOn: \"2023-04-12\"" },
        { "an empty section", "people.yaml", "people:", "bodies:\npeople:" },
        { "a leap day", "tenures.yaml", "from: null", "from: 2020-02-29" },
        { "from equal to to", "tenures.yaml", "from: null\n    to: null", "from: 2023-04-12\n    to: 2023-04-12" },
    };

    [Theory]
    [MemberData(nameof(Variations))]
    public void Is_accepted(string variation, string file, string text, string replacement)
    {
        using var folder = SeedFolder.CopyOf(SeedFolder.Valid).Replace(file, text, replacement);

        var (_, problems) = SeedValidator.ReadAndValidate(folder.Path);

        Assert.True(problems.Count == 0, $"{variation}: {string.Join("\n", problems)}");
    }

    [Fact]
    public void A_folder_without_seed_files_is_empty_not_invalid()
    {
        using var folder = SeedFolder.CopyOf(SeedFolder.Valid);
        foreach (var file in Directory.GetFiles(folder.Path, "*.yaml")) File.Delete(file);

        var (seeds, problems) = SeedValidator.ReadAndValidate(folder.Path);

        Assert.Empty(problems);
        Assert.Equal(0, seeds.RecordCount);
    }
}
