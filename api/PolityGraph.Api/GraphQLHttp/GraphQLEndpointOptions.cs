using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// The GraphQL endpoint's settings, bound from the "GraphQL" configuration section and validated at
/// start-up. The defaults are generous for real analyst queries and stop hostile ones early.
/// </summary>
public sealed class GraphQLEndpointOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Where the endpoint listens; GraphiQL and the SDL live beneath it.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>Largest accepted POST body; a larger one gets 413 before it is parsed.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Largest JSON nesting in a POST body (variables included).</summary>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>Parser limit: document length in characters.</summary>
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>Parser limit: tokens in a document. GraphiQL's introspection query has about 300.</summary>
    public int MaxTokens { get; set; } = 20_000;

    /// <summary>
    /// Parser limit: nesting of selection sets and values. Above <see cref="MaxDepth"/> so that an over-deep
    /// but reasonable query gets the validation rule's located error rather than a syntax error.
    /// </summary>
    public int MaxParserDepth { get; set; } = 64;

    /// <summary>Validation limit: selection-set depth (MaxDepthRule).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Validation limit: fields selected, list fields weighted by first/last (MaxComplexityRule).</summary>
    public int MaxComplexity { get; set; } = 1_000_000;

    /// <summary>Execution stops after this long and the response carries an error with code TIMEOUT.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Parsed and validated documents kept by query text; 0 turns the cache off.</summary>
    public int DocumentCacheSize { get; set; } = 1_000;

    public ParserOptions ToParserOptions() => new()
    {
        MaxDocumentLength = MaxDocumentLength,
        MaxTokens = MaxTokens,
        MaxDepth = MaxParserDepth,
    };

    /// <summary>
    /// The engine settings these limits imply. No engine timeout: the endpoint owns the timeout so that it can
    /// answer with a TIMEOUT error and the right status whatever the engine was doing when time ran out.
    /// </summary>
    public ExecutionOptions ToExecutionOptions() => new()
    {
        Parser = ToParserOptions(),
        ExtraRules = [new MaxDepthRule(MaxDepth), new MaxComplexityRule(MaxComplexity)],
        DocumentCacheSize = DocumentCacheSize,
    };
}
