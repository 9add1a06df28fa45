using PolityGraph.GraphQL.Language;
using System.Globalization;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Types;

/// <summary>String: UTF-8 text (spec 3.5.3). Output accepts booleans and numbers; input only strings.</summary>
public sealed class StringType : ScalarType
{
    public StringType()
        : base("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    public override object? Serialize(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        Enum e => e.ToString(),
        _ when Numbers.TryGetDouble(value, out _) => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => throw Error("String cannot represent value: " + Inspect.Value(value)),
    };

    public override object? ParseValue(object? value) =>
        value as string ?? throw Error("String cannot represent a non string value: " + Inspect.Value(value));

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null) =>
        value is StringValueNode s ? s.Value : throw Error("String cannot represent a non string value: " + Printer.Print(value));
}
