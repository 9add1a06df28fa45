namespace PolityGraph.Api.Tests.Http;

/// <summary>
/// One endpoint shared by a test class, with the default limits except a short execution timeout, so the
/// timeout case does not make the suite wait 30 s.
/// </summary>
public sealed class HttpServerFixture : IAsyncLifetime
{
    public const string ExecutionTimeout = "00:00:01";

    public TestGraphQLServer Server { get; private set; } = null!;

    public HttpClient Client => Server.Client;

    public async Task InitializeAsync() =>
        Server = await TestGraphQLServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:ExecutionTimeout"] = ExecutionTimeout,
            ["GraphiQL:DefaultQuery"] = "{ hello people { name } }",
        });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
