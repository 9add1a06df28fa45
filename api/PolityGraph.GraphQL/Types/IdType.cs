using PolityGraph.GraphQL.Language;
using System.Globalization;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Types;

/// <summary>ID (spec 3.5.5): serialized as a string; integer inputs are accepted and become strings.</summary>
public sealed class IdType : ScalarType
{
    public IdType()
        : base("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    public override object? Serialize(object? value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when Numbers.TryGetInteger(value, out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        _ => throw Error("ID cannot represent value: " + Inspect.Value(value)),
    };

    public override object? ParseValue(object? value) => value switch
    {
        string s => s,
        bool => throw Error("ID cannot represent value: " + Inspect.Value(value)),
        _ when Numbers.TryGetInteger(value, out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        _ => throw Error("ID cannot represent value: " + Inspect.Value(value)),
    };

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null) => value switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw Error("ID cannot represent a non-string and non-integer value: " + Printer.Print(value)),
    };
}
