using System.Diagnostics;
using System.Net.Sockets;
using PolityGraph.Testing;

namespace PolityGraph.Neo4j.Tests;

/// <summary>The contract of graph-model/neo4j/neo4j.sh, on an instance of its own.</summary>
public sealed class LocalNeo4jScriptTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("politygraph-script-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await RunAsync("stop", directory);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Start_is_idempotent_and_a_restart_keeps_the_URI_password_and_data()
    {
        var first = await RunAsync("start", directory);
        var options = Neo4jInstance.ParseExports(first.Output);
        var repeated = await RunAsync("start", directory);
        Assert.Equal((0, first.Output), (repeated.ExitCode, repeated.Output));
        Assert.DoesNotContain("up at", repeated.Error); // running already: nothing was started
        Assert.Equal(0, (await RunAsync("status", directory)).ExitCode);
        await using (var driver = new Neo4jHttpDriver(options))
            await driver.RunAsync("CREATE (:Survivor {name: 'Võ Văn Thưởng'})");

        await RunAsync("stop", directory);
        Assert.Equal(3, (await RunAsync("status", directory)).ExitCode);
        Assert.False(Listening(options.Uri.Port), "the HTTP port still answers after stop");

        var again = await RunAsync("start", directory);
        Assert.Equal(first.Output, again.Output);
        await using (var driver = new Neo4jHttpDriver(options))
        {
            var result = await driver.RunAsync("MATCH (n:Survivor) RETURN n.name AS name");
            Assert.Equal("Võ Văn Thưởng", result.Records.Single()["name"]);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Unix file modes; neo4j.sh is a bash script anyway
    public async Task An_instance_listens_on_loopback_only_with_auth_on_and_https_off_and_a_private_password()
    {
        var start = await RunAsync("start", directory);
        var conf = await File.ReadAllLinesAsync(Path.Combine(directory, "conf", "neo4j.conf"));

        Assert.Contains("dbms.connectors.default_listen_address=127.0.0.1", conf);
        Assert.Contains("dbms.security.auth_enabled=true", conf);
        Assert.Contains("dbms.connector.https.enabled=false", conf);
        Assert.StartsWith("http://127.0.0.1:", Neo4jInstance.ParseExports(start.Output).Uri.ToString());
        var mode = File.GetUnixFileMode(Path.Combine(directory, "password"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Fact]
    public async Task A_taken_port_is_refused_with_a_clear_message()
    {
        using var squatter = new TcpListener(System.Net.IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((System.Net.IPEndPoint)squatter.LocalEndpoint).Port;

        var result = await RunAsync("start", directory, "--http-port", port.ToString());

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"port {port} is already in use", result.Error);
    }

    [Fact]
    public async Task A_server_that_dies_during_start_up_is_started_once_more()
    {
        var start = RunAsync("start", directory);
        // Kill the first JVM as soon as it has written its pid, long before it answers HTTP (it takes seconds to start).
        var pidFile = Path.Combine(directory, "run", "neo4j.pid");
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!(File.Exists(pidFile) && int.TryParse((await File.ReadAllTextAsync(pidFile)).Trim(), out _)) && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        using (var first = Process.GetProcessById(int.Parse((await File.ReadAllTextAsync(pidFile)).Trim())))
            first.Kill();

        var result = await start;

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Neo4j exited during start-up; starting it once more", result.Error);
        await using var driver = new Neo4jHttpDriver(Neo4jInstance.ParseExports(result.Output));
        Assert.Equal(1L, Convert.ToInt64((await driver.RunAsync("RETURN 1 AS one")).Records.Single()["one"]));
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private sealed record ScriptResult(int ExitCode, string Output, string Error);

    private static async Task<ScriptResult> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryRoot.Combine("graph-model", "neo4j", "neo4j.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ScriptResult(process.ExitCode, await output, await error);
    }
}
