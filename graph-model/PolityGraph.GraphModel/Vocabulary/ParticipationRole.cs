namespace PolityGraph.GraphModel.Vocabulary;

/// <summary>As the API contract's enum ParticipationRole; stored by name.</summary>
public enum ParticipationRole
{
    CHAIRED,
    LED,
    SPOKE,
    PRESENTED,
    ATTENDED,
    MEMBER,
}
