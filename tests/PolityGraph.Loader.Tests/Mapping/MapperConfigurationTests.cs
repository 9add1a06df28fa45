using AutoMapper;
using AutoMapper.Internal;
using PolityGraph.Loader.Mapping;

namespace PolityGraph.Loader.Tests.Mapping;

/// <summary>
/// AutoMapper 14.0.0 is flagged by GHSA-rvv3-g6hj-g44x: mapping a self-referential type graph (a type
/// that reaches itself through its members) can overflow the stack. The loader's csproj suppresses that
/// advisory because no map of the loader is self-referential; this test is what makes that true.
/// </summary>
public sealed class MapperConfigurationTests
{
    [Fact]
    public void The_loader_configures_a_map_for_every_entity_it_writes()
    {
        var destinations = SeedToGraphProfile.CreateConfiguration().Internal().GetAllTypeMaps().Select(m => m.DestinationType).ToHashSet();

        Assert.Superset(new HashSet<Type>
        {
            typeof(SourceNode), typeof(PersonNode), typeof(BodyNode), typeof(PositionNode), typeof(ResolutionNode),
            typeof(EventNode), typeof(HeldRelationship), typeof(ParticipatedInRelationship),
        }, destinations);
    }

    [Fact]
    public void No_map_of_the_loader_is_self_referential()
    {
        var cycles = SelfReferences(SeedToGraphProfile.CreateConfiguration());

        Assert.True(cycles.Count == 0, "Self-referential maps (GHSA-rvv3-g6hj-g44x):\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void The_walk_finds_a_self_referential_map()
    {
        var configuration = new MapperConfiguration(c =>
        {
            c.CreateMap<TreeRecord, TreeNode>();
            c.CreateMap<LeafRecord, LeafNode>();
        });

        Assert.Equal(["TreeRecord -> TreeNode -> TreeRecord.Children -> TreeRecord", "TreeNode reaches itself through its properties"],
            SelfReferences(configuration));
    }

    /// <summary>
    /// Every cycle through the configured type maps: from each map, the member maps whose source and
    /// destination types (or their element types) have a type map of their own, followed depth first,
    /// and by plain reflection every destination type that reaches itself through its properties.
    /// </summary>
    private static List<string> SelfReferences(IConfigurationProvider configuration)
    {
        var maps = configuration.Internal().GetAllTypeMaps();
        var byPair = maps.ToDictionary(m => (m.SourceType, m.DestinationType));
        var found = new List<string>();

        foreach (var start in maps)
        {
            Walk(start, [], $"{start.SourceType.Name} -> {start.DestinationType.Name}");

            void Walk(TypeMap map, HashSet<TypeMap> onPath, string trail)
            {
                onPath.Add(map);
                foreach (var member in map.PropertyMaps.Where(p => !p.Ignored && p.SourceType is not null))
                {
                    var pair = (Element(member.SourceType!), Element(member.DestinationType));
                    if (!byPair.TryGetValue(pair, out var next)) continue;
                    var step = $"{trail} -> {map.SourceType.Name}.{member.DestinationName} -> {next.SourceType.Name}";
                    if (next == start) found.Add(step);
                    else if (!onPath.Contains(next)) Walk(next, onPath, step);
                }
                onPath.Remove(map);
            }
        }
        foreach (var destination in maps.Select(m => m.DestinationType).Distinct())
            if (Reaches(destination, destination, []))
                found.Add($"{destination.Name} reaches itself through its properties");
        return found;
    }

    private static bool Reaches(Type from, Type target, HashSet<Type> seen)
    {
        foreach (var property in from.GetProperties())
        {
            var type = Element(property.PropertyType);
            if (type == target) return true;
            if (type.IsPrimitive || type == typeof(string) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true || !seen.Add(type)) continue;
            if (Reaches(type, target, seen)) return true;
        }
        return false;
    }

    /// <summary>A list's element type, or the type itself.</summary>
    private static Type Element(Type type) =>
        type != typeof(string) && type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable
            ? enumerable.GetGenericArguments()[0]
            : type;

    private sealed class TreeRecord
    {
        public string Name { get; set; } = "";
        public List<TreeRecord> Children { get; set; } = [];
    }

    private sealed class TreeNode
    {
        public string Name { get; set; } = "";
        public List<TreeNode> Children { get; set; } = [];
    }

    private sealed class LeafRecord
    {
        public string Name { get; set; } = "";
    }

    private sealed class LeafNode
    {
        public string Name { get; set; } = "";
    }
}
