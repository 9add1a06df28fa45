using PolityGraph.GraphQL.Language;
using System.Globalization;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Types;

/// <summary>Float: a finite double (spec 3.5.2); integer inputs are accepted as floats.</summary>
public sealed class FloatType : ScalarType
{
    public FloatType()
        : base("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case double d when double.IsFinite(d): return d;
            case bool b: return b ? 1d : 0d;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed):
                return parsed;
            default:
                if (Numbers.TryGetDouble(value, out var number) && double.IsFinite(number)) return number;
                throw Error("Float cannot represent non numeric value: " + Inspect.Value(value));
        }
    }

    public override object? ParseValue(object? value)
    {
        if (value is not bool && Numbers.TryGetDouble(value, out var number) && double.IsFinite(number)) return number;
        throw Error("Float cannot represent non numeric value: " + Inspect.Value(value));
    }

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var text = value switch
        {
            FloatValueNode f => f.Value,
            IntValueNode i => i.Value,
            _ => throw Error("Float cannot represent non numeric value: " + Printer.Print(value)),
        };
        var result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(result)) throw Error("Float cannot represent non numeric value: " + text);
        return result;
    }
}
