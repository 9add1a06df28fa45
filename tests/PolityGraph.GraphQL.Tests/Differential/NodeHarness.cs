using System.Diagnostics;

namespace PolityGraph.GraphQL.Tests.Differential;

/// <summary>
/// Runs the graphql-js scripts of tests/differential with node. `make setup` (or
/// `npm ci --prefix tests/differential`) installs their one dependency; without it the tests fail saying so.
/// </summary>
public static class NodeHarness
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Run(string script, IEnumerable<string> arguments, string? standardInput = null)
    {
        var graphqlPackage = Path.Combine(RepositoryPaths.NodeHarness, "node_modules", "graphql", "package.json");
        if (!File.Exists(graphqlPackage))
        {
            throw new InvalidOperationException(
                $"graphql-js is not installed in {RepositoryPaths.NodeHarness}: run `make setup` or " +
                "`npm ci --prefix tests/differential` first (the differential tests compare our engine with it).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.NodeHarness,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.NodeHarness, script));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException("`node` (Node.js 20 or later) is needed on PATH for the differential tests.", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (standardInput is not null) process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node {script} did not finish within {Timeout}.");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"node {script} exited with {process.ExitCode}:\n{errors.Result}");
            return output.Result;
        }
    }
}
