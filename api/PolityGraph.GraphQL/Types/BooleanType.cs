using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Types;

/// <summary>Boolean (spec 3.5.4). Output accepts numbers (non-zero is true); input only true and false.</summary>
public sealed class BooleanType : ScalarType
{
    public BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    public override object? Serialize(object? value)
    {
        if (value is bool b) return b;
        if (Numbers.TryGetDouble(value, out var number) && double.IsFinite(number)) return number != 0;
        throw Error("Boolean cannot represent a non boolean value: " + Inspect.Value(value));
    }

    public override object? ParseValue(object? value) =>
        value is bool b ? b : throw Error("Boolean cannot represent a non boolean value: " + Inspect.Value(value));

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null) =>
        value is BooleanValueNode b ? b.Value : throw Error("Boolean cannot represent a non boolean value: " + Printer.Print(value));
}
