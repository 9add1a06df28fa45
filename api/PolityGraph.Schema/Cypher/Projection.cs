namespace PolityGraph.Schema.Cypher;

/// <summary>
/// A selection compiled once (by <see cref="SelectionProjector"/>) into a small tree that knows two things:
/// the Cypher expression of its value, and the ids its node lookups will ask for. Both come from the same
/// tree, so the projection and the lookup tables it reads can never fall out of step.
/// </summary>
public abstract record Projection
{
    /// <summary>The Cypher expression of the value.</summary>
    public abstract string Cypher();

    /// <summary>
    /// A Cypher list of the ids of <paramref name="label"/> nodes this value's lookups ask for, valid where
    /// the value's own variables are bound; null when it looks none up.
    /// </summary>
    public abstract string? LookupIds(string label);

    /// <summary>Whether a lookup sits inside a looked-up node (its ids are known only once the outer nodes are).</summary>
    public abstract bool HasLookupsInsideLookups { get; }

    /// <summary>Whether the value looks any node up.</summary>
    public abstract bool HasLookups { get; }

    /// <summary>The ids wanted by <paramref name="item"/>, applied to each element of a list bound to <paramref name="variable"/>.</summary>
    public static string? IdsOver(string variable, string list, Projection item, string label, CypherScope scope)
    {
        if (item.LookupIds(label) is not { } ids) return null;
        var acc = scope.Variable("acc");
        return $"reduce({acc} = [], {variable} IN {list} | {acc} + {ids})";
    }

    protected static string? Concat(IEnumerable<string?> parts)
    {
        var found = parts.OfType<string>().ToList();
        return found.Count == 0 ? null : string.Join(" + ", found);
    }
}

/// <summary>A value read directly: a property, a literal, <c>length(p)</c>.</summary>
public sealed record ExpressionProjection(string Text) : Projection
{
    public override string Cypher() => Text;
    public override string? LookupIds(string label) => null;
    public override bool HasLookupsInsideLookups => false;
    public override bool HasLookups => false;
}

/// <summary>A map, one entry per response key.</summary>
public sealed record MapProjection(IReadOnlyList<(string Key, Projection Value)> Entries) : Projection
{
    public override string Cypher() => CypherText.Map(Entries.Select(e => (e.Key, e.Value.Cypher())));
    public override string? LookupIds(string label) => Concat(Entries.Select(e => e.Value.LookupIds(label)));
    public override bool HasLookupsInsideLookups => Entries.Any(e => e.Value.HasLookupsInsideLookups);
    public override bool HasLookups => Entries.Any(e => e.Value.HasLookups);
}

/// <summary>
/// <c>[pattern WHERE conditions | item]</c> (or its head() for a single object): a relationship field's
/// items, found from the owner's bound variable.
/// </summary>
public sealed record PatternProjection(string Pattern, string Where, Projection Item, bool Single, CypherScope Scope) : Projection
{
    public override string Cypher()
    {
        var list = $"[{Pattern}{Where} | {Item.Cypher()}]";
        return Single ? $"head({list})" : list;
    }

    /// <summary><c>reduce(acc = [], x IN [pattern | ids] | acc + x)</c>: the items' ids, concatenated.</summary>
    public override string? LookupIds(string label)
    {
        if (Item.LookupIds(label) is not { } ids) return null;
        var (acc, x) = (Scope.Variable("acc"), Scope.Variable("ids"));
        return $"reduce({acc} = [], {x} IN [{Pattern}{Where} | {ids}] | {acc} + {x})";
    }

    public override bool HasLookupsInsideLookups => Item.HasLookupsInsideLookups;
    public override bool HasLookups => Item.HasLookups;
}

/// <summary><c>[variable IN list | item]</c>: a value per element of a list the statement already has.</summary>
public sealed record ListProjection(string Variable, string List, Projection Item, CypherScope Scope) : Projection
{
    public override string Cypher() => $"[{Variable} IN {List} | {Item.Cypher()}]";
    public override string? LookupIds(string label) => IdsOver(Variable, List, Item, label, Scope);
    public override bool HasLookupsInsideLookups => Item.HasLookupsInsideLookups;
    public override bool HasLookups => Item.HasLookups;
}

/// <summary><c>head([variable IN [expression] | item])</c>: binds an expression (a step's start node) to a variable.</summary>
public sealed record BoundProjection(string Variable, string Expression, Projection Item) : Projection
{
    public override string Cypher() => $"head([{Variable} IN [{Expression}] | {Item.Cypher()}])";

