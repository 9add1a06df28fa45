using PolityGraph.Api;
using PolityGraph.Api.Explorer;
using PolityGraph.Api.GraphQLHttp;
using PolityGraph.Neo4j;
using PolityGraph.Schema;

// Configuration: appsettings.json, appsettings.{Environment}.json, then the environment
// (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) and the command line (--urls).
var builder = WebApplication.CreateBuilder(args);

// Services
builder.Services.AddNeo4j(builder.Configuration);
builder.Services.AddHealthEndpoints(builder.Configuration);
// Traces and metrics (OpenTelemetry), exporters chosen by the OTEL_* variables; Prometheus at /metrics.
builder.Services.AddTelemetry(builder.Configuration);
// GraphiQL opens with an analyst's question about the seed data (a "GraphiQL:DefaultQuery" setting still wins).
builder.Services.Configure<GraphiQLOptions>(options => options.DefaultQuery = ExampleQueries.WhoHeldThePost);
// GraphQL over HTTP, GraphiQL and the SDL: "GraphQL", "GraphQL:Cors" and "GraphiQL" sections.
builder.Services.AddGraphQLEndpoint(builder.Configuration);
// The domain schema over the shared driver; the endpoint builds the executor around it with its limits.
builder.Services.AddSingleton(provider => PolityGraphSchema.Build(provider.GetRequiredService<INeo4jDriver>()));

var app = builder.Build();
// Read the graph mapping now: it is checked against the graph model, and a mismatch stops the start.
_ = PolityGraphSchema.Mapping;

// Endpoints
app.MapHealthEndpoints();
app.MapTelemetry();
app.MapGraphQL();
app.MapExplorer();

app.Run();
