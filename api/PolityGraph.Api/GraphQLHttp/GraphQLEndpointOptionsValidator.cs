using Microsoft.Extensions.Options;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>Rejects settings that cannot work, at start-up, naming the setting and the reason.</summary>
public sealed class GraphQLEndpointOptionsValidator :
    IValidateOptions<GraphQLEndpointOptions>, IValidateOptions<GraphiQLOptions>, IValidateOptions<GraphQLCorsOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLEndpointOptions options)
    {
        var failures = new List<string>();
        const string s = GraphQLEndpointOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.Path) || !options.Path.StartsWith('/') || options.Path.EndsWith('/'))
            failures.Add($"{s}:Path '{options.Path}' must start with '/' and not end with one, e.g. /graphql.");
        if (options.MaxRequestBodyBytes < 1024)
            failures.Add($"{s}:MaxRequestBodyBytes ({options.MaxRequestBodyBytes}) must be at least 1024.");
        RequirePositive(failures, $"{s}:MaxJsonDepth", options.MaxJsonDepth);
        RequirePositive(failures, $"{s}:MaxDocumentLength", options.MaxDocumentLength);
        RequirePositive(failures, $"{s}:MaxTokens", options.MaxTokens);
        RequirePositive(failures, $"{s}:MaxParserDepth", options.MaxParserDepth);
        RequirePositive(failures, $"{s}:MaxDepth", options.MaxDepth);
        RequirePositive(failures, $"{s}:MaxComplexity", options.MaxComplexity);
        if (options.MaxParserDepth < options.MaxDepth)
            failures.Add($"{s}:MaxParserDepth ({options.MaxParserDepth}) must not be below {s}:MaxDepth ({options.MaxDepth}).");
        if (options.ExecutionTimeout <= TimeSpan.Zero)
            failures.Add($"{s}:ExecutionTimeout ({options.ExecutionTimeout}) must be positive, e.g. 00:00:30.");
        if (options.DocumentCacheSize < 0)
            failures.Add($"{s}:DocumentCacheSize ({options.DocumentCacheSize}) must not be negative (0 turns the cache off).");
        return Result(failures);
    }

    public ValidateOptionsResult Validate(string? name, GraphiQLOptions options) =>
        options.Enabled && string.IsNullOrWhiteSpace(options.DefaultQuery)
            ? ValidateOptionsResult.Fail($"{GraphiQLOptions.SectionName}:DefaultQuery must not be empty while GraphiQL is enabled.")
            : ValidateOptionsResult.Success;

    public ValidateOptionsResult Validate(string? name, GraphQLCorsOptions options)
    {
        var failures = new List<string>();
        foreach (var origin in options.AllowedOrigins)
        {
            if (origin == "*") continue;
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.AbsolutePath != "/" || origin.EndsWith('/'))
                failures.Add($"{GraphQLCorsOptions.SectionName}:AllowedOrigins entry '{origin}' must be \"*\" or an origin such as https://example.org (scheme, host, optional port, no path).");
        }
        if (options.PreflightMaxAge < TimeSpan.Zero)
            failures.Add($"{GraphQLCorsOptions.SectionName}:PreflightMaxAge must not be negative.");
        return Result(failures);
    }

    private static void RequirePositive(List<string> failures, string setting, int value)
    {
        if (value <= 0) failures.Add($"{setting} ({value}) must be positive.");
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