    public override string? LookupIds(string label) =>
        Item.LookupIds(label) is { } ids ? $"head([{Variable} IN [{Expression}] | {ids}])" : null;

    public override bool HasLookupsInsideLookups => Item.HasLookupsInsideLookups;
    public override bool HasLookups => Item.HasLookups;
}

/// <summary>
/// A value of an abstract type (Node): <c>CASE WHEN v:Label THEN map ... END</c>, each branch projecting
/// that type's selection and naming the type in __typename.
/// </summary>
public sealed record AnyNodeProjection(string Variable, IReadOnlyList<(string Label, Projection Value)> Branches) : Projection
{
    public override string Cypher() =>
        $"CASE {string.Join(" ", Branches.Select(b => $"WHEN {Variable}:{CypherText.Name(b.Label)} THEN {b.Value.Cypher()}"))} END";

    public override string? LookupIds(string label)
    {
        var branches = Branches
            .Select(b => (b.Label, Ids: b.Value.LookupIds(label)))
            .Where(b => b.Ids is not null)
            .Select(b => $"WHEN {Variable}:{CypherText.Name(b.Label)} THEN {b.Ids}")
            .ToList();
        return branches.Count == 0 ? null : $"CASE {string.Join(" ", branches)} ELSE [] END";
    }

    public override bool HasLookupsInsideLookups => Branches.Any(b => b.Value.HasLookupsInsideLookups);
    public override bool HasLookups => Branches.Any(b => b.Value.HasLookups);
}

/// <summary>
/// The node of <paramref name="Label"/> whose id is <paramref name="Id"/>, projected as <paramref name="Item"/>
/// (bound to <paramref name="Variable"/>), or null. Found in the statement's lookup table when it keeps
/// them (Neo4j 3.1), else by an index seek in place (<see cref="CypherScope.LookupTable"/>).
/// </summary>
public sealed record LookupProjection(string Label, string Variable, string Id, string? Table, Projection Item) : Projection
{
    public override string Cypher() => $"head([{Source()} WHERE {Variable}.id = {Id} | {Item.Cypher()}])";

    /// <summary>The node alone, for callers that filter before projecting.</summary>
    public string Node() => Table is null
        ? $"head([{Source()} WHERE {Variable}.id = {Id} | {Variable}])"
        : $"head([{Source()} WHERE {Variable}.id = {Id}])";

    private string Source() => Table is null
        ? $"({Variable}:{CypherText.Name(Label)})-[*0..0]-()"
        : $"{Variable} IN {Table}";

    public override string? LookupIds(string label) => Table is not null && label == Label ? $"[{Id}]" : null;
    public override bool HasLookupsInsideLookups => Item.HasLookups;
    public override bool HasLookups => Table is not null;
}

/// <summary>
/// Evidence kept as parallel lists on a relationship: <c>[i IN range(0, size(sources) - 1) | {source, quote}]</c>.
/// Its sources are looked up by the ids of the list itself.
/// </summary>
public sealed record EvidenceProjection(string Index, string Sources, MapProjection Item) : Projection
{
    public override string Cypher() => $"[{Index} IN range(0, size({Sources}) - 1) | {Item.Cypher()}]";
    public override string? LookupIds(string label) => Item.LookupIds(label) is null ? null : Sources;
    public override bool HasLookupsInsideLookups => Item.HasLookupsInsideLookups;
    public override bool HasLookups => Item.HasLookups;
}

/// <summary>
/// Nodes named by a list of ids on a relationship (<c>@nodesByIds</c>), in list order, ids without a node
/// skipped: <c>[x IN [id IN ids | lookup(id)] WHERE x IS NOT NULL | item]</c>.
/// </summary>
/// <param name="Condition">What each node must meet besides existing (the list's where:), or null.</param>
/// <param name="Counted">The number of such nodes instead of the list (the list's Count sibling).</param>
public sealed record NodesByIdsProjection(string IdVariable, string Ids, LookupProjection Lookup, string Variable, Projection Item,
    string? Condition = null, bool Counted = false) : Projection
{
    public override string Cypher()
    {
        var list = $"[{Variable} IN [{IdVariable} IN {Ids} | {Lookup.Node()}] WHERE {Variable} IS NOT NULL{(Condition is null ? "" : " AND " + Condition)} | {(Counted ? "1" : Item.Cypher())}]";
        return Counted ? $"size({list})" : list;
    }

    public override string? LookupIds(string label) => Lookup.Table is not null && label == Lookup.Label ? Ids : null;
    public override bool HasLookupsInsideLookups => Item.HasLookups;
    public override bool HasLookups => Lookup.Table is not null || Item.HasLookups;
}
