using PolityGraph.Extractor.Grammar;
using PolityGraph.GraphModel;

namespace PolityGraph.Extraction.Scoring;

public sealed record Score(int Gold, int Extracted, int Correct, IReadOnlyList<string> Misses, IReadOnlyList<string> Wrong)
{
    public double Precision => Extracted == 0 ? 1 : (double)Correct / Extracted;
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    public static Score operator +(Score a, Score b) =>
        new(a.Gold + b.Gold, a.Extracted + b.Extracted, a.Correct + b.Correct, [.. a.Misses, .. b.Misses], [.. a.Wrong, .. b.Wrong]);

    public static readonly Score Zero = new(0, 0, 0, [], []);
}

/// <summary>
/// Precision and recall of (person, post) pairs. A pair matches when the folded names are equal and
/// the posts match by tests/extraction/README.md's rule: folded titles equal after expanding UBND,
/// HĐND, MTTQ, ĐBQH, UVT.Ư, TP/TPHCM, TT&TT, VHTT&DL, GTVT, LHPN, H./Q./TX. and dropping "tỉnh", "thành phố" and a leading "nguyên"/"quyền"
/// (<see cref="PostKeys.OfPost"/>), or the title equals the gold title followed by its place. Each gold
/// fact matches at most one extracted fact; an optional gold fact is neither counted nor missed.
/// </summary>
public static class Scorer
{
    public static Score Score(GoldArticle article, IReadOnlyList<ExtractedFact> extracted) =>
        Tally(article, extracted, Matches, _ => false, fact => $"{fact.Person} | {fact.Title} ({fact.Post})");

    /// <summary>
    /// A second, independent annotation of the same article scored against its gold as if it were extracted: how far two
    /// annotators following one brief agree, the ceiling a tool measured on one annotator's gold can be expected to reach.
    /// A second fact marked optional that matches nothing is neither counted nor wrong, as a gold optional fact is not missed.
    /// </summary>
    public static Score Agreement(GoldArticle article, IReadOnlyList<GoldFact> second) =>
        Tally(article, second, Agree, fact => fact.Optional, fact => $"{fact.Person} | {fact.Title}");

    /// <summary>
    /// Each found fact takes the first gold fact it matches that no fact took before. A match with an optional gold fact counts
    /// for nothing; a found fact that matches nothing is wrong unless <paramref name="optional"/> says it may go unmatched.
    /// </summary>
    private static Score Tally<T>(GoldArticle article, IReadOnlyList<T> found, Func<GoldFact, T, bool> matches, Func<T, bool> optional,
        Func<T, string> describe)
    {
        var unmatched = article.Facts.ToList();
        var (counted, correct) = (0, 0);
        var wrong = new List<string>();
        foreach (var fact in found)
        {
            var gold = unmatched.FirstOrDefault(g => matches(g, fact));
            if (gold is null)
            {
                if (optional(fact)) continue;
                counted++;
                wrong.Add($"{article.Id}: {describe(fact)}");
                continue;
            }
            unmatched.Remove(gold);
            if (gold.Optional) continue;
            counted++;
            correct++;
        }
        var misses = unmatched.Where(g => !g.Optional).Select(g => $"{article.Id}: {g.Person} | {g.Title}").ToList();
        return new Score(article.Facts.Count(f => !f.Optional), counted, correct, misses, wrong);
    }

    static bool Agree(GoldFact first, GoldFact second) =>
        SearchFolding.Fold(first.Person) == SearchFolding.Fold(second.Person) && Keys(first).Intersect(Keys(second)).Any();

    static IEnumerable<string> Keys(GoldFact fact) =>
        new[] { fact.Title, fact.Place is null ? null : fact.Title + " " + fact.Place }.OfType<string>().Select(PostKeys.OfPost);

    public static bool Matches(GoldFact gold, ExtractedFact fact)
    {
        if (SearchFolding.Fold(gold.Person) != SearchFolding.Fold(fact.Person)) return false;
        var goldKeys = Keys(gold);
        // The post without the place carried from context is the title as written less a committee's number ("Bí thư Tỉnh ủy
        // khóa XVI" → "Bí thư Tỉnh ủy"), which the annotation leaves out of a title too.
        var written = fact.PlaceFromContext && fact.Place is { } place && fact.Post.EndsWith(" " + place, StringComparison.Ordinal)
            ? fact.Post[..^(place.Length + 1)] : fact.Post;
        var factKeys = new[] { fact.Title, fact.Post, written }.Select(PostKeys.OfPost);
        return goldKeys.Intersect(factKeys).Any();
    }
}
