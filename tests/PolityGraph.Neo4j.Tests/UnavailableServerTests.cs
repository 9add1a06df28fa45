using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolityGraph.Neo4j.Tests;

/// <summary>No Neo4j at all: the driver must fail fast, name the URI, and honour its timeout and cancellation.</summary>
public sealed class UnavailableServerTests
{
    [Fact]
    public async Task A_closed_port_is_a_service_unavailable_error_naming_the_URI()
    {
        var port = ClosedPort();
        await using var driver = new Neo4jHttpDriver(new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), RequestTimeout = TimeSpan.FromSeconds(5) });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.RunAsync("RETURN 1"));

        Assert.Contains($"127.0.0.1:{port}", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_as_service_unavailable()
    {
        using var silent = SilentServer.Start();
        await using var driver = new Neo4jHttpDriver(new Neo4jOptions { Uri = silent.Uri, RequestTimeout = TimeSpan.FromSeconds(1) });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.GetServerInfoAsync());

        Assert.Contains("did not answer within 1s", error.Message);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_reported_as_cancellation()
    {
        using var silent = SilentServer.Start();
        await using var driver = new Neo4jHttpDriver(new Neo4jOptions { Uri = silent.Uri, RequestTimeout = TimeSpan.FromSeconds(30) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => driver.RunAsync("RETURN 1", null, cancel.Token));
    }

    [Fact]
    public async Task A_web_server_that_is_not_Neo4j_is_named_as_such()
    {
        using var other = SilentServer.Start(answer: "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        await using var driver = new Neo4jHttpDriver(new Neo4jOptions { Uri = other.Uri });

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.RunAsync("RETURN 1"));

        Assert.Contains("Neo4j HTTP connector", error.Message);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Accepts connections, reads the request, and answers with <c>answer</c> or never.</summary>
    private sealed class SilentServer : IDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> clients = [];
        private readonly CancellationTokenSource stop = new();

        public Uri Uri => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");

        public static SilentServer Start(string? answer = null)
        {
            var server = new SilentServer();
            server.listener.Start();
            _ = server.AcceptAsync(answer);
            return server;
        }

        private async Task AcceptAsync(string? answer)
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var client = await listener.AcceptTcpClientAsync(stop.Token);
                    lock (clients) clients.Add(client);
                    if (answer is null) continue;
                    var stream = client.GetStream();
                    await stream.ReadAtLeastAsync(new byte[8192], 1, throwOnEndOfStream: false, stop.Token);
                    await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(answer), stop.Token);
                    client.Close();
                }
            }
            catch (OperationCanceledException) { }
            catch (ObjectDisposedException) { }
            catch (SocketException) { }
        }

        public void Dispose()
        {
            stop.Cancel();
            listener.Stop();
            lock (clients) clients.ForEach(c => c.Dispose());
        }
    }
}
