namespace PolityGraph.GraphModel.Vocabulary;

/// <summary>As the API contract's enum BodyKind; stored by name.</summary>
public enum BodyKind
{
    POLITBURO,
    SECRETARIAT,
    CENTRAL_COMMITTEE,
    PARTY_COMMITTEE,
    STANDING_COMMITTEE,
    PARTY_ORGANIZATION,
    COMMISSION,
    STEERING_COMMITTEE,
    DELEGATION,
    PEOPLES_COMMITTEE,
    PEOPLES_COUNCIL,
    NATIONAL_ASSEMBLY_DELEGATION,
    FRONT,
    OTHER,
}
