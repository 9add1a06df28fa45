namespace PolityGraph.GraphQL.Types;

/// <summary>Any type of the schema: a named type or a List/NonNull wrapper (spec 3.4).</summary>
public interface IGraphQLType
{
    TypeKind Kind { get; }
}

/// <summary>The eight kinds introspection reports (spec 4.2 __TypeKind).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
