using System.Text;

namespace PolityGraph.GraphQL.Language;

/// <summary>
/// Block string rules: the spec's BlockStringValue dedent (2.9.4) for reading, and graphql-js's
/// printBlockString / isPrintableAsBlockString for writing, so printed SDL matches graphql-js byte for byte.
/// </summary>
public static class BlockStrings
{
    /// <summary>
    /// BlockStringValue(rawValue): remove the common indentation of all lines but the first, then leading and
    /// trailing blank lines; join with \n. <paramref name="lines"/> are the raw lines (terminators removed).
    /// </summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length) continue;
            if (firstNonEmpty < 0) firstNonEmpty = i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent) commonIndent = indent;
        }
        if (firstNonEmpty < 0) return string.Empty;
        if (firstNonEmpty == lastNonEmpty && (firstNonEmpty == 0 || commonIndent == 0)) return lines[firstNonEmpty];

        var result = new StringBuilder();
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i > firstNonEmpty) result.Append('\n');
            var line = lines[i];
            if (i == 0) result.Append(line);
            else if (line.Length > commonIndent) result.Append(line, commonIndent, line.Length - commonIndent);
        }
        return result.ToString();
    }

    /// <summary>Dedents a raw block string body as written between the triple quotes (\""" already unescaped).</summary>
    public static string Dedent(string rawValue) => Dedent(SplitLines(rawValue));

    /// <summary>Whether printing <paramref name="value"/> as a block string reads back the same value.</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0) return true;
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\r':
                    return false; // \r and \r\n would read back as \n
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false; // a leading blank line would be dropped
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t':
                case ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    if (c < 0x20) return false; // non-printable
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false; // trailing blank lines would be dropped
        if (hasCommonIndent && seenNonEmptyLine) return false; // common indentation would be removed
        return true;
    }

    /// <summary>graphql-js printBlockString: triple quotes escaped, new lines added only where they help.</summary>
    public static string Print(string value, bool minimize = false)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Count == 1;

        var forceLeadingNewLine = lines.Count > 1;
        for (var i = 1; i < lines.Count && forceLeadingNewLine; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || IsWhiteSpace(lines[i][0]);
        }

        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;

        var printAsMultipleLines = !minimize &&
            (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) result.Append('\n');
        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine) result.Append('\n');
        return result.Append("\"\"\"").ToString();
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r') continue;
            lines.Add(text.Substring(start, i - start));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        lines.Add(text.Substring(start));
        return lines;
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhiteSpace(line[i])) i++;
        return i;
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';
}
