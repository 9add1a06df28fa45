using System.Collections;

namespace PolityGraph.Loader.Mapping;

/// <summary>
/// An entity's Neo4j property map: public properties under the graph model's names (EntityShapes), nulls left out. Leaving nulls out
/// is what makes <c>SET n = $properties</c> remove a property that disappeared from the file.
/// </summary>
public static class PropertyMap
{
    public static Dictionary<string, object?> Of(object entity)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (property, name) in EntityShapes.PropertiesOf(entity.GetType()))
        {
            var value = property.GetValue(entity);
            if (value is null) continue;
            map[name] = value switch
            {
                int number => (long)number, // Neo4j integers are 64-bit; compare like with like
                string text => text,
                IEnumerable items => items.Cast<object?>().ToList(),
                _ => value,
            };
        }
        return map;
    }
}
