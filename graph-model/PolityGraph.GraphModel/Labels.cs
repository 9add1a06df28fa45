namespace PolityGraph.GraphModel;

/// <summary>Node labels of the graph (graph-model/README.md). Each node carries exactly one.</summary>
public static class Labels
{
    public const string Person = "Person";
    public const string Body = "Body";
    public const string Position = "Position";
    public const string Resolution = "Resolution";
    public const string Event = "Event";
    public const string Source = "Source";

    public static readonly IReadOnlyList<string> All = [Person, Body, Position, Resolution, Event, Source];

    /// <summary>Labels whose nodes carry a <see cref="Properties.SearchKey"/>.</summary>
    public static readonly IReadOnlyList<string> Searchable = [Person, Body, Position, Resolution, Event];
}
