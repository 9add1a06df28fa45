using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Utilities;

/// <summary>A type reference in a document (<c>[Person!]</c>) to the schema's type; null when a name is unknown.</summary>
public static class TypeFromAst
{
    public static IGraphQLType? Get(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Get(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => Get(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };
}
