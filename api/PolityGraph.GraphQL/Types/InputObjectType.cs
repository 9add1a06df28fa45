namespace PolityGraph.GraphQL.Types;

/// <summary>An input object (spec 3.10); coerced values are IReadOnlyDictionary&lt;string, object?&gt; maps.</summary>
public sealed class InputObjectType : NamedType
{
    private readonly List<InputValueDefinition> _fields = new();
    private readonly Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);

    public InputObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyList<InputValueDefinition> Fields => _fields;

    /// <summary>
    /// A OneOf Input Object (@oneOf, spec draft 3.10.1): a value gives exactly one field, and not null. Its fields
    /// are nullable and have no defaults (<see cref="SchemaValidator"/>).
    /// </summary>
    public bool IsOneOf { get; init; }

    public InputValueDefinition? GetField(string name) => _byName.TryGetValue(name, out var field) ? field : null;

    internal void AddField(InputValueDefinition field)
    {
        if (!_byName.TryAdd(field.Name, field))
            throw new SchemaException($"Input field \"{Name}.{field.Name}\" can only be defined once.");
        _fields.Add(field);
    }
}
