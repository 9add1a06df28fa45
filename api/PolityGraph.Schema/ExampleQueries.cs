namespace PolityGraph.Schema;

/// <summary>Queries that show what the API is for; GraphiQL opens with <see cref="WhoHeldThePost"/>.</summary>
public static class ExampleQueries
{
    /// <summary>An analyst's question about the seed data: who was Hanoi's Party Secretary on a date, and on what evidence.</summary>
    public const string WhoHeldThePost =
        """
        # Who was Secretary of the Hanoi Party Committee on 12 April 2022, and what do the sources say?
        # Press the run button (or Ctrl-Enter). Try another date, e.g. "2020-08-04", or remove `on`
        # to list every known secretary, oldest first. The book icon opens the schema's documentation.
        {
          officeholders(position: "position:secretary-hanoi-party-committee", on: "2022-04-12") {
            person {
              name
            }
            position {
              title
              titleEn
              body {
                name
              }
            }
            from
            to
            attestedOn
            evidence {
              quote
              source {
                title
                publisher
                publishedOn
              }
            }
          }
        }
        """;
}
