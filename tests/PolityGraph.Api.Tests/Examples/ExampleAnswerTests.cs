using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PolityGraph.Api.Tests.Schema;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolityGraph.Api.Tests.Examples;

/// <summary>
/// Each example of api/examples, POSTed to the real API host over the seed data, answers what its snapshot
/// (api/examples/__snapshots__/NAME.snap) says. The README shows these snapshots (ReadmeExamplesTests).
/// A changed answer fails here with the new one in __snapshots__/__mismatch__/; when the change is meant,
/// move that file over the snapshot and run `make readme-examples`.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class ExampleAnswerTests(SeedGraph graph)
{
    public static TheoryData<string> Examples() => [.. ExampleFile.All().Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_example_answers_as_its_snapshot_says(string name)
    {
        var example = ExampleFile.Named(name);
        var api = await graph.ApiAsync();
        var body = new JsonObject { ["query"] = example.Query };
        if (example.Variables is not null) body["variables"] = example.Variables.DeepClone();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await api.Client.SendAsync(request);
        var answer = AnswerJson.Format(await response.Content.ReadAsStringAsync());

        // Snapshooter keeps snapshots in a __snapshots__ folder under the folder it is given.
        Snapshot.Match(answer, new SnapshotFullName(example.SnapshotFileName, ExampleFile.Folder));
    }
}
