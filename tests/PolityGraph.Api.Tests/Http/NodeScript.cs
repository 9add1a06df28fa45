using System.Diagnostics;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Http;

/// <summary>Runs one of our node harnesses (installed by `make setup`) and hands back what it printed.</summary>
public static class NodeScript
{
    public sealed record Output(int ExitCode, string StandardOutput, string StandardError);

    /// <param name="script">Path inside the repository, e.g. tests/http-audit/audit.mjs.</param>
    public static async Task<Output> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var path = RepositoryRoot.Combine(script.Split('/'));
        var modules = Path.Combine(Path.GetDirectoryName(path)!, "node_modules");
        if (!Directory.Exists(modules))
            throw new InvalidOperationException($"{modules} is missing: run `make setup` (it runs npm ci there).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.GetDirectoryName(path)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(path);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start: is Node.js installed?");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout}. Output so far: {await stderr}");
        }
        return new Output(process.ExitCode, await stdout, await stderr);
    }
}
