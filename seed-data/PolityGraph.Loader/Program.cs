using System.CommandLine;
using PolityGraph.Loader;
using PolityGraph.Loader.Reporting;
using PolityGraph.Loader.Writing;
using PolityGraph.Loader.Writing.Bulk;
using PolityGraph.Neo4j;

// dotnet run --project seed-data/PolityGraph.Loader -- [--dry-run | --validate-only] [--keep-absent] [DIR]
// Neo4j connection from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, as the API reads them.

var folder = new Argument<string>("DIR")
{
    Description = "The seed folder: every *.yaml in it is loaded, with the source files they name.",
    Arity = ArgumentArity.ZeroOrOne,
    DefaultValueFactory = _ => "seed-data",
};
var dryRun = new Option<bool>("--dry-run")
{
    Description = "Validate, then show what a load would change in the graph (created, updated, removed, unchanged per kind), writing nothing.",
};
var validateOnly = new Option<bool>("--validate-only") { Description = "Validate only; write nothing and do not connect to Neo4j." };
var bulkInto = new Option<string?>("--bulk-into")
{
    Description = "A local Neo4j instance folder run by neo4j.sh (NEO4J_SH, default graph-model/neo4j/neo4j.sh): when its graph is empty, "
        + "the load is a bulk import (the instance is stopped, imported into, restarted). make load passes .neo4j/local.",
};
var keepAbsent = new Option<bool>("--keep-absent")
{
    Description = "Add the folder's records to the graph, removing nothing it does not hold (for a draft from make extract); "
        + "without it the graph is made equal to the folder.",
};
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
    folder, dryRun, validateOnly, bulkInto, keepAbsent, batchSize,
};
command.Validators.Add(result =>
{
    if (result.GetValue(dryRun) && result.GetValue(validateOnly)) result.AddError("--dry-run and --validate-only exclude each other.");
});
command.SetAction((parse, cancellationToken) =>
{
    var load = new LoadCommand(Console.Out, Console.Error)
    {
        Progress = new ProgressLine(Console.Error, interactive: !Console.IsErrorRedirected),
        WriteOptions = new WriteOptions(BatchSize: parse.GetValue(batchSize), KeepAbsent: parse.GetValue(keepAbsent)),
        Bulk = parse.GetValue(bulkInto) is { } instance
            ? new BulkTarget(instance, Environment.GetEnvironmentVariable("NEO4J_SH") ?? Path.Combine("graph-model", "neo4j", "neo4j.sh"))
            : null,
    };
    var mode = parse.GetValue(validateOnly) ? LoadMode.ValidateOnly : parse.GetValue(dryRun) ? LoadMode.DryRun : LoadMode.Load;
    return load.RunAsync(parse.GetValue(folder)!, mode, Connect, cancellationToken);
});
return await command.Parse(args).InvokeAsync();

static INeo4jDriver Connect()
{
    var options = Neo4jOptions.FromEnvironment();
    // One round trip of a large load, and above all its commit, can take far longer than a query.
    options.RequestTimeout = TimeSpan.FromMinutes(30);
    return new Neo4jHttpDriver(options);
}
