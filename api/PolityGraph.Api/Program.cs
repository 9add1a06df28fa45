using PolityGraph.Api;
using PolityGraph.Api.GraphQL;

// Configuration: appsettings.json, appsettings.{Environment}.json, then the environment
// (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) and the command line (--urls).
var builder = WebApplication.CreateBuilder(args);

// Services
builder.Services.AddNeo4j(builder.Configuration);
builder.Services.AddHealthEndpoints(builder.Configuration);
// GraphQL over HTTP, GraphiQL and the SDL: "GraphQL", "GraphQL:Cors" and "GraphiQL" sections.
builder.Services.AddGraphQLEndpoint(builder.Configuration);

var app = builder.Build();

// Endpoints
app.MapHealthEndpoints();
app.MapGraphQL();

app.Run();
