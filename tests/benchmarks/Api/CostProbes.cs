using System.Diagnostics;
using System.Globalization;
using PolityGraph.Api.GraphQLHttp;
using PolityGraph.GraphQL;
using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Validation;
using PolityGraph.GraphQL.Validation.Rules;
using PolityGraph.Neo4j;
using PolityGraph.Schema;

namespace PolityGraph.Benchmarks.Api;

/// <summary>
/// `make bench-cost`: what the complexity limit lets through, measured. Each probe is a query shape: its
/// complexity by the API's estimates, whether the endpoint's default limits accept it, and what it costs when
/// run anyway (limits lifted, in-process, at most <see cref="Budget"/>, stopped in Neo4j when that runs out):
/// time and response size. Figures, never asserted.
/// </summary>
public static class CostProbes
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    /// <param name="Person">A person, a post, a body and an event of the data set, by id.</param>
    public sealed record Subjects(string Person, string Position, string Body, string Event);

    public static Subjects SeedData { get; } = new("person:dinh-tien-dung", "position:secretary-hanoi-party-committee", "body:hanoi-party-committee", "event:2023-01-11-hanoi-party-committee-xvii-plenum-11");

    public static Subjects Synthetic { get; } = new("person:n42", "position:p7", "body:b3", "event:e4");

    private static IReadOnlyList<(string Name, string Query)> Probes(Subjects s) =>
    [
        ("five lists deep, no first (issue 13)", """
            { bodies { nodes { name members { person { name tenures { position { title holders { person { name
              participations { role event { title participants { person { name } } } } } } } } } } } } }
            """),
        ("every body's members", "{ bodies { nodes { name members { person { name } } } } }"),
        ("10 bodies' members", "{ bodies(first: 10) { nodes { name members { person { name } from to } } } }"),
        ("a default page of people with their posts", "{ people { nodes { name tenures { from to position { title } } } } }"),
        ("20 people with posts and evidence", "{ people(first: 20) { nodes { name tenures { from to position { title } evidence { quote } } } } }"),
        ("10 people with posts and evidence", "{ people(first: 10) { nodes { name tenures { from to position { title } evidence { quote } } } } }"),
        ("a post's holders and all their posts", $$"""{ position(id: "{{s.Position}}") { holders { person { name tenures { from to position { title } } } } } }"""),
        ("a person's events and everyone there", $$"""{ person(id: "{{s.Person}}") { participations { event { title participants { role person { name } } } } } }"""),
        ("an event's participants and their posts", $$"""{ event(id: "{{s.Event}}") { participants { role person { name tenures { position { title } } } } } }"""),
        ("an event's participants and resolutions", $$"""{ event(id: "{{s.Event}}") { title participants { person { name } role about { code title } } } }"""),
        ("a body's members with evidence", $$"""{ body(id: "{{s.Body}}") { name members { from to person { name } position { title } evidence { quote source { title } } } } }"""),
    ];

    public static async Task RunAsync(string data, INeo4jDriver driver, Subjects subjects, List<string> lines)
    {
        var endpoint = new GraphQLEndpointOptions();
        var limits = endpoint.ToExecutionOptions().ExtraRules;
        var schema = PolityGraphSchema.Build(driver);
        var unlimited = new RequestExecutor(schema, new ExecutionOptions { DocumentCacheSize = 0 });
        foreach (var (name, query) in Probes(subjects))
        {
            var document = Parser.Parse(query);
            var complexity = DocumentValidator.Validate(schema, document, [new MaxComplexityRule(1)])
                .Select(e => e.Extensions?["complexity"]).OfType<long>().Single();
            var refused = DocumentValidator.Validate(schema, document, limits).Count > 0;

            using var budget = new CancellationTokenSource(Budget);
            var started = Stopwatch.GetTimestamp();
            string outcome;
            try
            {
                var result = await unlimited.ExecuteAsync(new GraphQLRequest(query), null, budget.Token);
                var elapsed = Stopwatch.GetElapsedTime(started);
                using var body = new MemoryStream();
                await ExecutionResultJsonWriter.WriteAsync(body, result, CancellationToken.None);
                outcome = result.Errors.Count > 0 && budget.IsCancellationRequested
                    ? $"stopped after {Budget.TotalSeconds:0} s | "
                    : string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:F0} ms | {body.Length / 1024.0:F1} KB");
                if (result.Errors.Count > 0 && !budget.IsCancellationRequested) outcome += $" ({result.Errors[0].Message})";
            }
            catch (OperationCanceledException)
            {
                outcome = $"stopped after {Budget.TotalSeconds:0} s | ";
            }
            var line = string.Create(CultureInfo.InvariantCulture,
                $"| {data} | {name} | {complexity:N0} | {(refused ? "refused" : "accepted")} | {outcome} |");
            Console.WriteLine(line);
            lines.Add(line);
        }
    }
}
