namespace PolityGraph.GraphQL.Language.Ast;

/// <summary><c>schema @directives { query: Query ... }</c> (spec 3.3).</summary>
public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes,
    Location? Location = null) : TypeSystemDefinitionNode(Location)
{
    public override NodeKind Kind => NodeKind.SchemaDefinition;
}

/// <summary><c>query: Query</c> inside a schema definition or extension.</summary>
public sealed record OperationTypeDefinitionNode(
    OperationType Operation,
    NamedTypeNode Type,
    Location? Location = null) : AstNode(Location)
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;
}

/// <summary>A named type's definition (spec 3.4): every kind has a description, a name and directives.</summary>
public abstract record TypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location) : TypeSystemDefinitionNode(Location);

public sealed record ScalarTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

public sealed record ObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;
}

/// <summary>A field of an object or interface type: <c>name(args): Type @directives</c>.</summary>
public sealed record FieldDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : AstNode(Location)
{
    public override NodeKind Kind => NodeKind.FieldDefinition;
}

/// <summary>An argument or input field definition: <c>name: Type = default @directives</c>.</summary>
public sealed record InputValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : AstNode(Location)
{
    public override NodeKind Kind => NodeKind.InputValueDefinition;
}

/// <summary>An interface; since the 2021 spec interfaces may implement interfaces.</summary>
public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;
}

public sealed record UnionTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;
}

public sealed record EnumTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;
}

public sealed record EnumValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : AstNode(Location)
{
    public override NodeKind Kind => NodeKind.EnumValueDefinition;
}

public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields,
    Location? Location = null) : TypeDefinitionNode(Description, Name, Directives, Location)
{
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;
}

/// <summary><c>directive @name(args) repeatable on LOCATION | ...</c> (spec 3.13).</summary>
public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations,
    Location? Location = null) : TypeSystemDefinitionNode(Location)
{
    public override NodeKind Kind => NodeKind.DirectiveDefinition;
}
