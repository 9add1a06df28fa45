using System.Text;

namespace PolityGraph.Extractor.Input;

/// <summary>Input the extractor refuses, with the reason for the archivist.</summary>
public sealed class BadInputException(string message) : Exception(message);

/// <summary>
/// Reads the article to extract from: a UTF-8 text file of at most <see cref="MaxBytes"/> that
/// contains Vietnamese. Anything else is refused with a reason before anything is written.
/// </summary>
public static class ArticleFile
{
    /// <summary>1 MiB: a long article is ~50 KB; a larger file is not one article.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Letters only Vietnamese writes (ă â đ ê ô ơ ư) and its dot-below and hook-above tones.</summary>
    private const string VietnameseLetters = "ăâđêôơưĂÂĐÊÔƠƯ";

    public static (string Text, byte[] Bytes) Read(string path)
    {
        if (Directory.Exists(path)) throw new BadInputException($"{path} is a folder, not an article file.");
        if (!File.Exists(path)) throw new BadInputException($"{path} does not exist.");
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
            throw new BadInputException($"{path} is {length} bytes, over the limit of {MaxBytes} bytes (1 MiB) for one article.");
        var bytes = File.ReadAllBytes(path);
        return (Check(path, bytes), bytes);
    }

    /// <summary>The text of the bytes, or a <see cref="BadInputException"/> saying why they are no article.</summary>
    public static string Check(string name, byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
            throw new BadInputException($"{name} is {bytes.Length} bytes, over the limit of {MaxBytes} bytes (1 MiB) for one article.");
        if (bytes.Length == 0) throw new BadInputException($"{name} is empty.");
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) throw new BadInputException($"{name} is a binary file (a NUL byte at offset {nul}), not a text article.");
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new BadInputException($"{name} is not valid UTF-8 (bad byte at offset {e.Index}): save the article as UTF-8 text.");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text)) throw new BadInputException($"{name} is empty (only whitespace).");
        var controls = text.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');
        if (controls > 0) throw new BadInputException($"{name} holds {controls} control characters: it looks binary, not a text article.");
        if (!IsVietnamese(text)) throw new BadInputException($"{name} contains no Vietnamese text (no letter with Vietnamese diacritics).");
        return text;
    }

    /// <summary>At least three letters that only Vietnamese writes.</summary>
    public static bool IsVietnamese(string text)
    {
        var count = 0;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (VietnameseLetters.Contains(c) || c is '\u0323' or '\u0309' or '\u031B' or '\u0306')
                count++;
            if (count >= 3) return true;
        }
        // Composed forms of ơ/ư decompose to o/u + U+031B, ă to a + U+0306; đ stays itself.
        return false;
    }
}
