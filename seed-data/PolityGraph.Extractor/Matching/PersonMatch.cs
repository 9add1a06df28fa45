namespace PolityGraph.Extractor.Matching;

/// <summary>
/// The one rule for taking a known person for the person an article names, whether the seed folder or only the running
/// Neo4j knows them: the one person of exactly that name (or alias); among namesakes, or among names equal only once
/// diacritics are folded, the one who holds one of the posts the article gives the name; otherwise nobody, and the
/// draft says why the name was kept apart as a new person.
/// </summary>
/// <param name="Match">The known person, or null.</param>
/// <param name="Why">Why the match was made, for the record's MATCHED comment.</param>
/// <param name="Review">Why a known person of that name was not taken, for a REVIEW comment.</param>
public sealed record PersonMatch<TPerson>(TPerson? Match, string? Why, string? Review) where TPerson : class
{
    /// <param name="exact">People of exactly that name.</param>
    /// <param name="folded">People whose name is equal only once diacritics are folded.</param>
    /// <param name="holdsAPost">Whether the person holds one of the article's posts for that name.</param>
    /// <param name="describe">How a person is named in the reasons ("person:x in seed-data/people.yaml:3", "person:x 'Name' in Neo4j").</param>
    /// <param name="where">Where those people are known ("known", "in Neo4j"), and <paramref name="there"/> the same as an adverb ("", " there").</param>
    public static PersonMatch<TPerson> Choose(
        IReadOnlyList<TPerson> exact, IReadOnlyList<TPerson> folded, Func<TPerson, bool> holdsAPost,
        Func<TPerson, string> describe, Func<TPerson, string> id, string where, string there)
    {
        if (exact.Count == 1)
            return new(exact[0], $"same name as {describe(exact[0])}" + (holdsAPost(exact[0]) ? $", who holds one of the same posts{there}" : ""), null);
        var candidates = exact.Count > 1 ? exact : folded;
        if (candidates.Count == 0) return new(null, null, null);
        var holders = candidates.Where(holdsAPost).Take(2).ToList();
        var undecided = holders.Count == 0 ? "none holds these posts" : "more than one holds these posts";
        if (exact.Count > 1)
            return holders.Count == 1
                ? new(holders[0], $"{exact.Count} people {where} share the name; {id(holders[0])} holds one of the same posts{there}", null)
                : new(null, null, $"REVIEW: {exact.Count} people {where} share this name ({string.Join(", ", exact.Select(id))}) and {undecided}: kept apart as new");
        return holders.Count == 1
            ? new(holders[0], $"same name once diacritics are folded as {describe(holders[0])}, who holds one of the same posts{there}", null)
            : new(null, null, $"REVIEW: {string.Join(", ", folded.Select(describe))} {(folded.Count == 1 ? "differs" : "differ")} only in diacritics, and {undecided}: kept apart as new");
    }
}
