namespace PolityGraph.Schema.Cypher;

/// <summary>
/// Where a list field's items are found from a bound owner: the pattern to match, the condition every item must
/// meet besides it (a citation's <c>owner.id IN r.evidenceSources</c>; none for a @relationship), the items'
/// binding and their type. Every reader of a list field (its values, its count, where:, order by its count) goes
/// through this, so a @relationship and a @citedBy field are filtered, counted and sorted alike.
/// </summary>
/// <remarks>
/// A citation's pattern does not start at the owner. Neo4j 3.1 then fails to see the statement's variables in the
/// projection of the pattern comprehension ("Unknown variable"; seen with the owner and with lookup tables), though
/// it sees them in its WHERE: such items are collected as relationships first and their endpoints bound again
/// (<see cref="Unanchored"/>, <see cref="SelectionProjector"/>.List).
/// </remarks>
public sealed record ItemsPattern(string Pattern, string? Condition, Binding Binding, string ItemType)
{
    /// <summary>Whether the pattern does not start at the owner (a @citedBy field's).</summary>
    public bool Unanchored => Condition is not null;

    /// <summary><c> WHERE</c> the pattern's own condition and <paramref name="more"/>, or "" when there are none.</summary>
    public string Where(IEnumerable<string> more) => CypherStatement.Where(Condition is null ? more : more.Prepend(Condition));

    public string Where(params string[] more) => Where((IEnumerable<string>)more);
}
