using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolityGraph.Schema.Tests.Compiling;

/// <summary>The filter and sort inputs generated from the mapping, and where they were added, kept as a snapshot.</summary>
public sealed class GeneratedInputsTests
{
    [Fact]
    public void Generated_inputs_and_arguments()
    {
        var generated = PolityGraphSchema.Document.Definitions
            .Where(d => d is InputObjectTypeDefinitionNode || d is EnumTypeDefinitionNode { Name.Value: "SortEnumType" })
            .Select(Printer.Print);
        var extended = PolityGraphSchema.Document.Definitions.OfType<ObjectTypeDefinitionNode>()
            .SelectMany(t => t.Fields
                .Where(f => f.Arguments.Any(a => a.Name.Value is "where" or "order"))
                .Select(f => $"{t.Name.Value}.{f.Name.Value}({string.Join(", ", f.Arguments.Select(a => a.Name.Value))}): {Printer.Print(f.Type)}"));
        Snapshot.Match(string.Join("\n", generated) + "\n\n" + string.Join("\n", extended) + "\n", SnapshotNameExtension.Create("sdl"));
    }

    [Fact]
    public void Every_mapped_type_gets_a_filter_and_a_sort_input()
    {
        var inputs = PolityGraphSchema.Document.Definitions.OfType<InputObjectTypeDefinitionNode>().Select(i => i.Name.Value).ToHashSet();
        foreach (var type in new[] { "Person", "Tenure", "Position", "Body", "Resolution", "Event", "Participation", "Source" })
        {
            Assert.Contains(type + "FilterInput", inputs);
            Assert.Contains(type + "SortInput", inputs);
        }
    }
}
