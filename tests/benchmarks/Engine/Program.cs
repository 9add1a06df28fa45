using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;
using PolityGraph.GraphQL.Validation;

// Our side of the engine benchmark: the same cases, loop and data as engine-bench.mjs.
// Usage: dotnet run -c Release -- <data.json> <seconds per case>; prints one JSON line per case.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: PolityGraph.Benchmarks.Engine <data.json> [seconds per case]");
    return 2;
}

var here = AppContext.BaseDirectory;
var dataPath = args[0];
var seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
var sdl = File.ReadAllText(Path.Combine(here, "schema.graphql"));
var query = File.ReadAllText(Path.Combine(here, "query.graphql"));

using var dataJson = JsonDocument.Parse(File.ReadAllBytes(dataPath));
var data = (IReadOnlyDictionary<string, object?>)JsonValues.ToClr(dataJson.RootElement)!;
var organizations = (List<object?>)data["organizations"]!;

// In-memory data: dictionaries served by the default resolver; the one root resolver slices the list.
var schema = SchemaBuilder.FromSdl(sdl)
    .AddResolver("Query", "organizations", context =>
        new ValueTask<object?>(organizations.GetRange(0, Math.Min(context.ArgumentValue<int>("first"), organizations.Count))))
    .Build();
// The full page (20 organizations, every tenure: a 229 KB response) and a small page (2 organizations, no
// tenures), where parsing and validation weigh more and the document cache shows.
var request = new GraphQLRequest(query, Variables: new Dictionary<string, object?> { ["first"] = 20, ["withTenures"] = true });
var smallRequest = new GraphQLRequest(query, Variables: new Dictionary<string, object?> { ["first"] = 2, ["withTenures"] = false });
var withoutCache = new RequestExecutor(schema, new ExecutionOptions { DocumentCacheSize = 0 });
var withCache = new RequestExecutor(schema, new ExecutionOptions { DocumentCacheSize = 100 });

ExecutionResult Execute(RequestExecutor executor, GraphQLRequest request)
{
    var task = executor.ExecuteAsync(request);
    // Every resolver here completes synchronously, as graphql-js's execute() does for this data.
    var result = task.IsCompletedSuccessfully ? task.Result : task.GetAwaiter().GetResult();
    if (result.Errors.Count > 0) throw new InvalidOperationException(string.Join("\n", result.Errors));
    return result;
}

var response = ExecutionResultJsonWriter.Serialize(Execute(withoutCache, request));
var smallResponse = ExecutionResultJsonWriter.Serialize(Execute(withoutCache, smallRequest));
var responseHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(response + "\n" + smallResponse)));
var parsed = Parser.Parse(query);

var cases = new (string Name, Action Body)[]
{
    ("parse", () => Parser.Parse(query)),
    ("validate", () => DocumentValidator.Validate(schema, parsed)),
    ("full page: parse + validate + execute (no cache)", () => Execute(withoutCache, request)),
    ("full page: parse + validate + execute (document cache)", () => Execute(withCache, request)),
    ("small page: parse + validate + execute (no cache)", () => Execute(withoutCache, smallRequest)),
    ("small page: parse + validate + execute (document cache)", () => Execute(withCache, smallRequest)),
};

// Clocked in process CPU time (all threads: JIT, GC), as engine-bench.mjs is: on a machine shared with other
// work, wall-clock rates measure the neighbours; CPU time measures the cost of an operation.
var process = System.Diagnostics.Process.GetCurrentProcess();
double CpuSeconds()
{
    process.Refresh();
    return process.TotalProcessorTime.TotalSeconds;
}

foreach (var (name, body) in cases)
{
    // Batches grow until one takes at least 5 ms of CPU, so reading the clock costs nothing measurable.
    var batch = 16;
    var warmUpStart = CpuSeconds();
    while (CpuSeconds() - warmUpStart < Math.Min(1, seconds / 2))
    {
        var batchStart = CpuSeconds();
        for (var i = 0; i < batch; i++) body();
        if (CpuSeconds() - batchStart < 0.005) batch *= 2;
    }

    long iterations = 0;
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    var start = CpuSeconds();
    double elapsed;
    while ((elapsed = CpuSeconds() - start) < seconds)
    {
        for (var i = 0; i < batch; i++) body();
        iterations += batch;
    }
    var allocatedPerOp = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)iterations;
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        engine = "PolityGraph .NET " + Environment.Version,
        @case = name,
        opsPerSecond = iterations / elapsed,
        allocatedBytesPerOp = allocatedPerOp,
        responseHash,
        responseBytes = response.Length,
    }));
}
return 0;
