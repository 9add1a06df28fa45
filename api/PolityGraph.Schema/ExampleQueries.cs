namespace PolityGraph.Schema;

/// <summary>
/// Queries that show what the API is for. They live in api/examples/*.graphql, which the README shows with
/// their answers on the seed data (tests/PolityGraph.Api.Tests/Examples); GraphiQL opens with the first one.
/// </summary>
public static class ExampleQueries
{
    private static readonly Lazy<string> whoHeldThePost = new(() => ForGraphiQL(Read("01-who-held-the-post.graphql"),
        """
        # Press the run button (or Ctrl-Enter). Try another date, e.g. "2020-08-04", or remove `on`
        # to list every known secretary, oldest first. The book icon opens the schema's documentation.
        """));

    /// <summary>An analyst's question about the seed data: who was Hanoi's Party Secretary on a date, and on what evidence.</summary>
    public static string WhoHeldThePost => whoHeldThePost.Value;

    /// <summary>
    /// An example file as GraphiQL shows it: its title as a comment, a hint, then the query. The file's header
    /// is its leading <c># key: value</c> lines (title, audience, variables).
    /// </summary>
    private static string ForGraphiQL(string file, string hint)
    {
        var lines = file.ReplaceLineEndings("\n").Split('\n');
        var header = lines.TakeWhile(line => line.StartsWith('#')).ToList();
        var title = header.Select(line => line.TrimStart('#', ' ')).FirstOrDefault(line => line.StartsWith("title:", StringComparison.Ordinal))?["title:".Length..].Trim()
            ?? throw new InvalidOperationException("An example query file must start with a '# title: ...' line.");
        var query = string.Join('\n', lines.Skip(header.Count)).Trim();
        return $"# {title}\n{hint.Trim()}\n{query}\n";
    }

    private static string Read(string fileName)
    {
        var assembly = typeof(ExampleQueries).Assembly;
        using var stream = assembly.GetManifestResourceStream("PolityGraph.Schema.Examples." + fileName)
            ?? throw new InvalidOperationException($"The example query {fileName} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
