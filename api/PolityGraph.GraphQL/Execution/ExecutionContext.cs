using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Execution;

/// <summary>The state of one execution: schema, coerced variables, fragments, collected errors, cancellation.</summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> _errors = new();

    public ExecutionContext(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        RequestContext request,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Fragments = fragments;
        Variables = variables;
        Request = request;
        CancellationToken = cancellationToken;
    }

    public Schema Schema { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public RequestContext Request { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errors) return _errors.ToArray();
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_errors) _errors.Add(error);
    }

    /// <summary>The plan of a field's sub-selection on a concrete type, cached on the field plan per @skip/@include outcome.</summary>
    public SelectionPlan GetSubPlan(FieldPlan field, ObjectType type)
    {
        var variants = field.SubPlans(type, Fragments);
        if (variants.TryGet(Variables, out var plan, out var key)) return plan;
        plan = new FieldCollector(Schema, Fragments, Variables).CollectSubfields(type, field.Nodes);
        variants.Add(key, plan);
        return plan;
    }

    /// <summary>A field's coerced arguments: from the plan when static, else coerced against this request's variables.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(FieldPlan field)
    {
        if (field.ArgumentsAreStatic)
        {
            if (field.StaticArgumentError is not null) throw new GraphQLException(field.StaticArgumentError);
            return field.StaticArguments!;
        }
        return ArgumentCoercion.Coerce(field.Definition.Arguments, field.Nodes[0].Arguments, Variables, field.Nodes[0]);
    }
}
