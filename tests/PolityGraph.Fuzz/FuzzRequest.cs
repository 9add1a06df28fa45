using System.Text;

namespace PolityGraph.Fuzz;

/// <summary>One generated HTTP request: its family (for the report), method, headers, query string and body bytes.</summary>
public sealed record FuzzRequest(string Family, string Method, string? ContentType, string? Accept, string QueryString, byte[]? Body)
{
    public string? ContentEncoding { get; init; }

    /// <summary>A short printable form for failure reports: invalid bytes are shown as \xNN.</summary>
    public string Describe(int maxBody = 400)
    {
        var text = new StringBuilder($"{Method} ?{Truncate(QueryString, 200)} Content-Type: {ContentType ?? "(none)"} Accept: {Accept ?? "(none)"}");
        if (ContentEncoding is not null) text.Append($" Content-Encoding: {ContentEncoding}");
        if (Body is not null)
        {
            text.Append($" body ({Body.Length} bytes): ");
            foreach (var b in Body.AsSpan(0, Math.Min(Body.Length, maxBody)))
                text.Append(b is >= 0x20 and < 0x7f ? (char)b : $"\\x{b:x2}");
        }
        return text.ToString();
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "...";
}
