using PolityGraph.Testing;

namespace PolityGraph.Extractor.Tests.Support;

/// <summary>Runs the extract command as the command line does, in a temporary folder deleted afterwards.</summary>
public sealed class ExtractRuns : IDisposable
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public string Folder { get; } = Directory.CreateTempSubdirectory("politygraph-extract-").FullName;

    public static string SeedFolder => RepositoryRoot.Combine("seed-data");

    public string Article(string name, string text) => Bytes(name, System.Text.Encoding.UTF8.GetBytes(text));

    public string Bytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static async Task<Run> RunAsync(ExtractRequest request, Func<PolityGraph.Neo4j.INeo4jDriver>? connect = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await new ExtractCommand(output, error).RunAsync(request, connect);
        return new Run(exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
