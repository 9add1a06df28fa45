namespace PolityGraph.GraphQL.Types;

/// <summary>A union of object types (spec 3.8).</summary>
public sealed class UnionType : NamedType
{
    private readonly List<ObjectType> _types = new();

    public UnionType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    public TypeResolver? ResolveType { get; internal set; }

    internal void AddType(ObjectType type) => _types.Add(type);
}
