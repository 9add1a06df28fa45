using System.Security.Cryptography;
using System.Text;

namespace PolityGraph.Loader.Reading;

/// <summary>
/// A source's text read into a buffer the caller keeps, and its hash, without a new string or byte array per file.
/// A load reads every source text twice (checked, then written); as a string plus its UTF-8 copy to hash, each large
/// article was new large-object garbage, and at the benchmark's 100,000 people that garbage (0.4 GB in all) let the
/// quote check's peak rise 100 MB above what it holds.
/// </summary>
public static class SourceTextFile
{
    /// <summary>
    /// Reads the file as <see cref="File.ReadAllText(string, Encoding)"/> with UTF-8 does (a byte order mark is
    /// skipped), into <paramref name="buffer"/>, grown when too small. Returns the number of characters.
    /// </summary>
    public static int ReadInto(string path, ref char[] buffer)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var bytes = reader.BaseStream.Length;
        if (buffer.Length < bytes + 1) buffer = new char[checked((int)bytes + 1)]; // UTF-8: never more characters than bytes
        var length = 0;
        int read;
        while ((read = reader.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2); // not for UTF-8 files; any other encoding
        }
        return length;
    }

    /// <summary>SHA-256 of the text's UTF-8 bytes (what <c>SHA256.HashData(Encoding.UTF8.GetBytes(text))</c> gives), encoded in chunks.</summary>
    public static byte[] Hash(ReadOnlySpan<char> text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = Encoding.UTF8.GetEncoder();
        Span<byte> chunk = stackalloc byte[4096];
        while (true)
        {
            var slice = text[..Math.Min(text.Length, 1024)];
            var last = slice.Length == text.Length;
            encoder.Convert(slice, chunk, flush: last, out var used, out var written, out _);
            hash.AppendData(chunk[..written]);
            text = text[used..];
            if (last && used == slice.Length) break;
        }
        return hash.GetHashAndReset();
    }
}
