using PolityGraph.GraphQL.Types;
using PolityGraph.Schema.Pagination;

namespace PolityGraph.Schema.Cost;

/// <summary>
/// How many items each list field of the API is assumed to return, for the complexity limit
/// (<see cref="GraphQL.Validation.Rules.MaxComplexityRule"/>; the facts of Hot Chocolate's <c>@listSize</c>).
/// Nested lists multiply: <c>bodies { members { person { participations { event { participants ... } } } } }</c>
/// is 100 x 200 x 100 x 200 items by these estimates and is refused, where it used to count as 10 x 1 x 1 x 1
/// and ran until it had read a large share of the graph.
/// <para>
/// Each estimate is a generous upper bound of the fan-out in the domain (the graph grows by adding people,
/// events and years, not by making one body's membership or one event's participants longer), measured against
/// the synthetic 100,000-people benchmark graph, where the largest fan-outs are about 150 members per body, 30
/// holders per post, 30 participants per event and 3 participations per person (see the README's "Cost at scale").
/// A new list field must be added here: <c>ListSizeTests</c> fails on a list field without an estimate.
/// </para>
/// </summary>
public static class ListSizes
{
    private static readonly string[] pageArguments = ["first", "last"];
    private static readonly string[] pageItems = ["edges", "nodes"];

    /// <summary>A Relay connection: the page size asked for, else the page size the API serves by default.</summary>
    private static readonly ListSize connection = new(PageRequest.DefaultSize, pageArguments, pageItems);

    public static IReadOnlyList<(string Type, string Field, ListSize Size)> All { get; } =
    [
        ("Query", "nodes", new ListSize(100, ["ids"])),
        ("Query", "people", connection),
        ("Query", "bodies", connection),
        ("Query", "positions", connection),
        ("Query", "resolutions", connection),
        ("Query", "events", connection),
        ("Query", "sources", connection),
        // Everyone who ever held one post: a few per decade.
        ("Query", "officeholders", new ListSize(50)),

        ("Person", "tenures", new ListSize(20)),
        ("Person", "participations", new ListSize(100)),
        ("Person", "sources", new ListSize(50)),

        ("Tenure", "evidence", new ListSize(10)),

        ("Position", "holders", new ListSize(50)),

        ("Body", "children", new ListSize(50)),
        ("Body", "positions", new ListSize(50)),
        // Tenures in all of a body's posts, over its whole history: the longest list in the domain.
        ("Body", "members", new ListSize(200)),
        ("Body", "events", new ListSize(200)),
        ("Body", "resolutionsIssued", new ListSize(200)),

        ("Resolution", "discussedAt", new ListSize(50)),
        ("Resolution", "sources", new ListSize(50)),

        ("Event", "hosts", new ListSize(5)),
        ("Event", "participants", new ListSize(200)),
        ("Event", "resolutions", new ListSize(20)),
        ("Event", "sources", new ListSize(20)),

        // The facts one article attests: a long plenum report names a few dozen officials in a few roles each.
        ("Source", "tenures", new ListSize(100)),
        ("Source", "participations", new ListSize(200)),

        ("Participation", "about", new ListSize(10)),
        ("Participation", "evidence", new ListSize(10)),

        // A path has at most ShortestPathCompiler.MaxHops (10) steps.
        ("Path", "nodes", new ListSize(11)),
        ("Path", "steps", new ListSize(10)),
    ];

    /// <summary>Sets every estimate on the schema being built.</summary>
    public static SchemaBuilder SetListSizes(this SchemaBuilder builder)
    {
        foreach (var (type, field, size) in All) builder.SetListSize(type, field, size);
        return builder;
    }
}
