namespace PolityGraph.GraphQL.Types;

/// <summary>An object type (spec 3.6): the only kind of type a value is ever resolved to.</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Tells whether a resolved value belongs to this type (graphql-js isTypeOf); optional.</summary>
    public Func<object?, bool>? IsTypeOf { get; internal set; }
}
