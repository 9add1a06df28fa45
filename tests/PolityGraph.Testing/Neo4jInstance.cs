using System.Diagnostics;
using PolityGraph.Neo4j;

namespace PolityGraph.Testing;

/// <summary>
/// A Neo4j 3.1.1 instance of our own, run by graph-model/neo4j/neo4j.sh in its own directory.
/// Tests that stop and start the server (e.g. /healthz) use one of these so nobody else is disturbed.
/// </summary>
public sealed class Neo4jInstance : IAsyncDisposable
{
    private static readonly string script = RepositoryRoot.Combine("graph-model", "neo4j", "neo4j.sh");
    private readonly bool deleteOnDispose;
    private bool disposed;

    private Neo4jInstance(string directory, Neo4jOptions options, bool deleteOnDispose)
    {
        Directory = directory;
        Options = options;
        this.deleteOnDispose = deleteOnDispose;
        // If the test host dies without disposing (crash, Ctrl+C), do not leave a JVM behind.
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public string Directory { get; }
    public Neo4jOptions Options { get; }

    /// <summary>Starts an instance in a new temporary directory, on free ports; deleted on dispose.</summary>
    public static async Task<Neo4jInstance> StartThrowawayAsync(CancellationToken cancellationToken = default)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("politygraph-neo4j-").FullName;
        try
        {
            var exports = await RunScriptAsync(["start", directory], cancellationToken);
            return new Neo4jInstance(directory, ParseExports(exports), deleteOnDispose: true);
        }
        catch
        {
            await RunScriptAsync(["stop", directory], CancellationToken.None).ConfigureAwait(false);
            System.IO.Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>Stops the server; its data, ports and password stay for <see cref="StartAsync"/>.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => RunScriptAsync(["stop", Directory], cancellationToken);

    /// <summary>Starts it again on the same ports, so clients holding the URI reconnect.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => RunScriptAsync(["start", Directory], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        await StopAsync(CancellationToken.None);
        if (deleteOnDispose) TryDelete(Directory);
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        if (disposed) return;
        disposed = true;
        RunScriptAsync(["stop", Directory], CancellationToken.None).GetAwaiter().GetResult();
        if (deleteOnDispose) TryDelete(Directory);
    }

    private static void TryDelete(string directory)
    {
        try { System.IO.Directory.Delete(directory, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    /// <summary>Reads the <c>export NEO4J_URI=...</c> lines neo4j.sh prints.</summary>
    public static Neo4jOptions ParseExports(string exports)
    {
        var variables = new Dictionary<string, string>();
        foreach (var line in exports.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var assignment = line.StartsWith("export ", StringComparison.Ordinal) ? line["export ".Length..] : line;
            var equals = assignment.IndexOf('=');
            if (equals > 0) variables[assignment[..equals]] = assignment[(equals + 1)..];
        }
        if (!variables.ContainsKey("NEO4J_URI"))
            throw new InvalidOperationException($"neo4j.sh printed no NEO4J_URI:\n{exports}");
        return Neo4jOptions.FromVariables(name => variables.GetValueOrDefault(name));
    }

    private static async Task<string> RunScriptAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run bash.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"neo4j.sh {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:\n{await stderr}");
        return await stdout;
    }
}
