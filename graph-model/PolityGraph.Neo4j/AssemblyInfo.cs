using System.Runtime.CompilerServices;

// The driver's tests reach the reserved transactions' addresses, to make the server forget them.
[assembly: InternalsVisibleTo("PolityGraph.Neo4j.Tests")]
