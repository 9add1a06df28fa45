using PolityGraph.GraphQL.Introspection;
using PolityGraph.GraphQL.Language.Ast;

namespace PolityGraph.GraphQL.Types;

/// <summary>
/// A validated schema (spec 3.3): root operation types, every named type in definition order (graphql-js's
/// type-map order: specified scalars join after the first type that uses them, introspection types last),
/// and the directives. Immutable once built; build one with <see cref="SchemaBuilder"/>.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _typeList = new();
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = new();
    private readonly Dictionary<InterfaceType, IReadOnlyList<InterfaceType>> _implementingInterfaces = new();
    private readonly HashSet<string> _listed;

    internal Schema(
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directives,
        string? description = null,
        SchemaDefinitionNode? astNode = null)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        AstNode = astNode;
        Directives = directives.ToList();
        foreach (var directive in Directives) _directives[directive.Name] = directive;

        // Same collection order as graphql-js's GraphQLSchema constructor, so printSchema and introspection agree.
        var listed = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var type in types) listed[type.Name] = type;
        _listed = listed.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var type in listed.Values) Collect(type, isListed: true);
        if (queryType is not null) Collect(queryType, false);
        if (mutationType is not null) Collect(mutationType, false);
        if (subscriptionType is not null) Collect(subscriptionType, false);
        foreach (var directive in Directives)
            foreach (var argument in directive.Arguments) Collect(argument.Type.GetNamedType(), false);
        Collect(IntrospectionTypes.Schema, false);

        IndexImplementations();
    }

    public string? Description { get; }

    public SchemaDefinitionNode? AstNode { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, introspection types included, in type-map order.</summary>
    public IReadOnlyList<NamedType> Types => _typeList;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public NamedType? GetType(string name) => _types.TryGetValue(name, out var type) ? type : null;

    public DirectiveDefinition? GetDirective(string name) => _directives.TryGetValue(name, out var directive) ? directive : null;

    public ObjectType? GetRootType(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => QueryType,
        Language.OperationType.Mutation => MutationType,
        Language.OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of an abstract type may have: union members, or implementing objects.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType => _possibleTypes.TryGetValue(abstractType, out var objects) ? objects : Array.Empty<ObjectType>(),
        ObjectType obj => new[] { obj },
        _ => Array.Empty<ObjectType>(),
    };

    /// <summary>Interfaces that implement the given interface.</summary>
    public IReadOnlyList<InterfaceType> GetImplementingInterfaces(InterfaceType type) =>
        _implementingInterfaces.TryGetValue(type, out var list) ? list : Array.Empty<InterfaceType>();

    /// <summary>True when maybeSubType is a member of the union, or implements the interface (spec 3.7 IsSubType).</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType o && union.Types.Contains(o),
        InterfaceType iface => maybeSubType is ComplexType complex && complex.Interfaces.Contains(iface),
        _ => false,
    };

    // A listed type takes its place in list order; a type only referenced joins right after its first referrer.
    private void Collect(NamedType type, bool isListed)
    {
        if (_types.ContainsKey(type.Name) || (!isListed && _listed.Contains(type.Name))) return;
        _types[type.Name] = type;
        _typeList.Add(type);

        switch (type)
        {
            case ComplexType complex:
                foreach (var iface in complex.Interfaces) Collect(iface, false);
                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.GetNamedType(), false);
                    foreach (var argument in field.Arguments) Collect(argument.Type.GetNamedType(), false);
                }
                break;
            case UnionType union:
                foreach (var member in union.Types) Collect(member, false);
                break;
            case InputObjectType input:
                foreach (var field in input.Fields) Collect(field.Type.GetNamedType(), false);
                break;
        }
    }

    private void IndexImplementations()
    {
        var objects = new Dictionary<InterfaceType, List<ObjectType>>();
        var interfaces = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (var type in _typeList)
        {
            if (type is ObjectType obj)
                foreach (var iface in obj.Interfaces)
                    (objects.TryGetValue(iface, out var list) ? list : objects[iface] = new()).Add(obj);
            else if (type is InterfaceType sub)
                foreach (var iface in sub.Interfaces)
                    (interfaces.TryGetValue(iface, out var list) ? list : interfaces[iface] = new()).Add(sub);
        }
        foreach (var (iface, list) in objects) _possibleTypes[iface] = list;
        foreach (var (iface, list) in interfaces) _implementingInterfaces[iface] = list;
    }
}
