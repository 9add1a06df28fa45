using PolityGraph.GraphModel;
using PolityGraph.Loader.Tests.Support;
using PolityGraph.Loader.Validation;

namespace PolityGraph.Loader.Tests.Mapping;

/// <summary>
/// How a load keeps its memory down (figures in tests/benchmarks/Loader/README.md): an id is one string
/// however many records name it, and the plan is a view of the records rather than a second copy.
/// </summary>
public sealed class PlanMemoryTests
{
    [Fact]
    public void An_id_named_by_many_records_is_read_as_one_string()
    {
        var (seeds, problems) = SeedValidator.ReadAndValidate(SeedFolder.Valid);
        Assert.Empty(problems);

        var tenure = seeds.Tenures[0];
        var person = seeds.People.Single(p => p.Id == tenure.Person.Value);
        Assert.Same(person.Id, tenure.Person.Value);
        var sources = seeds.Facts.SelectMany(f => f.Evidence).Select(e => e.Source.Value).ToList();
        Assert.True(sources.Count > sources.Distinct(StringComparer.Ordinal).Count(), "the fixture cites some source twice");
        foreach (var group in sources.GroupBy(s => s, StringComparer.Ordinal))
            Assert.All(group, s => Assert.Same(group.First(), s));
    }

    [Fact]
    public void The_plan_maps_rows_from_the_records_when_they_are_read()
    {
        var (seeds, _) = SeedValidator.ReadAndValidate(SeedFolder.Valid);
        var plan = new PolityGraph.Loader.Mapping.GraphPlanBuilder().Build(seeds);
        var people = plan.Nodes.Single(n => n.Label == Labels.Person).Rows;
        Assert.Equal(seeds.People.Count, people.Count);

        var first = people[0].Properties;
        var again = people[0].Properties;
        Assert.NotSame(first, again); // made on access, held by no one
        Assert.Equal(first, again);
        Assert.Equal(seeds.People[0].Id, first["id"]);
    }

    [Fact]
    public void A_statement_makes_its_rows_when_they_are_written_and_the_same_each_time()
    {
        var plan = LoaderRuns.Plan(SeedFolder.Valid);
        var everyKindEmpty = new HashSet<string>(StringComparer.Ordinal);
        var statements = new PolityGraph.Loader.Writing.GraphWriter(driver: null!) // StatementsFor sends nothing
            .StatementsFor(plan, PolityGraph.Loader.Writing.GraphDiff.Nothing(everyKindEmpty)).ToList();

        var withRows = 0;
        foreach (var statement in statements)
        {
            if (statement.Parameters?["rows"] is not IEnumerable<Dictionary<string, object?>> rows) continue;
            withRows++;
            var written = rows.ToList();
            var again = rows.ToList();
            Assert.NotEmpty(written);
            Assert.All(written.Zip(again), pair =>
            {
                Assert.NotSame(pair.First, pair.Second); // made as the body is written, held by no one before or after
                Assert.Equal(System.Text.Json.JsonSerializer.Serialize(pair.First), System.Text.Json.JsonSerializer.Serialize(pair.Second));
            });
        }
        Assert.True(withRows >= 10, $"only {withRows} statements with rows");
    }

    [Fact]
    public void A_released_source_text_is_read_again_when_written_and_is_the_text_validated()
    {
        var (seeds, _) = SeedValidator.ReadAndValidate(SeedFolder.Valid);
        var validated = seeds.SourceTexts.Single();

        seeds.ReleaseSourceTexts();

        Assert.Empty(seeds.SourceTexts);
        var source = new PolityGraph.Loader.Mapping.GraphPlanBuilder().Build(seeds).Nodes.Single(n => n.Label == Labels.Source).Rows.Single();
        Assert.Equal(validated.Value, source.Properties["text"]);
    }

    [Fact]
    public void A_source_file_changed_after_validation_fails_the_load_instead_of_writing_unchecked_text()
    {
        using var folder = SeedFolder.CopyOf(SeedFolder.Valid);
        var (seeds, problems) = SeedValidator.ReadAndValidate(folder.Path);
        Assert.Empty(problems);
        seeds.ReleaseSourceTexts();
        folder.Replace("sources/hanoi-working-session.txt", "Tin tức", "Tin tức (sửa)");

        var source = new PolityGraph.Loader.Mapping.GraphPlanBuilder().Build(seeds).Nodes.Single(n => n.Label == Labels.Source).Rows.Single();
        var failure = Assert.Throws<InvalidOperationException>(() => source.Properties);

        Assert.Contains("changed after it was validated", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_load_validates_without_holding_the_source_texts_and_finds_the_same_problems()
    {
        using var folder = SeedFolder.CopyOf(SeedFolder.Valid).Replace("sources/hanoi-working-session.txt", "Chiều 12/4, Đoàn công tác số 1", "Chiều 12/4, Đoàn công tác số một");
        var (held, heldProblems) = SeedValidator.ReadAndValidate(folder.Path);
        var (seeds, problems) = SeedValidator.ReadAndValidate(folder.Path, holdSourceTexts: false);

        Assert.Empty(seeds.SourceTexts);
        Assert.NotEmpty(problems); // a quote no longer in its source
        Assert.Equal(heldProblems, problems);
        var text = held.SourceTexts.Single();
        Assert.Equal(text.Value, seeds.SourceText(text.Key));
    }

    [Fact]
    public void A_source_text_hashes_as_its_UTF8_bytes_whatever_the_chunks()
    {
        var pieces = new[] { "Bí thư Thành ủy Hà Nội ", "\ud83d\ude00", "\ud800", "x", "\udc00", "đồng chí " };
        var random = new Random(13);
        foreach (var length in new[] { 0, 1, 1023, 1024, 1025, 2047, 5000 })
            for (var attempt = 0; attempt < 20; attempt++)
            {
                // Surrogate pairs and lone halves falling across the 1,024-character chunks the hash encodes.
                var text = new System.Text.StringBuilder();
                while (text.Length < length) text.Append(pieces[random.Next(pieces.Length)]);
                var value = text.ToString()[..length];
                Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)),
                    PolityGraph.Loader.Reading.SourceTextFile.Hash(value));
            }
    }

    [Fact]
    public void A_source_file_is_read_into_the_buffer_as_ReadAllText_reads_it()
    {
        using var folder = SeedFolder.CopyOf(SeedFolder.Valid);
        var path = Path.Combine(folder.Path, "bom.txt");
        File.WriteAllText(path, "\uFEFFVăn bản có BOM, dòng một\r\ndòng hai", new System.Text.UTF8Encoding(false));
        var buffer = new char[2];

        var length = PolityGraph.Loader.Reading.SourceTextFile.ReadInto(path, ref buffer);

        Assert.Equal(File.ReadAllText(path, System.Text.Encoding.UTF8), new string(buffer, 0, length));
    }
}
