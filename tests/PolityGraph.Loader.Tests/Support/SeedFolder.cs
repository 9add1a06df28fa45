using PolityGraph.Testing;

namespace PolityGraph.Loader.Tests.Support;

/// <summary>A throwaway copy of a fixture seed folder that a test may break, deleted on dispose.</summary>
public sealed class SeedFolder : IDisposable
{
    /// <summary>The small valid folder every variation starts from: one record or more of each kind, over several files.</summary>
    public static string Valid => RepositoryRoot.Combine("tests", "PolityGraph.Loader.Tests", "Fixtures", "valid");

    private SeedFolder(string path) => Path = path;

    public string Path { get; }

    public static SeedFolder CopyOf(string source)
    {
        var target = Directory.CreateTempSubdirectory("politygraph-seed-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return new SeedFolder(target);
    }

    /// <summary>Replaces text that must occur exactly once, so a fixture change cannot silently void a test.</summary>
    public SeedFolder Replace(string file, string text, string replacement)
    {
        var path = System.IO.Path.Combine(Path, file);
        var content = File.ReadAllText(path);
        var first = content.IndexOf(text, StringComparison.Ordinal);
        if (first < 0 || content.IndexOf(text, first + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"'{text}' must occur exactly once in {file}.");
        File.WriteAllText(path, content[..first] + replacement + content[(first + text.Length)..]);
        return this;
    }

    public SeedFolder Append(string file, string text)
    {
        File.AppendAllText(System.IO.Path.Combine(Path, file), text);
        return this;
    }

    public SeedFolder Delete(string file)
    {
        File.Delete(System.IO.Path.Combine(Path, file));
        return this;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
