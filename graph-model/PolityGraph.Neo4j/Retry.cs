namespace PolityGraph.Neo4j;

/// <summary>Runs work again after a transient Neo4j error, with exponential backoff and jitter.</summary>
internal static class Retry
{
    public static async Task<T> RunAsync<T>(Neo4jOptions options, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (Neo4jException e) when (e.IsRetriable && attempt < options.MaxRetries)
            {
                // Jitter spreads out callers that deadlocked on each other so they do not collide again.
                var delay = options.InitialRetryDelay * Math.Pow(2, attempt) * (0.75 + Random.Shared.NextDouble() * 0.5);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
