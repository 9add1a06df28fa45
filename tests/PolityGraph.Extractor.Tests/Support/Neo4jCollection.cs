using PolityGraph.Testing;

namespace PolityGraph.Extractor.Tests.Support;

/// <summary>Tests that write to Neo4j share one server and never run at the same time.</summary>
[CollectionDefinition(Neo4jServerFixture.Collection)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServerFixture>;
