namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>
/// Character-level damage to documents: deletions, and insertions or replacements of fragments that are
/// hard on a lexer (escapes, surrogates, block quotes, number edges, keywords). Deterministic for a given Random.
/// </summary>
internal static class CharacterMutator
{
    public static readonly string[] Fragments =
    {
        "{", "}", "(", ")", "[", "]", "!", "$", "&", "|", "@", ":", "=", "...", ".", "..", "\"", "\"\"\"", "\\", "\\u",
        "\\u{", "\\uD83D", "\\uDE00", "\\u{1F600}", "\\u{110000}", "#", "\n", "\r", "\r\n", " ", ",", "\t", "\uFEFF",
        "0", "-", "-0", "00", "1.5", ".5", "1e", "1E+", "0x", "e", "on", "query", "mutation", "subscription", "fragment",
        "extend", "type", "schema", "directive", "repeatable", "implements", "null", "true", "\uD800", "\uDC00",
        "\u0007", "é", "\U0001F600", "'", "\"\\\"\"\"\"", "\u2028",
    };

    public static string Mutate(string text, Random random)
    {
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(text.Length + 1);
            var fragment = Fragments[random.Next(Fragments.Length)];
            text = random.Next(3) switch
            {
                0 => text.Remove(at, Math.Min(random.Next(1, 6), text.Length - at)),
                1 => text.Insert(at, fragment),
                _ => text[..at] + fragment + text[Math.Min(at + 1, text.Length)..],
            };
        }
        return random.Next(4) == 0 ? text[..random.Next(text.Length + 1)] : text;
    }
}
