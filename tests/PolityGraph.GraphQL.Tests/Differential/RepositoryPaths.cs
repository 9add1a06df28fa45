using PolityGraph.Testing;

namespace PolityGraph.GraphQL.Tests.Differential;

/// <summary>
/// The engine tests' files in the repository. The repository is found by <see cref="RepositoryRoot"/>, the one
/// finder every test project uses (compiled in from PolityGraph.Testing, so the engine's tests depend on no driver).
/// </summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Of(params string[] parts) => RepositoryRoot.Combine(parts);

    public static string Corpus => Of("tests", "PolityGraph.GraphQL.Tests", "Differential", "corpus");

    public static string NodeHarness => Of("tests", "differential");
}
