using PolityGraph.GraphQL.Language;
using System.Globalization;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Types;

/// <summary>
/// Date: an ISO 8601 calendar date written YYYY-MM-DD. The internal value is the canonical string, because
/// the graph stores dates as such strings (they compare correctly); impossible dates such as 2020-02-30 are
/// rejected with the reason. Output also accepts DateOnly and DateTime.
/// </summary>
public sealed class DateScalar : ScalarType
{
    public DateScalar(string name = "Date", string? description = null)
        : base(name, description)
    {
    }

    public override object? Serialize(object? value) => value switch
    {
        string s => Validate(s),
        DateOnly d => Format(d),
        DateTime dt => Format(DateOnly.FromDateTime(dt)),
        DateTimeOffset dto => Format(DateOnly.FromDateTime(dto.Date)),
        _ => throw Error($"{Name} cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object? value) =>
        value is string s ? Validate(s) : throw Error($"{Name} cannot represent a non string value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null) =>
        value is StringValueNode s ? Validate(s.Value) : throw Error($"{Name} cannot represent a non string value: {Printer.Print(value)}");

    private string Validate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !AllDigits(text, 0, 4) || !AllDigits(text, 5, 2) || !AllDigits(text, 8, 2))
            throw Error($"{Name} must be a date written YYYY-MM-DD, found {Inspect.Value(text)}.");
        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture);
        if (year < 1) throw Error($"{Name} {Inspect.Value(text)} is not a valid date: year 0000 does not exist.");
        if (month is < 1 or > 12) throw Error($"{Name} {Inspect.Value(text)} is not a valid date: month {month} does not exist.");
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
            throw Error($"{Name} {Inspect.Value(text)} is not a valid date: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {daysInMonth} days.");
        return text;
    }

    private static bool AllDigits(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++) if (text[i] is < '0' or > '9') return false;
        return true;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
