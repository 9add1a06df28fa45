using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Types;

/// <summary>One value of an enum (spec 3.9); its internal value defaults to its name.</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        Name = name;
        Value = value ?? name;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    /// <summary>What resolvers receive for this value as input and may return for it as output.</summary>
    public object? Value { get; internal set; }

    public string? Description { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; internal init; }
}
