using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Validation;

namespace PolityGraph.GraphQL.Execution;

/// <summary>How a <see cref="RequestExecutor"/> parses, validates and bounds requests.</summary>
public sealed class ExecutionOptions
{
    public static readonly ExecutionOptions Default = new();

    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Rules run after the specified ones (e.g. depth and complexity limits).</summary>
    public IReadOnlyList<IValidationRule> ExtraRules { get; init; } = Array.Empty<IValidationRule>();

    /// <summary>Cancels execution after this long; the result reports a timeout error. Null: no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>How many parsed and validated documents to keep, keyed by query text; 0 turns the cache off.</summary>
    public int DocumentCacheSize { get; init; }
}
