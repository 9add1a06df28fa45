namespace PolityGraph.GraphQL.Types;

/// <summary>Classifications of types as the spec uses them (IsInputType, IsOutputType, ...).</summary>
public static class TypeExtensions
{
    /// <summary>The named type under any List/NonNull wrappers.</summary>
    public static NamedType GetNamedType(this IGraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case NamedType named: return named;
                case ListType list: type = list.OfType; break;
                case NonNullType nonNull: type = nonNull.OfType; break;
                default: throw new ArgumentException("Unknown type " + type, nameof(type));
            }
        }
    }

    public static IGraphQLType GetNullableType(this IGraphQLType type) => type is NonNullType n ? n.OfType : type;

    public static bool IsNonNull(this IGraphQLType type) => type is NonNullType;

    /// <summary>Scalars, enums, input objects and wrappers of them (spec 3.4.1 IsInputType).</summary>
    public static bool IsInputType(this IGraphQLType type) =>
        type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions, enums and wrappers of them (spec 3.4.1 IsOutputType).</summary>
    public static bool IsOutputType(this IGraphQLType type) =>
        type.GetNamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    public static bool IsLeafType(this IGraphQLType type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(this IGraphQLType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this IGraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>True when a value of this input type may be omitted: nullable, or non-null with a default.</summary>
    public static bool IsRequiredInput(this InputValueDefinition value) =>
        value.Type is NonNullType && !value.HasDefaultValue;
}
