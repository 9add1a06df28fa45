using System.Reflection;
using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Types;
using PolityGraph.Neo4j;
using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Cost;
using PolityGraph.Schema.Execution;
using PolityGraph.Schema.Filtering;
using PolityGraph.Schema.Mapping;

namespace PolityGraph.Schema;

/// <summary>
/// The public API: the SDL in Sdl/polity-graph.graphql (the contract plus its graph mapping) bound to one
/// resolver per Query field. Each root field compiles its whole selection into one Cypher statement and
/// returns the result already shaped; every nested field is then read by the engine's default resolver.
/// </summary>
public static class PolityGraphSchema
{
    private static readonly Lazy<DocumentNode> document = new(() => FilterInputs.AddTo(Parser.Parse(ReadSdl())));
    private static readonly Lazy<string> sdl = new(() => Printer.Print(Document));
    private static readonly Lazy<GraphMapping> mapping = new(() => GraphMapping.FromDocument(Document));

    /// <summary>The schema as a document: the SDL file, mapping directives included, plus the generated filter and sort inputs.</summary>
    public static DocumentNode Document => document.Value;

    /// <summary>The schema's SDL, mapping directives and generated inputs included.</summary>
    public static string Sdl => sdl.Value;

    public static GraphMapping Mapping => mapping.Value;

    /// <summary>
    /// Builds the executable schema over a Neo4j driver (real, or a decorator such as a statement counter).
    /// <paramref name="options"/> say how to write Cypher for the server (default: what Neo4j 3.1 needs).
    /// </summary>
    public static GraphQL.Types.Schema Build(INeo4jDriver driver, CompilerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var runner = new GraphQueryRunner(driver);
        var builder = SchemaBuilder.FromDocument(Document).AddScalar(new DateScalar()).SetListSizes();
        foreach (var (name, root) in Mapping.Roots)
            builder.AddResolver("Query", name, context =>
                runner.RunAsync(RootCompiler.Compile(root, context.Selection, context.Schema, Mapping, options), context));
        // Node values are maps that name their concrete type (SelectionProjector.AnyNode).
        builder.AddTypeResolver("Node", (value, _) =>
            value is IReadOnlyDictionary<string, object?> map && map.TryGetValue(Cypher.SelectionProjector.TypeNameKey, out var type) ? type as string : null);
        return builder.Build();
    }

    /// <summary>The request executor the host registers.</summary>
    public static IRequestExecutor CreateExecutor(INeo4jDriver driver, ExecutionOptions? options = null, CompilerOptions? compiler = null) =>
        new RequestExecutor(Build(driver, compiler), options ?? ExecutionOptions.Default);

    private static string ReadSdl()
    {
        var assembly = typeof(PolityGraphSchema).Assembly;
        using var stream = assembly.GetManifestResourceStream("PolityGraph.Schema.polity-graph.graphql")
            ?? throw new InvalidOperationException("The schema SDL is not embedded in " + assembly.GetName().Name + ".");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
