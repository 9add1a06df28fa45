using PolityGraph.GraphQL.Execution;
using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Mapping;
using PolityGraph.Schema.Roots;

namespace PolityGraph.Schema.Execution;

/// <summary>Picks the compiler for a root field's mapping kind, once @oneOf arguments are spread (<see cref="OneOfArguments"/>).</summary>
public static class RootCompiler
{
    public static CompiledQuery Compile(RootField root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping, CompilerOptions? options = null) =>
        CompileNormalised(root, OneOfArguments.Spread(field), schema, mapping, options ?? CompilerOptions.Default);

    private static CompiledQuery CompileNormalised(RootField root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping, CompilerOptions options) => root switch
    {
        LookupRoot lookup => LookupCompiler.Compile(lookup, field, schema, mapping, options),
        ConnectionRoot connection => ConnectionCompiler.Compile(connection, field, schema, mapping, options),
        StartAtRoot startAt => StartAtCompiler.Compile(startAt, field, schema, mapping, options),
        CountRoot count => StartAtCompiler.CompileCount(count, field, schema, mapping, options),
        ShortestPathRoot path => ShortestPathCompiler.Compile(path, field, schema, mapping, options),
        _ => throw new InvalidOperationException($"No compiler for {root.GetType().Name}."),
    };
}
