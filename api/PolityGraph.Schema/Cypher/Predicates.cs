using PolityGraph.GraphModel;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema.Cypher;

/// <summary>The WHERE conditions that @filter arguments declare; every value goes in as a parameter.</summary>
public static class Predicates
{
    /// <summary>Conditions for the given (coerced) argument values; arguments absent or null add none.</summary>
    public static List<string> For(
        IReadOnlyDictionary<string, FilterKind> filters,
        IReadOnlyDictionary<string, object?> arguments,
        TypeMapping? itemType,
        Binding item,
        CypherScope scope)
    {
        var conditions = new List<string>();
        foreach (var (argument, kind) in filters)
        {
            if (!arguments.TryGetValue(argument, out var value) || value is null) continue;
            conditions.Add(kind switch
            {
                FilterKind.Search => Search(item.Variable, (string)value, scope),
                FilterKind.ResolutionCode => ResolutionCode(item.Variable, (string)value, scope),
                FilterKind.HeldOn => HeldOn(Span(itemType, item, argument), DateText(value), scope),
                FilterKind.OverlapsFrom => $"{Span(itemType, item, argument).End} >= {scope.Parameter(DateText(value))}",
                FilterKind.OverlapsTo => $"{Span(itemType, item, argument).Start} <= {scope.Parameter(DateText(value))}",
                _ => throw new InvalidOperationException($"Unknown filter {kind}."),
            });
        }
        return conditions;
    }

    /// <summary>
    /// <c>searchKey CONTAINS term</c>, both folded the same way (SearchFolding): case and Vietnamese
    /// diacritics are ignored, so "dinh tien dung" finds "Đinh Tiến Dũng".
    /// </summary>
    public static string Search(string variable, string term, CypherScope scope) =>
        $"{variable}.{CypherText.Name(Properties.SearchKey)} CONTAINS {scope.Parameter(SearchFolding.Fold(term))}";

    /// <summary>
    /// Resolution codes compare without case or spaces, and "TƯ" (Trung ương, as the articles write it) equals
    /// "TW" (as the contract writes it): "28-NQ/TW" finds a code stored as "28-NQ/TƯ".
    /// </summary>
    public static string ResolutionCode(string variable, string code, CypherScope scope) =>
        $"replace(replace(toUpper({variable}.{CypherText.Name(Properties.Code)}), ' ', ''), 'TƯ', 'TW') = {scope.Parameter(NormalizeCode(code))}";

    public static string NormalizeCode(string code) =>
        code.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("TƯ", "TW", StringComparison.Ordinal);

    /// <summary>start &lt;= D AND D &lt;= end: the spec of "held on" in the contract's Tenure comment.</summary>
    public static string HeldOn((string Start, string End) span, string date, CypherScope scope)
    {
        var d = scope.Parameter(date);
        return $"{span.Start} <= {d} AND {d} <= {span.End}";
    }

    /// <summary>
    /// The item's timespan as two Cypher expressions: start = <c>coalesce(start, earliest attested, end)</c>,
    /// end = <c>coalesce(end, latest attested, start)</c>. ISO date strings compare as dates, and Cypher 3.1
    /// has no list min/max, hence reduce().
    /// </summary>
    public static (string Start, string End) Span(TypeMapping? type, Binding item, string argument)
    {
        var timespan = type?.Timespan ?? throw new InvalidOperationException($"Argument {argument} filters by time, but {type?.TypeName ?? "the item type"} declares no @timespan.");
        var holder = item.Variable;
        if (timespan.Through is { } through)
        {
            var endpoint = type.Field(through) as EndpointField ?? throw new InvalidOperationException($"@timespan(through: \"{through}\") must name a @startNode or @endNode field.");
            holder = endpoint.IsStart ? item.Start! : item.End!;
        }
        var start = $"{holder}.{CypherText.Name(timespan.Start)}";
        var end = $"{holder}.{CypherText.Name(timespan.End)}";
        if (timespan.Attested is not { } attested)
            return ($"coalesce({start}, {end})", $"coalesce({end}, {start})");
        var dates = $"coalesce({holder}.{CypherText.Name(attested)}, [])";
        var earliest = $"reduce(m = null, d IN {dates} | CASE WHEN m IS NULL OR d < m THEN d ELSE m END)";
        var latest = $"reduce(m = null, d IN {dates} | CASE WHEN m IS NULL OR d > m THEN d ELSE m END)";
        return ($"coalesce({start}, {earliest}, {end})", $"coalesce({end}, {latest}, {start})");
    }

    /// <summary>Dates arrive from the Date scalar as canonical YYYY-MM-DD strings.</summary>
    public static string DateText(object value) => value switch
    {
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Expected a date, got {value.GetType().Name}."),
    };
}
