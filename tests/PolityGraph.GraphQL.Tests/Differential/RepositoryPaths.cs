namespace PolityGraph.GraphQL.Tests.Differential;

/// <summary>Finds files of the repository from wherever the tests run (bin/...), by walking up to PolityGraph.sln.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    public static string Of(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    public static string Corpus => Of("tests", "PolityGraph.GraphQL.Tests", "Differential", "corpus");

    public static string NodeHarness => Of("tests", "differential");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PolityGraph.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"PolityGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
