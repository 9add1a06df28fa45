namespace PolityGraph.GraphQL.Types;

/// <summary><c>T!</c> (spec 3.12); never wraps another non-null type.</summary>
public sealed class NonNullType : IGraphQLType
{
    public NonNullType(IGraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType) throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        OfType = ofType;
    }

    public IGraphQLType OfType { get; }

    public TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => OfType + "!";

    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(2, OfType);
}
