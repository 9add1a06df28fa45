namespace PolityGraph.GraphQL.Types;

/// <summary>An interface (spec 3.7); since the 2021 spec an interface may implement other interfaces.</summary>
public sealed class InterfaceType : ComplexType
{
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Picks the object type of a value; when null the executor falls back to "__typename" or the CLR type name.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
