using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using PolityGraph.Api.GraphQLHttp;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Http;

/// <summary>
/// Persisted operations over real HTTP: documents from a folder hashed at start-up, requested by
/// {"documentId": "sha256:&lt;hex&gt;"} (POST) or ?documentId= (GET); registered later with make persist;
/// unknown, malformed and mismatched ids refused with their own codes; a production mode that runs nothing else.
/// </summary>
public sealed class PersistedOperationTests : IAsyncLifetime
{
    private const string Greeting = "query Greet($name: String) { hello(name: $name) }\n";
    private const string Rename = "mutation { rename(name: \"x\") }\n";
    private readonly string folder = Directory.CreateTempSubdirectory("persisted-").FullName;
    private TestGraphQLServer open = null!;
    private TestGraphQLServer locked = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "greet.graphql"), Greeting);
        Directory.CreateDirectory(Path.Combine(folder, "admin"));
        await File.WriteAllTextAsync(Path.Combine(folder, "admin", "rename.graphql"), Rename);
        open = await Start(onlyPersisted: false);
        locked = await Start(onlyPersisted: true);
    }

    public async Task DisposeAsync()
    {
        await open.DisposeAsync();
        await locked.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private Task<TestGraphQLServer> Start(bool onlyPersisted) => TestGraphQLServer.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQL:PersistedOperations:Path"] = folder,
        ["GraphQL:PersistedOperations:OnlyPersisted"] = onlyPersisted ? "true" : "false",
    });

    private static string Id(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task A_document_id_runs_the_stored_document_with_the_variables_sent()
    {
        var response = await open.Client.PostJsonAsync(new { documentId = Id(Greeting), variables = new { name = "app" } });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("Hello, app!", response.Data.GetProperty("hello").GetString());
        Assert.Equal(Id(Greeting), PersistedOperations.IdOf(Greeting));
    }

    [Fact]
    public async Task GET_takes_the_document_id_in_the_query_string_and_still_refuses_mutations()
    {
        var query = await open.Client.GetGraphQLAsync($"/graphql?documentId={Uri.EscapeDataString(Id(Greeting))}&variables={Uri.EscapeDataString("{\"name\":\"get\"}")}");
        Assert.Equal("Hello, get!", query.Data.GetProperty("hello").GetString());

        var mutation = await open.Client.GetGraphQLAsync($"/graphql?documentId={Uri.EscapeDataString(Id(Rename))}");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.Status);
        var posted = await open.Client.PostJsonAsync(new { documentId = Id(Rename) });
        Assert.Equal("x", posted.Data.GetProperty("rename").GetString()); // from the subfolder
    }

    public static TheoryData<string, object, string, string> Refusals => new()
    {
        { "unknown id", new { documentId = Id("{ unknown }") }, PersistedOperations.NotFoundCode, "No persisted operation has the id" },
        { "not sha256", new { documentId = "md5:abc" }, "BAD_REQUEST", "64 lowercase hex digits" },
        { "uppercase hex", new { documentId = Id(Greeting).ToUpperInvariant().Replace("SHA256:", "sha256:") }, "BAD_REQUEST", "64 lowercase hex digits" },
        { "a path in the id", new { documentId = "sha256:../" + new string('a', 61) }, "BAD_REQUEST", "64 lowercase hex digits" },
        { "text that does not hash to the id", new { documentId = Id(Greeting), query = "{ hello }" }, PersistedOperations.HashMismatchCode, "does not hash to that id" },
        { "id is a number", new { documentId = 12 }, "BAD_REQUEST", "\"documentId\" parameter must be a string" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Bad_ids_are_refused_with_a_clear_code(string name, object body, string code, string message)
    {
        var response = await open.Client.PostJsonAsync(body);

        Assert.True(response.Status == HttpStatusCode.BadRequest, $"{name}: {response}");
        Assert.Equal(code, response.FirstErrorCode);
        Assert.Contains(message, response.FirstErrorMessage);
    }

    [Fact]
    public async Task The_text_with_its_own_id_runs_even_when_it_is_not_stored()
    {
        const string text = "{ hello }";
        var response = await open.Client.PostJsonAsync(new { documentId = Id(text), query = text });
        Assert.Equal("Hello, world!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Only_persisted_mode_refuses_document_text_and_runs_ids()
    {
        var text = await locked.Client.PostJsonAsync(new { query = "{ hello }" });
        Assert.Equal(HttpStatusCode.BadRequest, text.Status);
        Assert.Equal(PersistedOperations.RequiredCode, text.FirstErrorCode);

        var unknown = await locked.Client.PostJsonAsync(new { documentId = Id("{ hello }"), query = "{ hello }" });
        Assert.Equal(PersistedOperations.NotFoundCode, unknown.FirstErrorCode);

        var byId = await locked.Client.PostJsonAsync(new { documentId = Id(Greeting) });
        Assert.Equal("Hello, world!", byId.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Make_persist_registers_a_document_the_running_server_finds_without_a_restart()
    {
        const string text = "query Later { hello(name: \"later\") }\n";
        var file = Path.Combine(folder, "..", Path.GetFileName(folder) + "-later.graphql");
        await File.WriteAllTextAsync(file, text);
        try
        {
            var printed = await MakePersistAsync(file);
            Assert.Equal(Id(text), printed);
            Assert.True(File.Exists(Path.Combine(folder, printed["sha256:".Length..] + ".graphql")));

            var response = await open.Client.PostJsonAsync(new { documentId = printed });
            Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
            Assert.Equal("Hello, later!", response.Data.GetProperty("hello").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_file_named_by_an_id_it_does_not_hash_to_is_not_served()
    {
        var forged = Id("{ forged }");
        await File.WriteAllTextAsync(Path.Combine(folder, forged["sha256:".Length..] + ".graphql"), "{ hello }");

        var response = await open.Client.PostJsonAsync(new { documentId = forged });

        Assert.Equal(PersistedOperations.NotFoundCode, response.FirstErrorCode);
    }

    private async Task<string> MakePersistAsync(string file)
    {
        var start = new ProcessStartInfo("make", ["--no-print-directory", "persist", $"FILE={file}", $"PERSISTED_DIR={folder}"])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"make persist failed: {error}");
        return output.Trim();
    }
}
