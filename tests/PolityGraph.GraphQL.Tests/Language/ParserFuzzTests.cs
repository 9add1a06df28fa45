using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>
/// Robustness: mutated and random documents either parse, or fail with a located GraphQLSyntaxException;
/// nothing else may escape (no IndexOutOfRange, no stack overflow). Seeds are fixed so a failure reproduces.
/// ParserDifferentialTests checks the same kind of documents against graphql-js's messages.
/// </summary>
public class ParserFuzzTests
{
    private static void ParsesOrFailsCleanly(string document)
    {
        try
        {
            var parsed = Parser.Parse(document);
            // Whatever parses must print to a document that parses back to the same tree.
            var printed = Printer.Print(parsed);
            Assert.Equal(AstShape.Of(parsed), AstShape.Of(Parser.Parse(printed)));
        }
        catch (GraphQLSyntaxException error)
        {
            var location = Assert.Single(error.Error.Locations);
            Assert.InRange(location.Line, 1, document.Length + 1);
            Assert.InRange(location.Column, 1, document.Length + 1);
            Assert.InRange(error.Offset, 0, document.Length);
            Assert.StartsWith("Syntax Error: ", error.Message);
        }
    }

    [Theory]
    [InlineData("kitchen_sink.graphql", 1)]
    [InlineData("kitchen_sink.graphql", 2)]
    [InlineData("schema_kitchen_sink.graphql", 3)]
    [InlineData("schema_kitchen_sink.graphql", 4)]
    public void Mutated_kitchen_sinks_parse_or_fail_with_a_syntax_error(string seedFile, int seed)
    {
        var random = new Random(seed);
        var original = KitchenSink.Read(seedFile);
        for (var i = 0; i < 1500; i++) ParsesOrFailsCleanly(CharacterMutator.Mutate(original, random));
    }

    [Fact]
    public void Random_fragment_soup_parses_or_fails_with_a_syntax_error()
    {
        var random = new Random(42);
        for (var i = 0; i < 5000; i++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 40)).Select(_ => CharacterMutator.Fragments[random.Next(CharacterMutator.Fragments.Length)]);
            ParsesOrFailsCleanly(string.Concat(parts));
        }
    }

    [Fact]
    public void Random_characters_parse_or_fail_with_a_syntax_error()
    {
        var random = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var j = 0; j < chars.Length; j++)
            {
                // Mostly ASCII, sometimes anything in the BMP (including lone surrogates).
                chars[j] = random.Next(5) == 0 ? (char)random.Next(0, 0x10000) : (char)random.Next(0, 0x80);
            }
            ParsesOrFailsCleanly(new string(chars));
        }
    }

    [Fact]
    public void Values_and_types_fail_only_with_syntax_errors()
    {
        var random = new Random(99);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => CharacterMutator.Fragments[random.Next(CharacterMutator.Fragments.Length)]));
            foreach (var parse in new Action[] { () => Parser.ParseValue(text), () => Parser.ParseConstValue(text), () => Parser.ParseType(text) })
            {
                try
                {
                    parse();
                }
                catch (GraphQLSyntaxException)
                {
                    // expected for most inputs
                }
            }
        }
    }
}
