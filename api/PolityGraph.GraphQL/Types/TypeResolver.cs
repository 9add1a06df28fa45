using PolityGraph.GraphQL.Execution;

namespace PolityGraph.GraphQL.Types;

/// <summary>Names the object type of a value of an interface or union (spec 6.4.3 ResolveAbstractType).</summary>
public delegate string? TypeResolver(object value, IResolverContext context);
