namespace PolityGraph.Api.GraphQLHttp;

/// <summary>The in-browser IDE served at GET /graphql to clients that ask for HTML ("GraphiQL" section).</summary>
public sealed class GraphiQLOptions
{
    public const string SectionName = "GraphiQL";

    public bool Enabled { get; set; } = true;

    /// <summary>The query the editor opens with (when the browser has none stored from an earlier visit).</summary>
    public string DefaultQuery { get; set; } =
        """
        # Welcome to PolityGraph. Press the run button (or Ctrl-Enter) to run this query;
        # open the documentation explorer (the book icon) to browse the schema.
        {
          __schema {
            queryType {
              name
            }
          }
        }
        """;
}
