using PolityGraph.Neo4j;

namespace PolityGraph.Schema.Roots;

/// <summary>One root field compiled: its single Cypher statement and how to turn the rows into the field's value.</summary>
/// <param name="Statement">Null when the answer is known without asking the graph (e.g. node(id:) with an unknown prefix).</param>
public sealed record CompiledQuery(Statement? Statement, Func<QueryResult?, object?> Shape)
{
    public static CompiledQuery Constant(object? value) => new(null, _ => value);
}
