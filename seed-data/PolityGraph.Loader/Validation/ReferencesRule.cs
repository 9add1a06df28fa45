using PolityGraph.GraphModel;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Validation;

/// <summary>Every id a record refers to is declared somewhere in the folder, with the right type prefix.</summary>
public sealed class ReferencesRule : ISeedRule
{
    public void Check(SeedSet seeds, string folder, DiagnosticBag diagnostics)
    {
        var declared = new HashSet<string>(seeds.DeclaredIds.Count, StringComparer.Ordinal); // sized once: no copies while it grows
        foreach (var id in seeds.DeclaredIds) declared.Add(id.Value);

        void Expect(FactRecord record, string field, Located? reference, string prefix)
        {
            if (reference is null) return;
            if (!reference.Value.StartsWith(prefix + ":", StringComparison.Ordinal))
                diagnostics.Add(reference.Origin, $"{record.Id}: {field}: '{reference.Value}' is not a {prefix} id");
            else if (!declared.Contains(reference.Value))
                diagnostics.Add(reference.Origin, $"{record.Id}: {field}: unknown {prefix} '{reference.Value}'");
        }

        void ExpectAll(FactRecord record, string field, IReadOnlyList<Located> references, string prefix)
        {
            for (var i = 0; i < references.Count; i++)
                Expect(record, $"{field}[{i}]", references[i], prefix);
        }

        foreach (var body in seeds.Bodies) Expect(body, "parent", body.Parent, EntityIds.Body);
        foreach (var position in seeds.Positions) Expect(position, "body", position.Body, EntityIds.Body);
        foreach (var tenure in seeds.Tenures)
        {
            Expect(tenure, "person", tenure.Person, EntityIds.Person);
            Expect(tenure, "position", tenure.Position, EntityIds.Position);
        }
        foreach (var resolution in seeds.Resolutions) Expect(resolution, "issuedBy", resolution.IssuedBy, EntityIds.Body);
        foreach (var @event in seeds.Events)
        {
            ExpectAll(@event, "hosts", @event.Hosts, EntityIds.Body);
            ExpectAll(@event, "resolutions", @event.Resolutions, EntityIds.Resolution);
        }
        foreach (var participation in seeds.Participations)
        {
            Expect(participation, "person", participation.Person, EntityIds.Person);
            Expect(participation, "event", participation.Event, EntityIds.Event);
            ExpectAll(participation, "about", participation.About, EntityIds.Resolution);
        }
        foreach (var fact in seeds.Facts)
            for (var i = 0; i < fact.Evidence.Count; i++)
                Expect(fact, $"evidence[{i}].source", fact.Evidence[i].Source, EntityIds.Source);
    }
}
