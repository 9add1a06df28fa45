using AutoMapper;
using PolityGraph.GraphModel;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Mapping;

/// <summary>Turns validated records into the graph writes (graph-model/README.md is the mapping).</summary>
public sealed class GraphPlanBuilder(IMapper mapper)
{
    public GraphPlanBuilder() : this(SeedToGraphProfile.CreateMapper()) { }

    /// <summary>The plan as a view of <paramref name="seeds"/> (which it keeps): rows are mapped as they are read.</summary>
    public GraphPlan Build(SeedSet seeds)
    {
        return new GraphPlan(
            Nodes:
            [
                new NodeSet(Labels.Source, Rows(seeds.Sources, s => Row(s.Id, () =>
                {
                    var node = mapper.Map<SourceNode>(s);
                    node.Text = seeds.SourceText(s.Id);
                    return node;
                }))),
                new NodeSet(Labels.Person, Rows(seeds.People, p => Row(p.Id, () => mapper.Map<PersonNode>(p), Defaults(p)))),
                new NodeSet(Labels.Body, Rows(seeds.Bodies, b => Row(b.Id, () => mapper.Map<BodyNode>(b), Defaults(b)))),
                new NodeSet(Labels.Position, Rows(seeds.Positions, p => Row(p.Id, () => mapper.Map<PositionNode>(p), Defaults(p)))),
                new NodeSet(Labels.Resolution, Rows(seeds.Resolutions, r => Row(r.Id, () => mapper.Map<ResolutionNode>(r), Defaults(r)))),
                new NodeSet(Labels.Event, Rows(seeds.Events, e => Row(e.Id, () => mapper.Map<EventNode>(e), Defaults(e)))),
            ],
            KeyedRelationships:
            [
                new KeyedRelationshipSet(RelationshipTypes.Held, Labels.Person, Labels.Position,
                    Rows(seeds.Tenures, t => new KeyedRelationshipRow(t.Id, t.Person.Value, t.Position.Value, () => PropertyMap.Of(mapper.Map<HeldRelationship>(t)), Defaults(t)))),
                new KeyedRelationshipSet(RelationshipTypes.ParticipatedIn, Labels.Person, Labels.Event,
                    Rows(seeds.Participations, p => new KeyedRelationshipRow(p.Id, p.Person.Value, p.Event.Value, () => PropertyMap.Of(mapper.Map<ParticipatedInRelationship>(p)), Defaults(p)))),
            ],
            Links:
            [
                new LinkSet(RelationshipTypes.PartOf, Labels.Body, Labels.Body, Rows(seeds.Bodies, b => Link(b.Id, b.Parent)), SingleTarget: true),
                new LinkSet(RelationshipTypes.InBody, Labels.Position, Labels.Body, Rows(seeds.Positions, p => Link(p.Id, p.Body)), SingleTarget: true),
                new LinkSet(RelationshipTypes.IssuedBy, Labels.Resolution, Labels.Body, Rows(seeds.Resolutions, r => Link(r.Id, r.IssuedBy)), SingleTarget: true),
                new LinkSet(RelationshipTypes.HostedBy, Labels.Event, Labels.Body, Rows(seeds.Events, e => Link(e.Id, e.Hosts))),
                new LinkSet(RelationshipTypes.Discussed, Labels.Event, Labels.Resolution, Rows(seeds.Events, e => Link(e.Id, e.Resolutions))),
            ],
            Evidence:
            [
                Evidence(Labels.Person, seeds.People),
                Evidence(Labels.Body, seeds.Bodies),
                Evidence(Labels.Position, seeds.Positions),
                Evidence(Labels.Resolution, seeds.Resolutions),
                Evidence(Labels.Event, seeds.Events),
            ]);
    }

    private static RecordRows<TRecord, TRow> Rows<TRecord, TRow>(IReadOnlyList<TRecord> records, Func<TRecord, TRow> map) => new(records, map);

    private static NodeRow Row(string id, Func<object> node, IReadOnlyCollection<string>? defaults = null) => new(id, () => PropertyMap.Of(node()), defaults);

    private static readonly string[] CertaintyDefaulted = [Properties.Certainty];

    /// <summary>The properties of the record's entity that hold the loader's default rather than the file's word.</summary>
    private static IReadOnlyCollection<string> Defaults(FactRecord record) => record.CertaintyGiven ? [] : CertaintyDefaulted;

    private static LinkRow Link(string from, Located? target) => new(from, target is null ? [] : [target.Value]);

    private static LinkRow Link(string from, IEnumerable<Located> targets) =>
        new(from, [.. targets.Select(t => t.Value).Distinct(StringComparer.Ordinal)]);

    private static EvidenceSet Evidence(string label, IReadOnlyList<FactRecord> records) => new(label, Rows(records, EvidenceOf));

    // Read without making a Located per value; nearly every record has one quote, which needs no Distinct.
    private static EvidenceRow EvidenceOf(FactRecord record) => new(record.Id, record.Evidence.Count == 1
        ? [new EvidencePair(record.Evidence[0].SourceId, record.Evidence[0].QuoteText)]
        : [.. record.Evidence.Select(e => new EvidencePair(e.SourceId, e.QuoteText)).Distinct()]);
}
