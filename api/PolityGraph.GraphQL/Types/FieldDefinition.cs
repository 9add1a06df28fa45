using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Types;

/// <summary>A field of an object or interface type (spec 3.6.1) with the resolver bound to it.</summary>
public sealed class FieldDefinition
{
    private static readonly IReadOnlyList<ArgumentDefinition> NoArguments = Array.Empty<ArgumentDefinition>();
    private List<ArgumentDefinition>? _arguments;

    public FieldDefinition(string name, IGraphQLType type, string? description = null, string? deprecationReason = null)
    {
        Name = name;
        Type = type;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    public IGraphQLType Type { get; internal set; }

    public string? Description { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<ArgumentDefinition> Arguments => (IReadOnlyList<ArgumentDefinition>?)_arguments ?? NoArguments;

    /// <summary>The resolver; null means the default resolver (dictionary entry or property by name).</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>The object or interface type that declares the field.</summary>
    public ComplexType DeclaringType { get; internal set; } = null!;

    public FieldDefinitionNode? AstNode { get; internal init; }

    /// <summary>The expected number of items, for cost analysis; null when the schema does not say.</summary>
    public ListSize? ListSize { get; internal set; }

    public ArgumentDefinition? GetArgument(string name)
    {
        if (_arguments is null) return null;
        foreach (var argument in _arguments) if (argument.Name == name) return argument;
        return null;
    }

    internal void AddArgument(ArgumentDefinition argument)
    {
        if (GetArgument(argument.Name) is not null)
            throw new SchemaException($"Argument \"{Name}({argument.Name}:)\" can only be defined once.");
        (_arguments ??= new()).Add(argument);
    }

    public override string ToString() => Name + ": " + Type;
}
