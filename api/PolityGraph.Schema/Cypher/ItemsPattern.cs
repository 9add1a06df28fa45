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
/// <param name="Repeats">
/// When the pattern can match one item more than once (a @citedBy pattern that crosses ATTESTED_BY, one per quote),
/// the two variables that <see cref="Collect"/>'s <c>reduce</c> keeps each item once with; null when every match is
/// a distinct item. Existence tests (<c>some</c>, <c>none</c>, <c>any</c>) need no such care; a list and a count do.
/// </param>
public sealed record ItemsPattern(string Pattern, string? Condition, Binding Binding, string ItemType, (string Seen, string Item)? Repeats = null)
{
    /// <summary>Whether the items are collected as relationships before their endpoints are bound (a @citedBy field's).</summary>
    public bool Unanchored => Condition is not null;

    /// <summary><c> WHERE</c> the pattern's own condition and <paramref name="more"/>, or "" when there are none.</summary>
    public string Where(IEnumerable<string> more) => CypherStatement.Where(Condition is null ? more : more.Prepend(Condition));

    public string Where(params string[] more) => Where((IEnumerable<string>)more);

    /// <summary>
    /// The items that meet <paramref name="where"/> (from <see cref="Where(IEnumerable{string})"/>) as a list of the
    /// binding's variable, each once: <c>[pattern WHERE ... | r]</c>, wrapped in
    /// <c>reduce(seen = [], x IN ... | CASE WHEN x IN seen THEN seen ELSE seen + [x] END)</c> when matches repeat
    /// (Neo4j 3.1 fails on a pattern comprehension nested in another's WHERE beside a second one, so repeats are
    /// dropped after the match, not excluded in it).
    /// </summary>
    public string Collect(string where)
    {
        var matches = $"[{Pattern}{where} | {Binding.Variable}]";
        return Repeats is not var (seen, item) ? matches
            : $"reduce({seen} = [], {item} IN {matches} | CASE WHEN {item} IN {seen} THEN {seen} ELSE {seen} + [{item}] END)";
    }

    /// <summary>How many items meet <paramref name="where"/>, each counted once.</summary>
    public string Count(string where) => Repeats is null ? $"size([{Pattern}{where} | 1])" : $"size({Collect(where)})";
}
