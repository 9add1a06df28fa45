using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using PolityGraph.GraphModel;

namespace PolityGraph.Loader.Mapping;

/// <summary>
/// Which label or relationship type each entity of GraphEntities.cs is written as, and the Neo4j property each
/// of its public properties becomes: its name in camelCase, which must be one the graph model
/// (<see cref="GraphShape"/>) declares for that owner. So the loader writes the model's names and no others,
/// and a renamed C# property fails the first load (and LoaderEntitiesTests) instead of writing a stray property.
/// </summary>
public static class EntityShapes
{
    public static readonly IReadOnlyDictionary<Type, string> Owners = new Dictionary<Type, string>
    {
        [typeof(SourceNode)] = Labels.Source,
        [typeof(PersonNode)] = Labels.Person,
        [typeof(BodyNode)] = Labels.Body,
        [typeof(PositionNode)] = Labels.Position,
        [typeof(ResolutionNode)] = Labels.Resolution,
        [typeof(EventNode)] = Labels.Event,
        [typeof(HeldRelationship)] = RelationshipTypes.Held,
        [typeof(ParticipatedInRelationship)] = RelationshipTypes.ParticipatedIn,
    };

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo Property, string Name)>> cache = new();

    /// <summary>The entity type's public properties with the graph model's name for each; throws on a name the model lacks.</summary>
    public static IReadOnlyList<(PropertyInfo Property, string Name)> PropertiesOf(Type entity) => cache.GetOrAdd(entity, Resolve);

    private static IReadOnlyList<(PropertyInfo, string)> Resolve(Type entity)
    {
        if (!Owners.TryGetValue(entity, out var owner))
            throw new InvalidOperationException($"{entity.Name} is not one of the graph's entities (EntityShapes.Owners).");
        var declared = GraphShape.PropertiesOf(owner)!;
        var properties = new List<(PropertyInfo, string)>();
        foreach (var property in entity.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!declared.Contains(name))
                throw new InvalidOperationException(
                    $"{entity.Name}.{property.Name} would be written as '{name}', which {owner} does not have in the graph model (GraphShape: {string.Join(", ", declared)}).");
            properties.Add((property, name));
        }
        return properties;
    }
}
