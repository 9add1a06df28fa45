using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Language.Ast;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (definitions and <c>extend</c>s, graphql-js buildASTSchema) with
/// resolvers, type resolvers and scalar implementations bound by name, then validates it (spec 3):
/// <code>SchemaBuilder.FromSdl(sdl).AddScalar(new DateScalar()).AddResolver("Query", "person", r).Build()</code>
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = new();
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<(string Type, string Field, FieldResolver Resolver)> _resolvers = new();
    private readonly List<(string Type, TypeResolver Resolver)> _typeResolvers = new();
    private readonly List<(string Enum, string Value, object Internal)> _enumValues = new();
    private readonly List<(string Type, string Field, ListSize Size)> _listSizes = new();

    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    public static SchemaBuilder FromDocument(DocumentNode document) => new SchemaBuilder().AddDocument(document);

    /// <summary>More type definitions or extensions; all documents are built together.</summary>
    public SchemaBuilder AddSdl(string sdl) => AddDocument(Parser.Parse(sdl));

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>The implementation of a scalar the SDL declares (by the scalar's name).</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    public SchemaBuilder AddResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        _resolvers.Add((typeName, fieldName, resolver));
        return this;
    }

    /// <summary>How many items a field is expected to return, for cost analysis (see <see cref="ListSize"/>).</summary>
    public SchemaBuilder SetListSize(string typeName, string fieldName, ListSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        _listSizes.Add((typeName, fieldName, size));
        return this;
    }

    /// <summary>How to tell the object type of a value of an interface or union.</summary>
    public SchemaBuilder AddTypeResolver(string typeName, TypeResolver resolver)
    {
        _typeResolvers.Add((typeName, resolver));
        return this;
    }

    /// <summary>The internal value an enum value stands for (default: its name), e.g. a CLR enum member.</summary>
    public SchemaBuilder AddEnumValue(string enumName, string valueName, object internalValue)
    {
        _enumValues.Add((enumName, valueName, internalValue));
        return this;
    }

    /// <summary>Builds and validates; throws <see cref="SchemaException"/> listing every problem.</summary>
    public Schema Build()
    {
        var problems = new List<string>();
        var build = new TypeSystemBuild(_scalars, problems);
        foreach (var document in _documents) build.Collect(document);
        build.CreateTypes();
        if (problems.Count > 0) throw new SchemaException(problems);

        BindEnumValues(build, problems);
        build.CompleteTypes();
        BindResolvers(build, problems);
        if (problems.Count > 0) throw new SchemaException(problems);

        var schema = build.CreateSchema();
        problems.AddRange(SchemaValidator.Validate(schema));
        if (problems.Count > 0) throw new SchemaException(problems);
        return schema;
    }

    private void BindEnumValues(TypeSystemBuild build, List<string> problems)
    {
        foreach (var (enumName, valueName, internalValue) in _enumValues)
        {
            if (build.Types.GetValueOrDefault(enumName) is not EnumType) problems.Add($"Cannot bind enum value: \"{enumName}\" is not an enum type of the schema.");
            else build.EnumValueBindings[(enumName, valueName)] = internalValue;
        }
    }

    private void BindResolvers(TypeSystemBuild build, List<string> problems)
    {
        foreach (var (typeName, fieldName, resolver) in _resolvers)
        {
            if (FieldOf(build, typeName, fieldName, "bind a resolver to", problems) is { } field) field.Resolver = resolver;
        }
        foreach (var (typeName, fieldName, size) in _listSizes)
        {
            if (FieldOf(build, typeName, fieldName, "set the list size of", problems) is not { } field) continue;
            if (size.AssumedSize < 0) problems.Add($"Cannot set the list size of \"{typeName}.{fieldName}\": the assumed size {size.AssumedSize} is negative.");
            foreach (var argument in size.SlicingArguments.Where(a => field.GetArgument(a) is null))
                problems.Add($"Cannot set the list size of \"{typeName}.{fieldName}\": it has no argument \"{argument}\" to slice by.");
            if (size.SizedFields.Count > 0 && field.Type.GetNamedType() is ComplexType wrapper)
                foreach (var sized in size.SizedFields.Where(s => wrapper.GetField(s) is null))
                    problems.Add($"Cannot set the list size of \"{typeName}.{fieldName}\": type \"{wrapper.Name}\" has no field \"{sized}\".");
            field.ListSize = size;
        }
        foreach (var (typeName, resolver) in _typeResolvers)
        {
            switch (build.Types.GetValueOrDefault(typeName))
            {
                case InterfaceType iface: iface.ResolveType = resolver; break;
                case UnionType union: union.ResolveType = resolver; break;
                default: problems.Add($"Cannot bind a type resolver to \"{typeName}\": it is not an interface or union type of the schema."); break;
            }
        }
    }

    private static FieldDefinition? FieldOf(TypeSystemBuild build, string typeName, string fieldName, string action, List<string> problems)
    {
        if (build.Types.GetValueOrDefault(typeName) is not ComplexType type)
        {
            problems.Add($"Cannot {action} \"{typeName}.{fieldName}\": there is no object or interface type \"{typeName}\".");
            return null;
        }
        var field = type.GetField(fieldName);
        if (field is null) problems.Add($"Cannot {action} \"{typeName}.{fieldName}\": type \"{typeName}\" has no field \"{fieldName}\".");
        return field;
    }
}
