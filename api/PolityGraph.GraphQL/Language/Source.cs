namespace PolityGraph.GraphQL.Language;

/// <summary>A GraphQL document's text with a name for messages; maps offsets to lines and columns.</summary>
public sealed class Source
{
    public Source(string body, string name = "GraphQL request")
    {
        Body = body ?? throw new ArgumentNullException(nameof(body));
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>Line and column of an offset; \r\n, \n and \r each end a line (spec 2.1.3).</summary>
    public SourceLocation GetLocation(int offset)
    {
        int line = 1, lineStart = 0;
        var body = Body.AsSpan();
        var end = Math.Min(offset, body.Length);
        for (var i = 0; i < end; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n') i++;
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(line, offset - lineStart + 1);
    }
}
