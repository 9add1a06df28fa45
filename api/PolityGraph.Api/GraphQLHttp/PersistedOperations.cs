using PolityGraph.GraphQL;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// The persisted documents, by id: "sha256:" and the lowercase hex SHA-256 of the file's bytes (the document
/// text in UTF-8, exactly as written, so a client hashing the text it ships gets the same id). Every .graphql
/// file of the folder is hashed at start-up; a file added later under its own id's name (<c>make persist</c>
/// writes <c>&lt;hex&gt;.graphql</c>) is found on first use without a restart.
/// </summary>
public sealed class PersistedOperations
{
    public const string IdPrefix = "sha256:";
    public const string NotFoundCode = ErrorCodes.PersistedQueryNotFound;
    public const string HashMismatchCode = ErrorCodes.PersistedQueryHashMismatch;
    public const string RequiredCode = ErrorCodes.PersistedQueryRequired;

    private readonly ConcurrentDictionary<string, string> documents = new(StringComparer.Ordinal);

    public PersistedOperations(IOptions<PersistedOperationsOptions> options, IWebHostEnvironment environment)
    {
        OnlyPersisted = options.Value.OnlyPersisted;
        Folder = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        if (!Directory.Exists(Folder)) return;
        foreach (var file in Directory.EnumerateFiles(Folder, "*.graphql", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            documents[IdOf(bytes)] = Encoding.UTF8.GetString(bytes);
        }
    }

    public string Folder { get; }

    public bool OnlyPersisted { get; }

    public int Count => documents.Count;

    /// <summary>The id of a document text: "sha256:" and the hex SHA-256 of its UTF-8 bytes.</summary>
    public static string IdOf(string document) => IdOf(Encoding.UTF8.GetBytes(document));

    private static string IdOf(byte[] bytes) => IdPrefix + Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// The document text the request runs, or why it cannot run: a malformed or unknown id, text that does not
    /// hash to the id given with it, or text sent while only persisted operations are allowed.
    /// </summary>
    public (string? Document, HttpProblem? Problem) Resolve(string? query, string? documentId)
    {
        if (documentId is null)
        {
            return OnlyPersisted
                ? (null, new HttpProblem(StatusCodes.Status400BadRequest, RequiredCode,
                    "This server runs persisted operations only: send {\"documentId\": \"sha256:<hex>\"} instead of the document text."))
                : (query, null);
        }
        if (!IsWellFormed(documentId))
            return (null, HttpProblem.BadRequest(
                $"The \"documentId\" parameter must be \"{IdPrefix}\" followed by 64 lowercase hex digits (the SHA-256 of the document's UTF-8 text)."));
        if (query is not null && IdOf(query) != documentId)
            return (null, new HttpProblem(StatusCodes.Status400BadRequest, HashMismatchCode,
                "The \"query\" sent with \"documentId\" does not hash to that id; send the id alone, or the text it was computed from."));
        if (Find(documentId) is { } document) return (document, null);
        if (query is not null && !OnlyPersisted) return (query, null);
        return (null, new HttpProblem(StatusCodes.Status400BadRequest, NotFoundCode,
            $"No persisted operation has the id {documentId}. Register the document (make persist FILE=...) or send its text as \"query\"."));
    }

    private string? Find(string documentId)
    {
        if (documents.TryGetValue(documentId, out var document)) return document;
        // Registered after start-up: the file is named by its id (the id is checked to be hex, so this is a plain file name).
        var file = System.IO.Path.Combine(Folder, documentId[IdPrefix.Length..] + ".graphql");
        if (!File.Exists(file)) return null;
        var bytes = File.ReadAllBytes(file);
        if (IdOf(bytes) != documentId) return null; // renamed or edited by hand: the name does not vouch for the text
        return documents[documentId] = Encoding.UTF8.GetString(bytes);
    }

    private static bool IsWellFormed(string documentId) =>
        documentId.Length == IdPrefix.Length + 64 && documentId.StartsWith(IdPrefix, StringComparison.Ordinal)
        && documentId.AsSpan(IdPrefix.Length).IndexOfAnyExcept("0123456789abcdef") < 0;
}
