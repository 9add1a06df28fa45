namespace PolityGraph.GraphQL.Execution;

/// <summary>Produces one field's value (spec 6.4.2 ResolveFieldValue). Return synchronously where possible.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
