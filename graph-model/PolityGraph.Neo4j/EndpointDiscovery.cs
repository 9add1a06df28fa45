using System.Net;
using System.Text.Json;

namespace PolityGraph.Neo4j;

/// <summary>
/// Finds the transactional endpoint from the discovery document at <c>GET /</c>.
/// 4.x and 5.x answer with <c>"transaction": "http://host/db/{databaseName}/tx"</c>;
/// 3.x answers with <c>"data": "http://host/db/data/"</c>, whose document names <c>"transaction"</c>.
/// Only the path is taken from the server: the host it advertises may not be the one we reach it by.
/// </summary>
internal static class EndpointDiscovery
{
    public static async Task<Uri> FindTransactionEndpointAsync(CypherHttpClient http, string database, CancellationToken cancellationToken)
    {
        using var root = await http.GetJsonAsync("/", cancellationToken).ConfigureAwait(false);
        if (Link(root, "transaction") is { } transaction)
            return http.Resolve(transaction.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal));

        if (Link(root, "data") is { } data)
        {
            using var dataDocument = await http.GetJsonAsync(http.Resolve(data).AbsolutePath, cancellationToken).ConfigureAwait(false);
            if (Link(dataDocument, "transaction") is { } legacyTransaction)
                return http.Resolve(legacyTransaction);
        }
        throw new ServiceUnavailableException(
            $"{http.BaseUri} answered GET / without a transactional endpoint (neither 'transaction' nor 'data'): is it a Neo4j HTTP connector?");
    }

    private static string? Link(JsonDocument document, string name) =>
        document.RootElement.ValueKind == JsonValueKind.Object
        && document.RootElement.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
