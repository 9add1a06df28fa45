namespace PolityGraph.GraphQL.Language.Ast;

/// <summary><c>query Name($v: T) @d { ... }</c> or the shorthand <c>{ ... }</c> (spec 2.3).</summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location? Location = null)
    : ExecutableDefinitionNode(Name, VariableDefinitions, Directives, SelectionSet, Location)
{
    public override NodeKind Kind => NodeKind.OperationDefinition;
}

/// <summary><c>$name: Type = default @directives</c> (spec 2.10).</summary>
public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : AstNode(Location)
{
    public override NodeKind Kind => NodeKind.VariableDefinition;
}

/// <summary><c>{ selections }</c> (spec 2.4).</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections, Location? Location = null) : AstNode(Location)
{
    public override NodeKind Kind => NodeKind.SelectionSet;
}

/// <summary>A field, fragment spread or inline fragment; each may carry directives.</summary>
public abstract record SelectionNode(IReadOnlyList<DirectiveNode> Directives, Location? Location) : AstNode(Location);

/// <summary><c>alias: name(args) @directives { ... }</c> (spec 2.5).</summary>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet,
    Location? Location = null) : SelectionNode(Directives, Location)
{
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>The key this field's value takes in the response: the alias if given, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary><c>name: value</c> in a field or directive (spec 2.6).</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value, Location? Location = null) : AstNode(Location)
{
    public override NodeKind Kind => NodeKind.Argument;
}

/// <summary><c>...Name @directives</c> (spec 2.8).</summary>
public sealed record FragmentSpreadNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : SelectionNode(Directives, Location)
{
    public override NodeKind Kind => NodeKind.FragmentSpread;
}

/// <summary><c>... on Type @directives { ... }</c>; the type condition is optional (spec 2.8.2).</summary>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location? Location = null) : SelectionNode(Directives, Location)
{
    public override NodeKind Kind => NodeKind.InlineFragment;
}

/// <summary>
/// <c>fragment Name on Type @directives { ... }</c> (spec 2.8). VariableDefinitions stays empty: fragment
/// variables are not in the October 2021 spec; the member exists so operations and fragments share a base.
/// </summary>
public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location? Location = null)
    : ExecutableDefinitionNode(Name, Array.Empty<VariableDefinitionNode>(), Directives, SelectionSet, Location)
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>A fragment always has a name.</summary>
    public new NameNode Name => base.Name!;
}

/// <summary><c>@name(args)</c> (spec 2.12).</summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments, Location? Location = null) : AstNode(Location)
{
    public override NodeKind Kind => NodeKind.Directive;
}
