using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Tests.Differential;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Tests.Robustness;

/// <summary>
/// Damaged SDL (names swapped, fields dropped or repeated, stray tokens) either fails with a syntax or schema
/// error, or builds a schema whose printed SDL builds again to the same text.
/// </summary>
public class SchemaFuzzTests
{
    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Damaged_sdl_fails_cleanly_or_builds_a_printable_schema(int seed)
    {
        var seeds = new[] { File.ReadAllText(CorpusFile.SchemaPath), File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "introspection-schema.graphql")) };
        var mutator = new TokenMutator(seed, seeds);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 800; i++)
        {
            var sdl = mutator.Mutate(seeds[i % seeds.Length]);
            string outcome;
            try
            {
                var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build());
                Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build()));
                outcome = "built";
            }
            catch (GraphQLSyntaxException)
            {
                outcome = "syntax error";
            }
            catch (SchemaException error)
            {
                Assert.NotEmpty(error.Problems);
                outcome = "schema error";
            }
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }
        // All three outcomes occur, so the mutations reach the builder's checks and its printer.
        Assert.Equal(3, outcomes.Count);
    }
}
