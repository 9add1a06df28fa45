namespace PolityGraph.Extractor.Text;

/// <summary>A word or a punctuation mark of the article, with its place in the original text.</summary>
public sealed record Token(string Text, int Start, int End, int Sentence, bool IsWord)
{
    /// <summary>Lower case, no diacritics, đ → d (SearchFolding), so the lexicon compares one way.</summary>
    public string Folded { get; } = IsWord ? GraphModel.SearchFolding.Fold(Text) : Text;

    /// <summary>
    /// Lower case with the diacritics kept (NFC): where folding would merge words the grammar must keep apart,
    /// as "Đảng" (a body) and "Đăng" (a given name), or "Vụ" and "Vũ".
    /// </summary>
    public string Lowered { get; } = IsWord ? Text.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant() : Text;

    /// <summary>
    /// A word in lower case with the vowels' own marks (â, ê, ô, ơ, ư, ă, đ) and its tone kept apart from where it sits ("hoà" and
    /// "hòa", "thuỷ" and "thủy" are one spelling): tells "Đông" from "Đồng" where <see cref="Folded"/> merges them. Computed when
    /// asked (only a place's match needs it), not for every token.
    /// </summary>
    public static string SpellingOf(string word)
    {
        var letters = new System.Text.StringBuilder();
        var tone = ' ';
        foreach (var c in word.Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant())
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') tone = c;
            else letters.Append(c);
        return letters.ToString().Normalize(System.Text.NormalizationForm.FormC) + tone;
    }

    /// <summary>Written with a diacritic: a text typed without them has no spelling to compare beyond <see cref="Folded"/>.</summary>
    public bool HasDiacritics => IsWord && Folded != Lowered;

    /// <summary>Starts with a capital letter ("Tỉnh", "UBND").</summary>
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    /// <summary>Two or more letters, all capitals: an abbreviation such as UBND, TPHCM, ĐBQH, UVT.Ư.</summary>
    public bool IsAbbreviation => IsWord && Text.Count(char.IsLetter) >= 2 && Text.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>Capitalised like a syllable of a name: "Dũng", not "UBND" nor "dũng".</summary>
    /// <remarks>A capital right after an apostrophe is part of the syllable's spelling ("K'Ré", "H'Hen"). A slash is no
    /// syllable's ("Đ/c", the marker "đồng chí" abbreviated).
    /// A foreign name's capitals inside a word are its spelling too: after "Mc" ("McCarthy") and after a hyphen in a word of
    /// Latin letters Vietnamese shares with western languages ("Díaz-Canel"), never in a Vietnamese word ("Rịa-Vũng").</remarks>
    public bool IsNameLike => IsCapitalized && !IsAbbreviation && !char.IsDigit(Text[0]) && !Text.Contains('/') &&
                              Text.Select((c, i) => i == 0 || !char.IsUpper(c) || Text[i - 1] is '\'' or '’' ||
                                                    i == 2 && Text.StartsWith("Mc", StringComparison.Ordinal) && Text.Length > 3 ||
                                                    Text[i - 1] == '-' && WesternLetters).All(ok => ok);

    /// <summary>Letters and hyphens only, none of them a letter only Vietnamese writes (ă, â, đ, ê, ô, ơ, ư, nor a hook or a dot below).</summary>
    private bool WesternLetters => Text.All(c => c is '-' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' ||
                                                 char.IsLetter(c) && c is >= '\u00C0' and <= '\u017F' && "ăâđêôơưĩũĂÂĐÊÔƠƯĨŨ".IndexOf(c) < 0);

    /// <summary>A syllable spelled with an apostrophe ("K'đăm"): ethnic-minority names write them, Kinh names never.</summary>
    public bool HasApostrophe => IsWord && Text.IndexOfAny(['\'', '’']) > 0;

    public bool IsLower => IsWord && char.IsLower(Text[0]);

    public bool Is(string punctuation) => !IsWord && Text == punctuation;
}
