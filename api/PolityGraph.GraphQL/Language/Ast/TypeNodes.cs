namespace PolityGraph.GraphQL.Language.Ast;

/// <summary>A type reference: <c>Name</c>, <c>[T]</c> or <c>T!</c> (spec 2.11).</summary>
public abstract record TypeNode(Location? Location) : AstNode(Location);

public sealed record NamedTypeNode(NameNode Name, Location? Location = null) : TypeNode(Location)
{
    public override NodeKind Kind => NodeKind.NamedType;
}

public sealed record ListTypeNode(TypeNode Type, Location? Location = null) : TypeNode(Location)
{
    public override NodeKind Kind => NodeKind.ListType;
}

/// <summary><c>T!</c>; the inner type is never itself non-null.</summary>
public sealed record NonNullTypeNode(TypeNode Type, Location? Location = null) : TypeNode(Location)
{
    public override NodeKind Kind => NodeKind.NonNullType;
}
