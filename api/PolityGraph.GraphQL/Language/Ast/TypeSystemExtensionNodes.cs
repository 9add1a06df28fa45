namespace PolityGraph.GraphQL.Language.Ast;

/// <summary><c>extend schema @directives { mutation: Mutation }</c> (spec 3.3.2).</summary>
public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes,
    Location? Location = null) : TypeSystemExtensionNode(Location)
{
    public override NodeKind Kind => NodeKind.SchemaExtension;
}

/// <summary><c>extend type|interface|union|enum|input|scalar Name ...</c> (spec 3.4.3): never a description.</summary>
public abstract record TypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location) : TypeSystemExtensionNode(Location);

public sealed record ScalarTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : TypeExtensionNode(Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location? Location = null) : TypeExtensionNode(Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;
}

public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location? Location = null) : TypeExtensionNode(Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;
}

public sealed record UnionTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types,
    Location? Location = null) : TypeExtensionNode(Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;
}

public sealed record EnumTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values,
    Location? Location = null) : TypeExtensionNode(Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.EnumTypeExtension;
}

public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields,
    Location? Location = null) : TypeExtensionNode(Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;
}
