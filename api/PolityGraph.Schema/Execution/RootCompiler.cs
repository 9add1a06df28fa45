using PolityGraph.GraphQL.Execution;
using PolityGraph.Schema.Mapping;
using PolityGraph.Schema.Roots;

namespace PolityGraph.Schema.Execution;

/// <summary>Picks the compiler for a root field's mapping kind, once @oneOf arguments are spread (<see cref="OneOfArguments"/>).</summary>
public static class RootCompiler
{
    public static CompiledQuery Compile(RootField root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping) =>
        CompileNormalised(root, OneOfArguments.Spread(field), schema, mapping);

    private static CompiledQuery CompileNormalised(RootField root, ISelectedField field, GraphQL.Types.Schema schema, GraphMapping mapping) => root switch
    {
        LookupRoot lookup => LookupCompiler.Compile(lookup, field, schema, mapping),
        ConnectionRoot connection => ConnectionCompiler.Compile(connection, field, schema, mapping),
        StartAtRoot startAt => StartAtCompiler.Compile(startAt, field, schema, mapping),
        ShortestPathRoot path => ShortestPathCompiler.Compile(path, field, schema, mapping),
        _ => throw new InvalidOperationException($"No compiler for {root.GetType().Name}."),
    };
}
