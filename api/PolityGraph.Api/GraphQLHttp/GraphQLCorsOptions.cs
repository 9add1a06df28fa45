namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// Cross-origin access to the endpoint ("GraphQL:Cors" section). Off unless origins are listed: the API is
/// read-only and carries no credentials, but browsers elsewhere get no access until someone decides they should.
/// </summary>
public sealed class GraphQLCorsOptions
{
    public const string SectionName = "GraphQL:Cors";

    /// <summary>Origins such as https://analyst.example.org; "*" allows any origin.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long browsers may cache a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    public bool IsEnabled => AllowedOrigins.Length > 0;
}
