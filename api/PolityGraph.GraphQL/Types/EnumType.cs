using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Types;

/// <summary>
/// An enum (spec 3.9). Input: only enum literals, or strings in variables; output: an internal value, or the
/// value's name (so resolvers may return plain strings, or CLR enums whose names match).
/// </summary>
public sealed class EnumType : NamedType
{
    private readonly List<EnumValueDefinition> _values = new();
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _byValue = new();

    public EnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values => _values;

    public EnumValueDefinition? GetValue(string name) => _byName.TryGetValue(name, out var value) ? value : null;

    internal void AddValue(EnumValueDefinition value)
    {
        if (!_byName.TryAdd(value.Name, value))
            throw new SchemaException($"Enum value \"{Name}.{value.Name}\" can only be defined once.");
        _values.Add(value);
        if (value.Value is not null) _byValue.TryAdd(value.Value, value);
    }

    /// <summary>Internal value to its name for the response (spec 3.9 result coercion).</summary>
    public string Serialize(object? value)
    {
        if (value is not null && _byValue.TryGetValue(value, out var byValue)) return byValue.Name;
        if (value is string s && _byName.ContainsKey(s)) return s;
        if (value is Enum e && _byName.ContainsKey(e.ToString())) return e.ToString();
        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    /// <summary>A variable's value (a string naming the value) to the internal value.</summary>
    public object? ParseValue(object? value)
    {
        if (value is not string name)
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {Inspect.Value(value)}.{SuggestionsFor(null)}");
        var definition = GetValue(name)
            ?? throw new GraphQLException($"Value \"{name}\" does not exist in \"{Name}\" enum.{SuggestionsFor(name)}");
        return definition.Value;
    }

    /// <summary>An enum literal to the internal value; strings are rejected (spec 3.9 input coercion).</summary>
    public object? ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode enumLiteral)
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(literal)}.{SuggestionsFor(Printer.Print(literal))}");
        var definition = GetValue(enumLiteral.Value)
            ?? throw new GraphQLException($"Value \"{enumLiteral.Value}\" does not exist in \"{Name}\" enum.{SuggestionsFor(enumLiteral.Value)}");
        return definition.Value;
    }

    private string SuggestionsFor(string? input) =>
        input is null ? "" : Suggestions.DidYouMean("the enum value", Suggestions.SuggestionList(input, _values.Select(v => v.Name)));
}
