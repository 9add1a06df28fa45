using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Tests.Types;

/// <summary>SchemaBuilder: SDL with extensions and bindings, and the type-system rules of spec section 3.</summary>
public class SchemaBuilderTests
{
    [Fact]
    public void Builds_types_in_definition_order_with_extensions_applied()
    {
        var schema = SchemaBuilder.FromSdl(WideSchema.Sdl).Build();

        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Equal("Changes", schema.MutationType!.Name);
        var person = (ObjectType)schema.GetType("Person")!;
        Assert.Equal(new[] { "id", "name", "born", "fullName", "nickname", "roles", "friends", "age" }, person.Fields.Select(f => f.Name));
        Assert.Equal("Use `name`.", person.GetField("fullName")!.DeprecationReason);
        Assert.Equal("No longer supported", person.GetField("nickname")!.DeprecationReason);
        Assert.Equal(10, person.GetField("roles")!.GetArgument("first")!.DefaultValue);
        var kinds = (EnumType)schema.GetType("RoleKind")!;
        Assert.Equal(new[] { "MINISTER", "DEPUTY", "MEMBER", "OLD", "OBSERVER" }, kinds.Values.Select(v => v.Name));
        Assert.Equal("https://tools.ietf.org/html/rfc3339", ((ScalarType)schema.GetType("Date")!).SpecifiedByUrl);
        Assert.True(schema.GetDirective("tag")!.IsRepeatable);
    }

    [Fact]
    public void Interfaces_may_implement_interfaces_and_possible_types_follow()
    {
        var schema = SchemaBuilder.FromSdl(WideSchema.Sdl).Build();
        var node = (InterfaceType)schema.GetType("Node")!;
        var named = (InterfaceType)schema.GetType("Named")!;

        Assert.Equal(new[] { node }, named.Interfaces);
        Assert.Equal(new[] { "Person", "Role" }, schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Equal(new[] { "Person" }, schema.GetPossibleTypes(named).Select(t => t.Name));
        Assert.Equal(new[] { named }, schema.GetImplementingInterfaces(node));
        Assert.True(schema.IsSubType(node, named));
    }

    [Fact]
    public void A_provided_scalar_replaces_the_pass_through_one()
    {
        var date = new DateScalar();
        var schema = SchemaBuilder.FromSdl(WideSchema.Sdl).AddScalar(date).Build();
        Assert.Same(date, schema.GetType("Date"));
        Assert.Equal("An ISO 8601 calendar date.", date.Description);
        Assert.IsType<PassThroughScalar>(schema.GetType("Json"));
    }

    [Theory]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Strin }", "Unknown type \"Strin\". Did you mean \"String\"?")]
    [InlineData("type Foo { a: Int }", "Query root type must be provided.")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: I } interface I { b: Int } type T implements I { c: Int }", "Interface field I.b expected but T does not provide it.")]
    [InlineData("type Query { a: I } interface I { b: Int } type T implements I { b: String }", "Interface field I.b expects type Int but T.b is type String.")]
    [InlineData("type Query { a: I } interface I { b(x: Int): Int } type T implements I { b: Int }", "Interface field argument I.b(x:) expected but T.b does not provide it.")]
    [InlineData("type Query { a: I } interface I { b(x: Int): Int } type T implements I { b(x: String): Int }", "Interface field argument I.b(x:) expects type Int but T.b(x:) is type String.")]
    [InlineData("type Query { a: I } interface I { b: Int } type T implements I { b(y: Int!): Int }", "Object field T.b includes required argument y that is missing from the Interface field I.b.")]
    [InlineData("type Query { a: J } interface I { b: Int } interface J implements I { b: Int } type T implements J { b: Int }", "Type T must implement I because it is implemented by J.")]
    [InlineData("type Query { a: I } interface I implements I { b: Int }", "Type I cannot implement itself because it would create a circular reference.")]
    [InlineData("type Query { a: Int } type T implements Query { a: Int }", "Type T must only implement Interface types, it cannot implement Query.")]
    [InlineData("type Query { a: U } union U = Query | Int", "Union type U can only include Object types, it cannot include Int.")]
    [InlineData("type Query { a: E } enum E { __A }", "Name \"__A\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a(i: In): Int } input In { self: In! }", "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\".")]
    [InlineData("type Query { a(i: Query): Int }", "The type of Query.a(i:) must be Input Type but got: Query.")]
    [InlineData("type Query { a: In } input In { b: Int }", "The type of Query.a must be Output Type but got: In.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a(x: Int = \"one\"): Int }", "Invalid default value for Query.a(x:): Expected value of type \"Int\", found \"one\"; Int cannot represent non-integer value: \"one\"")]
    [InlineData("type Query { a: Int } extend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined.")]
    [InlineData("type Query { a: Int } extend input Query { b: Int }", "Cannot extend non-input object type \"Query\".")]
    [InlineData("type Query { a: Int } extend type Query { a: Int }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a: Int } type Q2 { b: Int } schema { query: Q2 mutation: Int }", "Mutation root type must be Object type, it cannot be Int.")]
    [InlineData("type Query { a: Int } query { a }", "A schema document may hold only type-system definitions; found a OperationDefinition.")]
    public void Invalid_schemas_are_rejected_naming_the_problem(string sdl, string problem)
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl).Build());
        Assert.Contains(problem, error.Problems);
    }

    [Theory]
    [InlineData("Query", "nope", "Cannot bind a resolver to \"Query.nope\": type \"Query\" has no field \"nope\".")]
    [InlineData("Nope", "a", "Cannot bind a resolver to \"Nope.a\": there is no object or interface type \"Nope\".")]
    public void Binding_a_resolver_to_a_missing_field_is_an_error(string type, string field, string problem)
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int }")
            .AddResolver(type, field, _ => new ValueTask<object?>(1)).Build());
        Assert.Contains(problem, error.Problems);
    }

    [Fact]
    public void Introspection_types_come_after_the_schema_types()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int b: Boolean }").Build();
        Assert.Equal(new[] { "Query", "Int", "Boolean", "String", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation" },
            schema.Types.Select(t => t.Name));
    }

    [Theory]
    [InlineData("type Query { a: Int } type Mutation { b: Int }", "Query", "Mutation")]
    [InlineData("type Query { a: Int } type Change { b: Int } extend schema { mutation: Change }", "Query", "Change")]
    [InlineData("type Q { a: Int } type M { b: Int } schema { query: Q } extend schema { mutation: M }", "Q", "M")]
    [InlineData("type Q { a: Int } type Mutation { b: Int } schema { query: Q }", "Q", null)]
    public void Root_types_come_from_the_schema_definition_extensions_or_default_names(string sdl, string query, string? mutation)
    {
        var schema = SchemaBuilder.FromSdl(sdl).Build();
        Assert.Equal(query, schema.QueryType?.Name);
        Assert.Equal(mutation, schema.MutationType?.Name);
    }
}
