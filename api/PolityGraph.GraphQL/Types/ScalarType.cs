using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Types;

/// <summary>
/// A leaf type with its three coercions (spec 3.5): result coercion (<see cref="Serialize"/>), input coercion of
/// variable values (<see cref="ParseValue"/>) and of literals (<see cref="ParseLiteral"/>). Each throws a
/// <see cref="GraphQLException"/> whose message says why the value does not fit.
/// </summary>
public abstract class ScalarType : NamedType
{
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy(url:)</c>), null for built-ins.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>Internal value to the value sent in the response.</summary>
    public abstract object? Serialize(object? value);

    /// <summary>A variable's value (plain .NET JSON value) to the internal value.</summary>
    public abstract object? ParseValue(object? value);

    /// <summary>A literal in the document to the internal value; variables were already replaced by the caller.</summary>
    public abstract object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null);

    /// <summary>Internal value back to a literal (for printing default values); null when it cannot be represented.</summary>
    public virtual ValueNode? ToLiteral(object? value) => Utilities.AstFromValue.FromPlainValue(Serialize(value));

    protected static GraphQLException Error(string message) => new(message);
}
