using PolityGraph.Loader.Validation;
using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.Validation;

/// <summary>The archivists' real seed-data/ folder must always validate, and must hold every kind of record.</summary>
public sealed class RealSeedDataValidationTests
{
    [Fact]
    public void The_real_seed_data_is_valid_and_covers_every_kind()
    {
        var (seeds, problems) = SeedValidator.ReadAndValidate(RepositoryRoot.Combine("seed-data"));

        Assert.True(problems.Count == 0, "seed-data has problems:\n" + string.Join("\n", problems));
        Assert.Equal(5, seeds.Sources.Count); // the five articles in seed-data/sources
        Assert.NotEmpty(seeds.People);
        Assert.NotEmpty(seeds.Bodies);
        Assert.NotEmpty(seeds.Positions);
        Assert.NotEmpty(seeds.Tenures);
        Assert.NotEmpty(seeds.Resolutions);
        Assert.NotEmpty(seeds.Events);
        Assert.NotEmpty(seeds.Participations);
    }
}
