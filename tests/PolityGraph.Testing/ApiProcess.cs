using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using PolityGraph.Neo4j;

namespace PolityGraph.Testing;

/// <summary>
/// The real API host (PolityGraph.Api.dll, as built next to the test assembly) in its own process,
/// listening on a free 127.0.0.1 port, configured through NEO4J_* like <c>make run</c>. For tests that
/// must see what a client sees over real HTTP, including the host's own start-up and shutdown.
/// </summary>
public sealed partial class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output;

    private ApiProcess(Process process, StringBuilder output, Uri baseAddress)
    {
        this.process = process;
        this.output = output;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }
    public HttpClient Client { get; }

    /// <summary>Everything the host wrote to stdout and stderr so far, for assertion messages.</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    public static async Task<ApiProcess> StartAsync(Neo4jOptions neo4j, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? startTimeout = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "PolityGraph.Api.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is missing: the test project must reference api/PolityGraph.Api.");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot.Combine("api", "PolityGraph.Api"),
        };
        foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0", "--contentRoot", start.WorkingDirectory })
            start.ArgumentList.Add(argument);
        start.Environment["NEO4J_URI"] = neo4j.Uri.ToString();
        start.Environment["NEO4J_USER"] = neo4j.User;
        start.Environment["NEO4J_PASSWORD"] = neo4j.Password;
        start.Environment["NEO4J_DATABASE"] = neo4j.Database;
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (ListeningLine().Match(e.Data) is { Success: true } match) listening.TrySetResult(new Uri(match.Groups[1].Value));
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Exited += (_, _) =>
        {
            // Exited can come before the last output lines: WaitForExit() waits until both streams are drained,
            // so the message holds the host's reason (a test once saw it empty).
            process.WaitForExit();
            string text;
            lock (output) text = output.ToString();
            listening.TrySetException(new InvalidOperationException($"The API exited during start-up:\n{text}"));
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var address = await listening.Task.WaitAsync(startTimeout ?? TimeSpan.FromSeconds(60));
            return new ApiProcess(process, output, address);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The API did not report a listening address in time:\n{output}");
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
