namespace PolityGraph.Api.GraphQLHttp;

/// <summary>
/// Persisted operations ("GraphQL:PersistedOperations" section): documents an app ships, stored as .graphql files
/// in a folder and requested by id (<c>{"documentId": "sha256:&lt;hex&gt;"}</c>) instead of by text.
/// </summary>
public sealed class PersistedOperationsOptions
{
    public const string SectionName = "GraphQL:PersistedOperations";

    /// <summary>The folder of .graphql files, absolute or relative to the content root. A missing folder holds none.</summary>
    public string Path { get; set; } = "persisted";

    /// <summary>Production mode for an app that ships its queries: requests carrying document text are refused.</summary>
    public bool OnlyPersisted { get; set; }
}
