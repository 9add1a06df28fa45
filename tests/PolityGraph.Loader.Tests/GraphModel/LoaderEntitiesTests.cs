using System.Reflection;
using PolityGraph.GraphModel;
using PolityGraph.Loader.Mapping;

namespace PolityGraph.Loader.Tests.GraphModel;

/// <summary>
/// The graph model (GraphShape) is the one vocabulary: the loader's entities carry exactly the properties it
/// declares, and every name Properties declares belongs to some label or relationship type.
/// The API's side is checked at start-up (ModelConsistency, tests in PolityGraph.Api.Tests).
/// </summary>
public sealed class LoaderEntitiesTests
{
    public static TheoryData<string> Entities() => [.. EntityShapes.Owners.Keys.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Entities))]
    public void Each_entity_writes_exactly_the_properties_the_graph_model_declares(string entity)
    {
        var type = EntityShapes.Owners.Keys.Single(t => t.Name == entity);
        var owner = EntityShapes.Owners[type];
        Assert.Equal(
            GraphShape.PropertiesOf(owner)!.Order(StringComparer.Ordinal),
            EntityShapes.PropertiesOf(type).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_label_and_keyed_relationship_type_has_a_loader_entity()
    {
        var written = EntityShapes.Owners.Values.ToHashSet();
        Assert.All(GraphShape.Nodes, n => Assert.Contains(n.Label, written));
        Assert.All(GraphShape.Relationships.Where(r => r.IdPrefix is not null), r => Assert.Contains(r.Type, written));
    }

    [Fact]
    public void Every_declared_property_name_is_used_by_the_graph_model()
    {
        var used = GraphShape.Nodes.SelectMany(n => n.Properties).Concat(GraphShape.Relationships.SelectMany(r => r.Properties)).ToHashSet();
        var declared = typeof(Properties).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Empty(declared.Except(used));
        Assert.Empty(used.Except(declared));
    }

    [Fact]
    public void Labels_relationship_types_and_id_prefixes_are_the_models_own()
    {
        Assert.Equal(Labels.All.Order(StringComparer.Ordinal), GraphShape.Nodes.Select(n => n.Label).Order(StringComparer.Ordinal));
        Assert.Equal(RelationshipTypes.All.Order(StringComparer.Ordinal), GraphShape.Relationships.Select(r => r.Type).Order(StringComparer.Ordinal));
        var prefixes = typeof(EntityIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(prefixes.Order(StringComparer.Ordinal),
            GraphShape.Nodes.Select(n => n.IdPrefix).Concat(GraphShape.Relationships.Select(r => r.IdPrefix).OfType<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_entity_the_model_does_not_know_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EntityShapes.PropertiesOf(typeof(StrayEntity)));
        Assert.Contains("StrayEntity is not one of the graph's entities", error.Message);
    }

    private sealed class StrayEntity
    {
        public string Nickname { get; set; } = "";
    }
}
