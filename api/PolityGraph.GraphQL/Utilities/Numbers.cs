using System.Globalization;
using System.Text.Json;

namespace PolityGraph.GraphQL.Utilities;

/// <summary>Numbers as they arrive from JSON or resolvers (int, long, double, decimal, ...), read uniformly.</summary>
internal static class Numbers
{
    public static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case JsonElement { ValueKind: JsonValueKind.Number } e: number = e.GetDouble(); return true;
            default: number = 0; return false;
        }
    }

    /// <summary>True for integral numbers (a double or decimal with no fraction counts).</summary>
    public static bool TryGetInteger(object? value, out long integer)
    {
        switch (value)
        {
            case int i: integer = i; return true;
            case long l: integer = l; return true;
            case short s: integer = s; return true;
            case byte b: integer = b; return true;
            case uint ui: integer = ui; return true;
            case bool: integer = 0; return false;
        }
        if (TryGetDouble(value, out var d) && double.IsFinite(d) && Math.Floor(d) == d && Math.Abs(d) < 9.007199254740992E15)
        {
            integer = (long)d;
            return true;
        }
        integer = 0;
        return false;
    }

    /// <summary>A double written as JavaScript's String(number) writes it (so printed defaults match graphql-js).</summary>
    public static string FormatLikeJavaScript(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (Math.Floor(value) == value && Math.Abs(value) < 1e21) return ((decimal)value).ToString(CultureInfo.InvariantCulture);
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E');
        if (e < 0) return text;
        var mantissa = text[..e];
        var exponent = text[(e + 1)..];
        if (!exponent.StartsWith('-') && !exponent.StartsWith('+')) exponent = "+" + exponent;
        return mantissa + "e" + exponent;
    }
}
