using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Types;

/// <summary>
/// A scalar declared in SDL with no implementation added: values pass through unchanged and literals become
/// plain values (as graphql-js buildSchema does). Add a real <see cref="ScalarType"/> to validate values.
/// </summary>
public sealed class PassThroughScalar : ScalarType
{
    public PassThroughScalar(string name, string? description = null)
        : base(name, description)
    {
    }

    public override object? Serialize(object? value) => JsonValues.Normalize(value);

    public override object? ParseValue(object? value) => JsonValues.Normalize(value);

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null) => value switch
    {
        VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var found) ? found : null,
        IntValueNode i => long.TryParse(i.Value, out var l) ? (l is >= int.MinValue and <= int.MaxValue ? (int)l : l) : double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        NullValueNode => null,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(item => ParseLiteral(item, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => ParseLiteral(f.Value, variables)),
        _ => throw Error($"{Name} cannot represent value: {Printer.Print(value)}"),
    };
}
