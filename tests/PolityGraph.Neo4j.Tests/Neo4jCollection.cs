using PolityGraph.Testing;

namespace PolityGraph.Neo4j.Tests;

// One server per test assembly; the tests in this collection run one at a time.
[CollectionDefinition(Neo4jServerFixture.Collection)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServerFixture>;
