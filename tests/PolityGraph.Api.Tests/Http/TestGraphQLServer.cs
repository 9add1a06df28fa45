using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolityGraph.Api.GraphQLHttp;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Http;

/// <summary>
/// The GraphQL endpoint on a real Kestrel listener at 127.0.0.1 on a free port, wired exactly as Program.cs
/// wires it (AddGraphQLEndpoint + MapGraphQL) over <see cref="TestSchema"/>, serving GraphiQL from the
/// repository's api/PolityGraph.Api/wwwroot. Log entries are kept so tests can read the structured fields.
/// </summary>
public sealed class TestGraphQLServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestGraphQLServer(WebApplication app, Uri address, CapturingLoggerProvider logs)
    {
        this.app = app;
        BaseAddress = address;
        Logs = logs;
        Endpoint = new Uri(address, "/graphql");
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }
    public Uri Endpoint { get; }
    public HttpClient Client { get; }
    public CapturingLoggerProvider Logs { get; }

    /// <param name="settings">Configuration keys as in appsettings.json, e.g. ["GraphQL:MaxDepth"] = "5".</param>
    /// <param name="services">Extra registrations, e.g. a Neo4j driver for resolvers.</param>
    /// <param name="webRoot">Another wwwroot, e.g. an empty folder (GraphiQL not built).</param>
    public static async Task<TestGraphQLServer> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? webRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = RepositoryRoot.Combine("api", "PolityGraph.Api"),
            WebRootPath = webRoot ?? RepositoryRoot.Combine("api", "PolityGraph.Api", "wwwroot"),
            EnvironmentName = "Testing",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);

        builder.Services.AddSingleton(TestSchema.Build());
        builder.Services.AddGraphQLEndpoint(builder.Configuration);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new TestGraphQLServer(app, new Uri(address), logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>Keeps every log entry with its structured fields.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Fields);

    private readonly ConcurrentQueue<Entry> entries = new();

    public IReadOnlyList<Entry> Entries => entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(pair => pair.Key, pair => pair.Value)
                : new Dictionary<string, object?>();
            entries.Enqueue(new Entry(category, logLevel, eventId, formatter(state, exception), fields));
        }
    }
}
