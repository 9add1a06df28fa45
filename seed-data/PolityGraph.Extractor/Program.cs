using System.CommandLine;
using System.Globalization;
using PolityGraph.Extractor;
using PolityGraph.Neo4j;

// make extract FILE=article.txt [PUBLISHED=YYYY-MM-DD] [TITLE="..."] [OUT=seed-data/drafts/<slug>] [FORMAT=json]
// dotnet run --project seed-data/PolityGraph.Extractor -- FILE [--published D] [--title T] [--out DIR] [--format json] [--seed DIR] [--neo4j]

var file = new Argument<string>("FILE") { Description = "The article: a UTF-8 text file of at most 1 MiB." };
var published = new Option<string?>("--published") { Description = "The article's publication date, YYYY-MM-DD: dates its facts and gives an event its year." };
var title = new Option<string?>("--title") { Description = "The article's title (default: its first line)." };
var outFolder = new Option<string?>("--out") { Description = "The draft folder to write; it must not exist (default seed-data/drafts/<file name>)." };
var format = new Option<string>("--format") { Description = "yaml (a draft folder) or json (one fact per line on stdout).", DefaultValueFactory = _ => "yaml" };
format.AcceptOnlyFromAmong("yaml", "json");
var seed = new Option<string>("--seed") { Description = "The seed folder whose ids are reused.", DefaultValueFactory = _ => "seed-data" };
var neo4j = new Option<bool>("--neo4j") { Description = "Also read the running Neo4j's people, posts, bodies and tenures (NEO4J_URI): what only it holds is reused under its id." };
published.Validators.Add(result =>
{
    var value = result.GetValueOrDefault<string?>();
    if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        result.AddError($"--published '{value}' is not a date: expected an existing calendar date written YYYY-MM-DD.");
});

var command = new RootCommand("Reads a Vietnamese news article and drafts seed facts for an archivist to review.")
{
    file, published, title, outFolder, format, seed, neo4j,
};
command.SetAction((parse, cancellationToken) =>
{
    var date = parse.GetValue(published) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
    var request = new ExtractRequest(parse.GetValue(file)!, date, NonEmpty(parse.GetValue(title)), NonEmpty(parse.GetValue(outFolder)),
        parse.GetValue(format) == "json", parse.GetValue(seed)!, parse.GetValue(neo4j));
    return new ExtractCommand(Console.Out, Console.Error).RunAsync(request, () => new Neo4jHttpDriver(Neo4jOptions.FromEnvironment()), cancellationToken);
});
return await command.Parse(args).InvokeAsync();

static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
