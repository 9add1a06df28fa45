namespace PolityGraph.Schema.Cypher;

/// <summary>
/// What a type's fields read from while compiling: a node variable for a @node type; for an @edge type the
/// relationship variable and the variables of its start and end nodes.
/// </summary>
public sealed record Binding(string Variable, string? Start = null, string? End = null)
{
    public static Binding Node(string variable) => new(variable);

    public static Binding Edge(string relationship, string start, string end) => new(relationship, start, end);
}
