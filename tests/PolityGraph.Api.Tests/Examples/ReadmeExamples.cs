using System.Text;
using System.Text.RegularExpressions;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Examples;

/// <summary>
/// The README's example blocks: each sits between <c>&lt;!-- example: NAME --&gt;</c> and <c>&lt;!-- /example --&gt;</c>
/// and is made from api/examples/NAME.graphql (the query) and its snapshot (the answer). Everything around the
/// blocks (titles, prose) is the README's own.
/// </summary>
public static partial class ReadmeExamples
{
    public static string ReadmePath => RepositoryRoot.Combine("README.md");

    /// <summary>What the README holds between the markers of each example, by name, in README order.</summary>
    public static IReadOnlyList<(string Name, string Block)> Blocks(string readme) =>
        Block().Matches(Normalize(readme)).Select(m => (m.Groups["name"].Value, m.Groups["block"].Value)).ToList();

    /// <summary>The block an example should have: its query, its variables when it takes any, its answer.</summary>
    public static string Render(ExampleFile example, string answer)
    {
        var text = new StringBuilder();
        text.Append("```graphql\n").Append(example.Query).Append("\n```\n");
        if (example.Variables is not null)
            text.Append("with variables `").Append(example.Variables.ToJsonString()).Append("`, answers\n");
        text.Append("```json\n").Append(Normalize(answer).Trim('\n', '\uFEFF')).Append("\n```\n");
        return text.ToString();
    }

    /// <summary>The README with every example block rewritten from its files; names without files are left alone.</summary>
    public static string Rewrite(string readme, Func<string, string?> renderByName) =>
        Block().Replace(Normalize(readme), m => renderByName(m.Groups["name"].Value) is { } block
            ? $"{m.Groups["open"].Value}{block}{m.Groups["close"].Value}"
            : m.Value);

    private static string Normalize(string text) => text.ReplaceLineEndings("\n");

    [GeneratedRegex(@"(?<open><!-- example: (?<name>[a-z0-9-]+) -->\n)(?<block>.*?)(?<close><!-- /example -->)", RegexOptions.Singleline)]
    private static partial Regex Block();
}
