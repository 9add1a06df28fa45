using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Introspection;

/// <summary>The implicit fields of spec 4.1/4.2: __typename on every composite type, __schema and __type on the query type.</summary>
public static class MetaFields
{
    public static readonly FieldDefinition Schema = new(
        "__schema", new NonNullType(IntrospectionTypes.Schema), "Access the current type schema of this server.")
    {
        Resolver = context => new ValueTask<object?>(context.Schema),
    };

    public static readonly FieldDefinition Type = CreateType();

    public static readonly FieldDefinition TypeName = new(
        "__typename", new NonNullType(Scalars.String), "The name of the current Object type at runtime.")
    {
        Resolver = context => new ValueTask<object?>(context.ParentType.Name),
    };

    private static FieldDefinition CreateType()
    {
        var field = new FieldDefinition("__type", IntrospectionTypes.Type, "Request the type information of a single type.")
        {
            Resolver = context => new ValueTask<object?>(context.Schema.GetType((string)context.Arguments["name"]!)),
        };
        field.AddArgument(new ArgumentDefinition("name", new NonNullType(Scalars.String)));
        return field;
    }
}
