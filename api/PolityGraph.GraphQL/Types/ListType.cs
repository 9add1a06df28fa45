namespace PolityGraph.GraphQL.Types;

/// <summary><c>[T]</c> (spec 3.11).</summary>
public sealed class ListType : IGraphQLType
{
    public ListType(IGraphQLType ofType) => OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public IGraphQLType OfType { get; }

    public TypeKind Kind => TypeKind.List;

    public override string ToString() => "[" + OfType + "]";

    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    public override int GetHashCode() => HashCode.Combine(1, OfType);
}
