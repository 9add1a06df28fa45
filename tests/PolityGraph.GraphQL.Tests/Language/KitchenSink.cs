namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>The kitchen-sink documents and their graphql-js print goldens, copied next to the test assembly.</summary>
internal static class KitchenSink
{
    public const string Query = "kitchen_sink.graphql";

    public const string Schema = "schema_kitchen_sink.graphql";

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", name));
}
