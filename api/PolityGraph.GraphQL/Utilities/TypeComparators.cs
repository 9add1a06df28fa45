using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Utilities;

/// <summary>Type relations validation needs (graphql-js typeComparators).</summary>
public static class TypeComparators
{
    /// <summary>Same type, wrappers included.</summary>
    public static bool IsEqualType(IGraphQLType a, IGraphQLType b) => (a, b) switch
    {
        _ when ReferenceEquals(a, b) => true,
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        _ => false,
    };

    /// <summary>True when a value of maybeSubType is always a valid superType (covariance for fields, variables).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType)) return true;
        if (superType is NonNullType superNonNull)
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSubType is NonNullType nonNull) return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType superList)
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSubType is ListType) return false;
        return superType.IsAbstractType() && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>True when some object type could be both (spec 5.5.2.3 fragment spread is possible).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB)) return true;
        if (typeA.IsAbstractType())
        {
            if (typeB.IsAbstractType())
            {
                foreach (var type in schema.GetPossibleTypes(typeA))
                    if (schema.IsSubType(typeB, type)) return true;
                return false;
            }
            return schema.IsSubType(typeA, typeB);
        }
        if (typeB.IsAbstractType()) return schema.IsSubType(typeB, typeA);
        return false;
    }
}
