using PolityGraph.GraphQL.Language;
using System.Globalization;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Types;

/// <summary>Int: a signed 32-bit integer (spec 3.5.1); anything outside that range is an error, not a wrap.</summary>
public sealed class IntType : ScalarType
{
    public IntType()
        : base("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case int i: return i;
            case bool b: return b ? 1 : 0;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                return FromNumber(parsed, value);
            default:
                if (Numbers.TryGetDouble(value, out var number)) return FromNumber(number, value);
                throw Error("Int cannot represent non-integer value: " + Inspect.Value(value));
        }
    }

    public override object? ParseValue(object? value)
    {
        if (value is int i) return i;
        if (value is not bool && Numbers.TryGetDouble(value, out var number)) return FromNumber(number, value);
        throw Error("Int cannot represent non-integer value: " + Inspect.Value(value));
    }

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (value is not IntValueNode literal)
            throw Error("Int cannot represent non-integer value: " + Printer.Print(value));
        if (!int.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
            throw Error("Int cannot represent non 32-bit signed integer value: " + literal.Value);
        return result;
    }

    private static int FromNumber(double number, object? original)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Floor(number) != number)
            throw Error("Int cannot represent non-integer value: " + Inspect.Value(original));
        if (number > int.MaxValue || number < int.MinValue)
            throw Error("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(original));
        return (int)number;
    }
}
