using PolityGraph.Extractor.Grammar;
using PolityGraph.Loader.Validation;

namespace PolityGraph.Extractor.Tests.Grammar;

/// <summary>The check every row of a post-grammar table makes (<see cref="PostGrammarTests"/>, <see cref="NewsShapesTests"/>).</summary>
internal static class PostRows
{
    /// <summary>
    /// The sentence gives exactly the expected "person | title | status" facts, in order, each with a verbatim quote
    /// that names its person and its post (a post a hard-wrapped text breaks across lines is written on one).
    /// </summary>
    public static void AssertReads(string shape, string text, string[] expected)
    {
        var facts = ArticleExtractor.Extract(text).Posts;
        var actual = facts.Select(f => $"{f.Person} | {f.Title} | {f.Status.ToString().ToLowerInvariant()}").ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{shape}:\nexpected {string.Join("; ", expected)}\nactual   {string.Join("; ", actual)}");
        foreach (var fact in facts)
        {
            Assert.Contains(fact.Quote, text);
            Assert.Contains(fact.Person, fact.Quote);
            Assert.Contains(VerbatimQuotesRule.CollapseWhitespace(fact.Title), VerbatimQuotesRule.CollapseWhitespace(fact.Quote));
        }
    }
}
