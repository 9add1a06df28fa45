namespace PolityGraph.GraphModel.Vocabulary;

/// <summary>As the API contract's enum EventKind; stored by name.</summary>
public enum EventKind
{
    CONGRESS,
    PLENUM,
    CONFERENCE,
    WORKING_SESSION,
    SURVEY,
    MEETING,
    OTHER,
}
