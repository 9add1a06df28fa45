using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// Picks the response media type from the Accept header (RFC 9110 section 12.5.1, GraphQL over HTTP "Accept").
/// Each candidate takes the quality of the most specific range that matches it; the highest quality wins.
/// Ties: a type the client named exactly beats one it reached by wildcard; among exact names
/// application/graphql-response+json is preferred, and a wildcard alone (or no Accept header) means
/// application/json, as the spec asks of servers until its legacy watershed.
/// </summary>
public static class AcceptNegotiation
{
    private static readonly ResponseMediaType[] PostCandidates = [ResponseMediaType.GraphQLResponseJson, ResponseMediaType.Json];
    private static readonly ResponseMediaType[] GetCandidates = [ResponseMediaType.GraphQLResponseJson, ResponseMediaType.Json, ResponseMediaType.Html];

    /// <summary>Candidates for a request: HTML (GraphiQL) only for GET with the IDE enabled.</summary>
    public static IReadOnlyList<ResponseMediaType> Candidates(bool htmlAllowed) => htmlAllowed ? GetCandidates : PostCandidates;

    /// <summary>The chosen type, or null when the client accepts none of the candidates (406).</summary>
    public static ResponseMediaType? Negotiate(StringValues acceptHeaders, IReadOnlyList<ResponseMediaType> candidates)
    {
        if (StringValues.IsNullOrEmpty(acceptHeaders) || acceptHeaders.All(string.IsNullOrWhiteSpace))
            return candidates.Contains(ResponseMediaType.Json) ? ResponseMediaType.Json : candidates[0];

        // An unparsable header is treated as absent rather than as "nothing acceptable": RFC 9110 lets a
        // server ignore a malformed Accept, and answering JSON helps the client more than a 406 would.
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders.Where(value => value is not null).ToArray()!, out var ranges) || ranges.Count == 0)
            return candidates.Contains(ResponseMediaType.Json) ? ResponseMediaType.Json : candidates[0];

        ResponseMediaType? best = null;
        var bestRank = (Quality: 0.0, Specificity: -1, Preference: -1);
        foreach (var candidate in candidates)
        {
            if (Match(candidate, ranges) is not { } match || match.Quality <= 0) continue;
            var rank = (match.Quality, match.Specificity, Preference(candidate, exact: match.Specificity == 2));
            if (rank.CompareTo(bestRank) > 0)
            {
                best = candidate;
                bestRank = rank;
            }
        }
        return best;
    }

    // Specificity: 2 = type/subtype, 1 = type/*, 0 = */*. Ranges asking for a charset other than UTF-8
    // do not match: we only write UTF-8.
    private static (double Quality, int Specificity)? Match(ResponseMediaType candidate, IList<MediaTypeHeaderValue> ranges)
    {
        var name = Name(candidate);
        var slash = name.IndexOf('/');
        var type = name[..slash];
        (double Quality, int Specificity)? best = null;
        foreach (var range in ranges)
        {
            var mediaType = range.MediaType.Value ?? "";
            int specificity;
            if (mediaType.Equals(name, StringComparison.OrdinalIgnoreCase)) specificity = 2;
            else if (mediaType.Equals(type + "/*", StringComparison.OrdinalIgnoreCase)) specificity = 1;
            else if (mediaType == "*/*") specificity = 0;
            else continue;

            var charset = range.Charset.Value;
            if (!string.IsNullOrEmpty(charset) && !IsUtf8(charset)) continue;

            if (best is null || specificity > best.Value.Specificity)
                best = (range.Quality ?? 1.0, specificity);
        }
        return best;
    }

    private static int Preference(ResponseMediaType candidate, bool exact) => (candidate, exact) switch
    {
        (ResponseMediaType.GraphQLResponseJson, true) => 2,
        (ResponseMediaType.Json, true) => 1,
        (ResponseMediaType.Json, false) => 2,
        (ResponseMediaType.GraphQLResponseJson, false) => 1,
        _ => 0,
    };

    private static string Name(ResponseMediaType candidate) => candidate switch
    {
        ResponseMediaType.GraphQLResponseJson => MediaTypeNames.GraphQLResponseJson,
        ResponseMediaType.Json => MediaTypeNames.Json,
        _ => MediaTypeNames.Html,
    };

    internal static bool IsUtf8(string charset) =>
        charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || charset.Trim('"').Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
