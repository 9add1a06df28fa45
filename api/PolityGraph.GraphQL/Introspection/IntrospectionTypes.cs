using PolityGraph.GraphQL.Execution;
using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;

namespace PolityGraph.GraphQL.Introspection;

/// <summary>The introspection types (spec 4.2) with their resolvers over the type-system classes; shared by every schema.</summary>
public static class IntrospectionTypes
{
    private static readonly Dictionary<string, NamedType> ByName = Build();

    public static ObjectType Schema => (ObjectType)ByName["__Schema"];

    public static ObjectType Type => (ObjectType)ByName["__Type"];

    public static EnumType TypeKind => (EnumType)ByName["__TypeKind"];

    public static bool IsIntrospectionType(NamedType type) => ByName.TryGetValue(type.Name, out var found) && ReferenceEquals(found, type);

    private static Dictionary<string, NamedType> Build()
    {
        var problems = new List<string>();
        var build = new TypeSystemBuild(new Dictionary<string, ScalarType>(), problems);
        build.Collect(Parser.Parse(IntrospectionSdl.Text));
        build.CreateTypes();
        build.CompleteTypes();
        if (problems.Count > 0) throw new SchemaException(problems);

        Bind(build, "__Schema", new()
        {
            ["description"] = c => Of<Schema>(c).Description,
            ["types"] = c => Of<Schema>(c).Types,
            ["queryType"] = c => Of<Schema>(c).QueryType,
            ["mutationType"] = c => Of<Schema>(c).MutationType,
            ["subscriptionType"] = c => Of<Schema>(c).SubscriptionType,
            ["directives"] = c => Of<Schema>(c).Directives,
        });
        Bind(build, "__Type", new()
        {
            ["kind"] = c => KindName(Of<IGraphQLType>(c).Kind),
            ["name"] = c => (c.Parent as NamedType)?.Name,
            ["description"] = c => (c.Parent as NamedType)?.Description,
            ["specifiedByURL"] = c => (c.Parent as ScalarType)?.SpecifiedByUrl,
            ["isOneOf"] = c => (c.Parent as InputObjectType)?.IsOneOf,
            ["fields"] = c => c.Parent is ComplexType complex ? Visible(complex.Fields, f => f.IsDeprecated, c) : null,
            ["interfaces"] = c => (c.Parent as ComplexType)?.Interfaces,
            ["possibleTypes"] = c => c.Parent is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)c.Parent) : null,
            ["enumValues"] = c => c.Parent is EnumType e ? Visible(e.Values, v => v.IsDeprecated, c) : null,
            ["inputFields"] = c => c.Parent is InputObjectType input ? Visible(input.Fields, f => f.IsDeprecated, c) : null,
            ["ofType"] = c => c.Parent switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null },
        });
        Bind(build, "__Field", new()
        {
            ["name"] = c => Of<FieldDefinition>(c).Name,
            ["description"] = c => Of<FieldDefinition>(c).Description,
            ["args"] = c => Visible(Of<FieldDefinition>(c).Arguments, a => a.IsDeprecated, c),
            ["type"] = c => Of<FieldDefinition>(c).Type,
            ["isDeprecated"] = c => Of<FieldDefinition>(c).IsDeprecated,
            ["deprecationReason"] = c => Of<FieldDefinition>(c).DeprecationReason,
        });
        Bind(build, "__InputValue", new()
        {
            ["name"] = c => Of<InputValueDefinition>(c).Name,
            ["description"] = c => Of<InputValueDefinition>(c).Description,
            ["type"] = c => Of<InputValueDefinition>(c).Type,
            ["defaultValue"] = c => DefaultValue(Of<InputValueDefinition>(c)),
            ["isDeprecated"] = c => Of<InputValueDefinition>(c).IsDeprecated,
            ["deprecationReason"] = c => Of<InputValueDefinition>(c).DeprecationReason,
        });
        Bind(build, "__EnumValue", new()
        {
            ["name"] = c => Of<EnumValueDefinition>(c).Name,
            ["description"] = c => Of<EnumValueDefinition>(c).Description,
            ["isDeprecated"] = c => Of<EnumValueDefinition>(c).IsDeprecated,
            ["deprecationReason"] = c => Of<EnumValueDefinition>(c).DeprecationReason,
        });
        Bind(build, "__Directive", new()
        {
            ["name"] = c => Of<DirectiveDefinition>(c).Name,
            ["description"] = c => Of<DirectiveDefinition>(c).Description,
            ["isRepeatable"] = c => Of<DirectiveDefinition>(c).IsRepeatable,
            ["locations"] = c => Of<DirectiveDefinition>(c).Locations.Select(l => l.ToSpecName()).ToList(),
            ["args"] = c => Visible(Of<DirectiveDefinition>(c).Arguments, a => a.IsDeprecated, c),
        });
        return build.Types;
    }

    private static T Of<T>(IResolverContext context) => (T)context.Parent!;

    private static IReadOnlyList<T> Visible<T>(IReadOnlyList<T> items, Func<T, bool> isDeprecated, IResolverContext context)
    {
        if (context.Arguments.TryGetValue("includeDeprecated", out var include) && include is true) return items;
        var visible = new List<T>(items.Count);
        foreach (var item in items) if (!isDeprecated(item)) visible.Add(item);
        return visible;
    }

    private static string? DefaultValue(InputValueDefinition value)
    {
        if (!value.HasDefaultValue) return null;
        var literal = AstFromValue.From(value.DefaultValue, value.Type);
        return literal is null ? null : Printer.Print(literal);
    }

    private static string KindName(Types.TypeKind kind) => kind switch
    {
        Types.TypeKind.Scalar => "SCALAR",
        Types.TypeKind.Object => "OBJECT",
        Types.TypeKind.Interface => "INTERFACE",
        Types.TypeKind.Union => "UNION",
        Types.TypeKind.Enum => "ENUM",
        Types.TypeKind.InputObject => "INPUT_OBJECT",
        Types.TypeKind.List => "LIST",
        _ => "NON_NULL",
    };

    private static void Bind(TypeSystemBuild build, string typeName, Dictionary<string, Func<IResolverContext, object?>> resolvers)
    {
        var type = (ObjectType)build.Types[typeName];
        foreach (var (fieldName, resolve) in resolvers)
            type.GetField(fieldName)!.Resolver = context => new ValueTask<object?>(resolve(context));
    }
}
