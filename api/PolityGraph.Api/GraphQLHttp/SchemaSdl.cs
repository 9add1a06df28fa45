using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>The served schema as SDL, printed once: the schema does not change while the process runs.</summary>
public sealed class SchemaSdl(IRequestExecutor executor)
{
    private readonly Lazy<string> text = new(() => SchemaPrinter.Print(executor.Schema));

    public string Text => text.Value;
}
