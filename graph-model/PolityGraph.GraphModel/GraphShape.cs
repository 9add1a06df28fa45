using PolityGraph.GraphModel.Vocabulary;

namespace PolityGraph.GraphModel;

/// <summary>The properties one label's nodes carry, and the prefix of their ids (<c>person:dinh-tien-dung</c>).</summary>
public sealed record NodeShape(string Label, string IdPrefix, IReadOnlyList<string> Properties);

/// <summary>
/// The properties one relationship type carries, and the labels it joins (start → end, as stored).
/// <paramref name="IdPrefix"/> is set for relationships keyed by an id of their own (tenures, participations).
/// </summary>
public sealed record RelationshipShape(string Type, IReadOnlyList<string> StartLabels, string EndLabel, IReadOnlyList<string> Properties, string? IdPrefix = null);

/// <summary>A property whose values are the member names of a vocabulary enum (Body.kind holds BodyKind names).</summary>
public sealed record VocabularyProperty(string Owner, string Property, Type Enum)
{
    public IReadOnlyList<string> Values => System.Enum.GetNames(Enum);
}

/// <summary>
/// The graph's one vocabulary: every label with its id prefix and properties, every relationship type with its
/// endpoints and properties, and which properties hold vocabulary enums. The loader writes nothing else
/// (its entities are checked against it), and the API's mapping (Sdl/polity-graph.graphql) is checked against it
/// when the API starts (PolityGraph.Schema.Mapping.ModelConsistency). graph-model/README.md says the same in prose.
/// </summary>
public static class GraphShape
{
    private static readonly string[] Fact = [Properties.Certainty, Properties.Note];
    private static readonly string[] Evidence = [Properties.EvidenceSources, Properties.EvidenceQuotes];

    public static readonly IReadOnlyList<NodeShape> Nodes =
    [
        new(Labels.Person, EntityIds.Person, [Properties.Id, Properties.Name, Properties.Aliases, Properties.SearchKey, .. Fact]),
        new(Labels.Body, EntityIds.Body,
            [Properties.Id, Properties.Name, Properties.NameEn, Properties.Abbreviation, Properties.Kind, Properties.Aliases, Properties.SearchKey, .. Fact]),
        new(Labels.Position, EntityIds.Position, [Properties.Id, Properties.Title, Properties.TitleEn, Properties.SearchKey, .. Fact]),
        new(Labels.Resolution, EntityIds.Resolution,
            [Properties.Id, Properties.Code, Properties.Kind, Properties.Title, Properties.IssuedOn, Properties.Term, Properties.Plenum,
             Properties.Aliases, Properties.SearchKey, .. Fact]),
        new(Labels.Event, EntityIds.Event,
            [Properties.Id, Properties.Title, Properties.Kind, Properties.Date, Properties.Location, Properties.SearchKey, .. Fact]),
        new(Labels.Source, EntityIds.Source,
            [Properties.Id, Properties.Title, Properties.Publisher, Properties.PublishedOn, Properties.Text, Properties.File, Properties.Note]),
    ];

    public static readonly IReadOnlyList<RelationshipShape> Relationships =
    [
        new(RelationshipTypes.Held, [Labels.Person], Labels.Position,
            [Properties.Id, Properties.From, Properties.To, Properties.AttestedOn, .. Evidence, .. Fact], EntityIds.Tenure),
        new(RelationshipTypes.ParticipatedIn, [Labels.Person], Labels.Event,
            [Properties.Id, Properties.Role, Properties.About, .. Evidence, .. Fact], EntityIds.Participation),
        new(RelationshipTypes.InBody, [Labels.Position], Labels.Body, []),
        new(RelationshipTypes.PartOf, [Labels.Body], Labels.Body, []),
        new(RelationshipTypes.IssuedBy, [Labels.Resolution], Labels.Body, []),
        new(RelationshipTypes.HostedBy, [Labels.Event], Labels.Body, []),
        new(RelationshipTypes.Discussed, [Labels.Event], Labels.Resolution, []),
        new(RelationshipTypes.AttestedBy, Labels.Searchable, Labels.Source, [Properties.Quote]),
    ];

    /// <summary>Properties that hold enum member names, stored as the enum spells them.</summary>
    public static readonly IReadOnlyList<VocabularyProperty> Vocabularies =
    [
        new(Labels.Body, Properties.Kind, typeof(BodyKind)),
        new(Labels.Resolution, Properties.Kind, typeof(ResolutionKind)),
        new(Labels.Event, Properties.Kind, typeof(EventKind)),
        new(RelationshipTypes.ParticipatedIn, Properties.Role, typeof(ParticipationRole)),
    ];

    public static NodeShape? Node(string label) => Nodes.FirstOrDefault(n => n.Label == label);

    public static RelationshipShape? Relationship(string type) => Relationships.FirstOrDefault(r => r.Type == type);

    /// <summary>The properties of a label or a relationship type, or null when the model has no such owner.</summary>
    public static IReadOnlyList<string>? PropertiesOf(string labelOrType) =>
        Node(labelOrType)?.Properties ?? Relationship(labelOrType)?.Properties;

    public static VocabularyProperty? Vocabulary(string owner, string property) =>
        Vocabularies.FirstOrDefault(v => v.Owner == owner && v.Property == property);
}
