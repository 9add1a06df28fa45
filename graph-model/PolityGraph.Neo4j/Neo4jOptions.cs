namespace PolityGraph.Neo4j;

/// <summary>Where the Neo4j server is and how patient to be with it.</summary>
public sealed class Neo4jOptions
{
    /// <summary>Base HTTP(S) URI of the server, e.g. http://127.0.0.1:7474 (env NEO4J_URI).</summary>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    /// <summary>env NEO4J_USER.</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>env NEO4J_PASSWORD. Empty means no Authorization header (a server with auth off).</summary>
    public string Password { get; set; } = "";

    /// <summary>Database name for 4.x/5.x endpoints (env NEO4J_DATABASE). Neo4j 3.x has one database and ignores it.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>Upper bound for one HTTP round trip, connection included.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for a TCP connection before calling the server unavailable.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries after a Neo.TransientError (deadlock, lock timeout...). 0 disables retrying.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; doubled on each further retry, with jitter.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How many transactions the driver keeps open ahead of need for statements that can be cancelled, so each costs
    /// one round trip rather than two (see TransactionReserve). 0 opens one per statement, as before.
    /// </summary>
    public int ReservedTransactions { get; set; } = 32;

    /// <summary>
    /// A reserved transaction older than this is rolled back, not used: well inside Neo4j's idle timeout for HTTP
    /// transactions (60 s by default), so that the server has not forgotten it.
    /// </summary>
    public TimeSpan ReservedTransactionMaxAge { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; unset variables keep the defaults.</summary>
    public static Neo4jOptions FromEnvironment() => FromVariables(Environment.GetEnvironmentVariable);

    /// <summary>The same, from any key lookup (e.g. an IConfiguration indexer).</summary>
    public static Neo4jOptions FromVariables(Func<string, string?> lookup)
    {
        var options = new Neo4jOptions().OverrideFrom(lookup);
        options.Validate();
        return options;
    }

    /// <summary>Overwrites the settings whose NEO4J_* variable <paramref name="lookup"/> finds; returns this.</summary>
    public Neo4jOptions OverrideFrom(Func<string, string?> lookup)
    {
        if (NonEmpty(lookup("NEO4J_URI")) is { } uri)
            Uri = Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
                ? parsed
                : throw new ArgumentException($"NEO4J_URI '{uri}' is not an absolute URI such as http://127.0.0.1:7474.");
        if (NonEmpty(lookup("NEO4J_USER")) is { } user) User = user;
        if (lookup("NEO4J_PASSWORD") is { } password) Password = password;
        if (NonEmpty(lookup("NEO4J_DATABASE")) is { } database) Database = database;
        return this;
    }

    /// <summary>Throws ArgumentException naming the first setting that cannot work.</summary>
    public void Validate()
    {
        if (!Uri.IsAbsoluteUri || (Uri.Scheme != "http" && Uri.Scheme != "https"))
            throw new ArgumentException($"Neo4j URI '{Uri}' must be an absolute http:// or https:// URI (this client speaks the HTTP API, not bolt).");
        if (string.IsNullOrWhiteSpace(User)) throw new ArgumentException("Neo4j user must not be empty.");
        if (string.IsNullOrWhiteSpace(Database)) throw new ArgumentException("Neo4j database must not be empty.");
        if (RequestTimeout <= TimeSpan.Zero) throw new ArgumentException("Neo4j RequestTimeout must be positive.");
        if (ConnectTimeout <= TimeSpan.Zero) throw new ArgumentException("Neo4j ConnectTimeout must be positive.");
        if (MaxRetries < 0) throw new ArgumentException("Neo4j MaxRetries must not be negative.");
        if (ReservedTransactions < 0) throw new ArgumentException("Neo4j ReservedTransactions must not be negative.");
        if (ReservedTransactionMaxAge <= TimeSpan.Zero) throw new ArgumentException("Neo4j ReservedTransactionMaxAge must be positive.");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
