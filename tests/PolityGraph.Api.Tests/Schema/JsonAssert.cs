using System.Text.Json.Nodes;

namespace PolityGraph.Api.Tests.Schema;

public static class JsonAssert
{
    /// <summary>Deep equality of JSON, with the expected side written as a (raw string) literal.</summary>
    public static void Equal(string expected, JsonNode? actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        Assert.True(JsonNode.DeepEquals(expectedNode, actual),
            $"Expected:\n{expectedNode?.ToJsonString()}\nActual:\n{actual?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");
    }

    /// <summary>The string values at a property of every object in a JSON array, sorted: for lists whose order the API leaves open.</summary>
    public static List<string> SortedValues(JsonNode? array, string property) =>
        array!.AsArray().Select(n => (string)n![property]!).Order(StringComparer.Ordinal).ToList();
}
