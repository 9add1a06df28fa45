using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Types;

/// <summary>A directive (spec 3.13): where it may appear, its arguments, whether it may repeat.</summary>
public sealed class DirectiveDefinition
{
    private readonly List<ArgumentDefinition> _arguments = new();

    public DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations, string? description = null, bool isRepeatable = false)
    {
        Name = name;
        Locations = locations;
        Description = description;
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    public IReadOnlyList<ArgumentDefinition> Arguments => _arguments;

    public DirectiveDefinitionNode? AstNode { get; internal init; }

    public ArgumentDefinition? GetArgument(string name)
    {
        foreach (var argument in _arguments) if (argument.Name == name) return argument;
        return null;
    }

    internal DirectiveDefinition AddArgument(ArgumentDefinition argument)
    {
        if (GetArgument(argument.Name) is not null)
            throw new SchemaException($"Argument \"@{Name}({argument.Name}:)\" can only be defined once.");
        _arguments.Add(argument);
        return this;
    }

    public override string ToString() => "@" + Name;
}
