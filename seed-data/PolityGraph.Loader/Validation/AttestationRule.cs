using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Validation;

/// <summary>
/// A source that a tenure or a participation cites attests its person too: the quote that states the tenure names the
/// person, so the person's evidence cites that source as well (the same quote will do). The API finds a source's tenures
/// and participations from the people it attests (<c>Source.tenures</c>, <c>@citedBy(startAttestedBy:)</c>), which this
/// keeps complete; without it a tenure would be missing from its own source's page.
/// </summary>
public sealed class AttestationRule : ISeedRule
{
    public void Check(SeedSet seeds, string folder, DiagnosticBag diagnostics)
    {
        var attested = new HashSet<(string Person, string Source)>();
        var people = new HashSet<string>(seeds.People.Count, StringComparer.Ordinal);
        foreach (var person in seeds.People)
        {
            people.Add(person.Id);
            foreach (var evidence in person.Evidence)
                attested.Add((person.Id, evidence.SourceId));
        }

        void Expect(FactRecord fact, string person)
        {
            if (!people.Contains(person)) return; // an unknown person: ReferencesRule says so
            for (var i = 0; i < fact.Evidence.Count; i++)
            {
                var evidence = fact.Evidence[i];
                if (!attested.Contains((person, evidence.SourceId)))
                    diagnostics.Add(evidence.Source.Origin,
                        $"{fact.Id}: evidence[{i}].source: {evidence.SourceId} is not in the evidence of {person}; add the quote there too (a source that states a fact of a person attests the person)");
            }
        }

        foreach (var tenure in seeds.Tenures) Expect(tenure, tenure.Person.Value);
        foreach (var participation in seeds.Participations) Expect(participation, participation.Person.Value);
    }
}
