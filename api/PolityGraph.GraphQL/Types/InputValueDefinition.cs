using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Types;

/// <summary>An input field of an input object, or (as <see cref="ArgumentDefinition"/>) an argument (spec 3.10, 3.6.1).</summary>
public class InputValueDefinition
{
    public InputValueDefinition(string name, IGraphQLType type, string? description = null, string? deprecationReason = null)
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

    public bool HasDefaultValue { get; private set; }

    /// <summary>The coerced default (internal value); meaningful only when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue
    {
        get
        {
            if (_pendingDefault is { } compute)
            {
                // Coerced on first use during the build, so a default may rely on defaults of input types declared later.
                _pendingDefault = null;
                _defaultValue = compute();
            }
            return _defaultValue;
        }
    }

    private object? _defaultValue;
    private Func<object?>? _pendingDefault;

    public InputValueDefinitionNode? AstNode { get; internal init; }

    internal void SetDefaultValue(object? value)
    {
        _defaultValue = value;
        _pendingDefault = null;
        HasDefaultValue = true;
    }

    internal void SetPendingDefaultValue(Func<object?> compute)
    {
        _pendingDefault = compute;
        HasDefaultValue = true;
    }

    internal void RemoveDefaultValue()
    {
        _pendingDefault = null;
        _defaultValue = null;
        HasDefaultValue = false;
    }

    public override string ToString() => Name + ": " + Type;
}

/// <summary>An argument of a field or directive.</summary>
public sealed class ArgumentDefinition : InputValueDefinition
{
    public ArgumentDefinition(string name, IGraphQLType type, string? description = null, string? deprecationReason = null)
        : base(name, type, description, deprecationReason)
    {
    }
}
