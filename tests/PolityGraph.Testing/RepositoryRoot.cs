namespace PolityGraph.Testing;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries holding PolityGraph.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> path = new(Find);

    public static string Path => path.Value;

    /// <summary>A path inside the repository, from forward-slash segments: <c>RepositoryRoot.Combine("seed-data")</c>.</summary>
    public static string Combine(params string[] segments) => System.IO.Path.Combine([Path, .. segments]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PolityGraph.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No PolityGraph.sln above {AppContext.BaseDirectory}: are the tests running from a checkout?");
    }
}
