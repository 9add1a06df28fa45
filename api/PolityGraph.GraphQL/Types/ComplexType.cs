namespace PolityGraph.GraphQL.Types;

/// <summary>What objects and interfaces share: fields and implemented interfaces (spec 3.6, 3.7).</summary>
public abstract class ComplexType : NamedType
{
    private readonly List<FieldDefinition> _fields = new();
    private readonly Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = new();

    protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public FieldDefinition? GetField(string name) => _fieldsByName.TryGetValue(name, out var field) ? field : null;

    public bool Implements(InterfaceType type) => _interfaces.Contains(type);

    internal void AddField(FieldDefinition field)
    {
        if (!_fieldsByName.TryAdd(field.Name, field))
            throw new SchemaException($"Field \"{Name}.{field.Name}\" can only be defined once.");
        field.DeclaringType = this;
        _fields.Add(field);
    }

    internal void AddInterface(InterfaceType type) => _interfaces.Add(type);
}
