using PolityGraph.Loader.Mapping;
using PolityGraph.Loader.Validation;
using PolityGraph.Loader.Writing;
using PolityGraph.Neo4j;
using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.Support;

/// <summary>Runs the loader as the command line does, capturing what it prints.</summary>
public static class LoaderRuns
{
    public sealed record Run(int ExitCode, string Output, string Error);

    /// <param name="add">--keep-absent (make load ADD=1): add the folder to the graph, merging what it already holds.</param>
    public static async Task<Run> RunCommandAsync(string folder, INeo4jDriver driver, LoadMode mode = LoadMode.Load, bool add = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await new LoadCommand(output, error) { WriteOptions = new WriteOptions(KeepAbsent: add) }.RunAsync(folder, mode, () => new RecordingDriver(driver)); // the command disposes the driver it is given; the fixture's must outlive it
        return new Run(exit, output.ToString(), error.ToString());
    }

    /// <summary>Validates (asserting the folder is valid) and writes, returning the counts.</summary>
    public static async Task<LoadCounts> LoadAsync(string folder, INeo4jDriver driver) =>
        await new GraphWriter(driver).WriteAsync(Plan(folder));

    /// <summary>Validates (asserting the folder is valid) and maps the folder as a load would.</summary>
    public static GraphPlan Plan(string folder)
    {
        var (seeds, problems) = SeedValidator.ReadAndValidate(folder);
        Assert.Empty(problems);
        return new GraphPlanBuilder().Build(seeds);
    }
}
