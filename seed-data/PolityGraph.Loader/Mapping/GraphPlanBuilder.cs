using AutoMapper;
using PolityGraph.GraphModel;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Mapping;

/// <summary>Turns validated records into the graph writes (graph-model/README.md is the mapping).</summary>
public sealed class GraphPlanBuilder(IMapper mapper)
{
    public GraphPlanBuilder() : this(SeedToGraphProfile.CreateMapper()) { }

    public GraphPlan Build(SeedSet seeds)
    {
        var sources = seeds.Sources.Select(s =>
        {
            var node = mapper.Map<SourceNode>(s);
            node.Text = seeds.SourceTexts.GetValueOrDefault(s.Id, "");
            return Row(s.Id, node);
        });

        return new GraphPlan(
            Nodes:
            [
                new NodeSet(Labels.Source, [.. sources]),
                new NodeSet(Labels.Person, [.. seeds.People.Select(p => Row(p.Id, mapper.Map<PersonNode>(p)))]),
                new NodeSet(Labels.Body, [.. seeds.Bodies.Select(b => Row(b.Id, mapper.Map<BodyNode>(b)))]),
                new NodeSet(Labels.Position, [.. seeds.Positions.Select(p => Row(p.Id, mapper.Map<PositionNode>(p)))]),
                new NodeSet(Labels.Resolution, [.. seeds.Resolutions.Select(r => Row(r.Id, mapper.Map<ResolutionNode>(r)))]),
                new NodeSet(Labels.Event, [.. seeds.Events.Select(e => Row(e.Id, mapper.Map<EventNode>(e)))]),
            ],
            KeyedRelationships:
            [
                new KeyedRelationshipSet(RelationshipTypes.Held, Labels.Person, Labels.Position,
                    [.. seeds.Tenures.Select(t => new KeyedRelationshipRow(t.Id, t.Person.Value, t.Position.Value, PropertyMap.Of(mapper.Map<HeldRelationship>(t))))]),
                new KeyedRelationshipSet(RelationshipTypes.ParticipatedIn, Labels.Person, Labels.Event,
                    [.. seeds.Participations.Select(p => new KeyedRelationshipRow(p.Id, p.Person.Value, p.Event.Value, PropertyMap.Of(mapper.Map<ParticipatedInRelationship>(p))))]),
            ],
            Links:
            [
                new LinkSet(RelationshipTypes.PartOf, Labels.Body, Labels.Body, [.. seeds.Bodies.Select(b => Link(b.Id, b.Parent))]),
                new LinkSet(RelationshipTypes.InBody, Labels.Position, Labels.Body, [.. seeds.Positions.Select(p => Link(p.Id, p.Body))]),
                new LinkSet(RelationshipTypes.IssuedBy, Labels.Resolution, Labels.Body, [.. seeds.Resolutions.Select(r => Link(r.Id, r.IssuedBy))]),
                new LinkSet(RelationshipTypes.HostedBy, Labels.Event, Labels.Body, [.. seeds.Events.Select(e => Link(e.Id, e.Hosts))]),
                new LinkSet(RelationshipTypes.Discussed, Labels.Event, Labels.Resolution, [.. seeds.Events.Select(e => Link(e.Id, e.Resolutions))]),
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

    private static NodeRow Row(string id, object node) => new(id, PropertyMap.Of(node));

    private static LinkRow Link(string from, Located? target) => new(from, target is null ? [] : [target.Value]);

    private static LinkRow Link(string from, IEnumerable<Located> targets) =>
        new(from, [.. targets.Select(t => t.Value).Distinct(StringComparer.Ordinal)]);

    private static EvidenceSet Evidence(string label, IEnumerable<FactRecord> records) =>
        new(label, [.. records.Select(r => new EvidenceRow(r.Id, [.. r.Evidence.Select(e => new EvidencePair(e.Source.Value, e.Quote.Value)).Distinct()]))]);
}
