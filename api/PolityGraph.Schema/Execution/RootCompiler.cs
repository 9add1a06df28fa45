using PolityGraph.GraphQL.Execution;
using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Mapping;
using PolityGraph.Schema.Roots;

namespace PolityGraph.Schema.Execution;

/// <summary>Picks the compiler for a root field's mapping kind.</summary>
public static class RootCompiler
{
    public static CompiledQuery Compile(RootField root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping, CompilerOptions? options = null) => root switch
    {
        LookupRoot lookup => LookupCompiler.Compile(lookup, field, schema, mapping, options ?? CompilerOptions.Default),
        ConnectionRoot connection => ConnectionCompiler.Compile(connection, field, schema, mapping, options ?? CompilerOptions.Default),
        StartAtRoot startAt => StartAtCompiler.Compile(startAt, field, schema, mapping, options ?? CompilerOptions.Default),
        ShortestPathRoot path => ShortestPathCompiler.Compile(path, field, schema, mapping, options ?? CompilerOptions.Default),
        _ => throw new InvalidOperationException($"No compiler for {root.GetType().Name}."),
    };
}
