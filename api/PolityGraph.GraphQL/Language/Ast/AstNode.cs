namespace PolityGraph.GraphQL.Language.Ast;

/// <summary>
/// The base of every syntax tree node. Nodes are immutable records; <see cref="Location"/> is null for nodes
/// built in code or parsed with <see cref="ParserOptions.NoLocation"/>.
/// </summary>
public abstract record AstNode(Location? Location)
{
    public abstract NodeKind Kind { get; }
}

/// <summary>A name token's value (spec 2.1.9).</summary>
public sealed record NameNode(string Value, Location? Location = null) : AstNode(Location)
{
    public override NodeKind Kind => NodeKind.Name;

    public override string ToString() => Value;
}

/// <summary>A whole document: executable and/or type-system definitions (spec 2.2).</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions, Location? Location = null) : AstNode(Location)
{
    public override NodeKind Kind => NodeKind.Document;
}

/// <summary>Anything that may appear at the top level of a document.</summary>
public abstract record DefinitionNode(Location? Location) : AstNode(Location);

/// <summary>Operations and fragments (spec 2.2 ExecutableDefinition).</summary>
public abstract record ExecutableDefinitionNode(
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location? Location) : DefinitionNode(Location);

/// <summary>Schema, type and directive definitions (spec 3 TypeSystemDefinition).</summary>
public abstract record TypeSystemDefinitionNode(Location? Location) : DefinitionNode(Location);

/// <summary>Schema and type extensions (spec 3 TypeSystemExtension).</summary>
public abstract record TypeSystemExtensionNode(Location? Location) : DefinitionNode(Location);
