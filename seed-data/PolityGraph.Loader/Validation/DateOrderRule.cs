using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Loader.Validation;

/// <summary>
/// A tenure cannot end before it starts, and a source cannot show someone in a post outside the
/// stated tenure. ISO dates compare correctly as strings (the reader has checked their form).
/// </summary>
public sealed class DateOrderRule : ISeedRule
{
    public void Check(SeedSet seeds, string folder, DiagnosticBag diagnostics)
    {
        foreach (var tenure in seeds.Tenures)
        {
            if (tenure is { From: { } from, To: { } to } && string.CompareOrdinal(from.Value, to.Value) > 0)
                diagnostics.Add(to.Origin, $"{tenure.Id}: to: {to.Value} is before from {from.Value}");
            for (var i = 0; i < tenure.AttestedOn.Count; i++)
            {
                var date = tenure.AttestedOn[i];
                if (tenure.From is { } start && string.CompareOrdinal(date.Value, start.Value) < 0)
                    diagnostics.Add(date.Origin, $"{tenure.Id}: attestedOn[{i}]: {date.Value} is before from {start.Value}");
                if (tenure.To is { } end && string.CompareOrdinal(date.Value, end.Value) > 0)
                    diagnostics.Add(date.Origin, $"{tenure.Id}: attestedOn[{i}]: {date.Value} is after to {end.Value}");
            }
        }
    }
}
