using System.CommandLine;
using PolityGraph.Loader;
using PolityGraph.Loader.Reporting;
using PolityGraph.Loader.Writing;
using PolityGraph.Neo4j;

// dotnet run --project seed-data/PolityGraph.Loader -- [--dry-run] [DIR]
// Neo4j connection from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, as the API reads them.

var folder = new Argument<string>("DIR")
{
    Description = "The seed folder: every *.yaml in it is loaded, with the source files they name.",
    Arity = ArgumentArity.ZeroOrOne,
    DefaultValueFactory = _ => "seed-data",
};
var dryRun = new Option<bool>("--dry-run") { Description = "Validate only; write nothing and do not connect to Neo4j." };
var batchSize = new Option<int>("--batch-size")
{
    Description = "Rows per UNWIND statement.",
    DefaultValueFactory = _ => new WriteOptions().BatchSize,
};
batchSize.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() < 1) result.AddError("--batch-size must be at least 1.");
});

var command = new RootCommand("Validates the archivists' seed files and loads them into Neo4j in one transaction.")
{
    folder, dryRun, batchSize,
};
command.SetAction((parse, cancellationToken) =>
{
    var load = new LoadCommand(Console.Out, Console.Error)
    {
        Progress = new ProgressLine(Console.Error, interactive: !Console.IsErrorRedirected),
        WriteOptions = new WriteOptions(BatchSize: parse.GetValue(batchSize)),
    };
    return load.RunAsync(parse.GetValue(folder)!, parse.GetValue(dryRun), Connect, cancellationToken);
});
return await command.Parse(args).InvokeAsync();

static INeo4jDriver Connect()
{
    var options = Neo4jOptions.FromEnvironment();
    // One round trip of a large load, and above all its commit, can take far longer than a query.
    options.RequestTimeout = TimeSpan.FromMinutes(30);
    return new Neo4jHttpDriver(options);
}
