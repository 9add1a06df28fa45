using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : IGraphQLType
{
    protected NamedType(string name, string? description)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public abstract TypeKind Kind { get; }

    /// <summary>The SDL definition this type came from, if any.</summary>
    public TypeDefinitionNode? AstNode { get; internal set; }

    /// <summary>Extensions (<c>extend type ...</c>) applied to this type, in document order.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes => Extensions;

    internal List<TypeExtensionNode> Extensions { get; } = new();

    /// <summary>Directives applied in SDL (definition, then extensions).</summary>
    public IEnumerable<DirectiveNode> AppliedDirectives
    {
        get
        {
            if (AstNode is not null) foreach (var d in AstNode.Directives) yield return d;
            foreach (var extension in Extensions) foreach (var d in extension.Directives) yield return d;
        }
    }

    public override string ToString() => Name;
}
