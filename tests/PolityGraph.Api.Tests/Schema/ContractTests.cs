using PolityGraph.GraphQL.Types;
using PolityGraph.GraphQL.Utilities;
using PolityGraph.Schema;
using PolityGraph.Testing;

namespace PolityGraph.Api.Tests.Schema;

/// <summary>
/// The served schema keeps every name of the public contract (api/contract.graphql) unchanged: types, fields, arguments
/// (with their types and defaults), enum values and interfaces. It may add more (the mapping directives).
/// </summary>
public sealed class ContractTests
{
    private static readonly string ContractPath = RepositoryRoot.Combine("api", "contract.graphql");

    private static readonly GraphQL.Types.Schema Contract =
        SchemaBuilder.FromSdl(File.ReadAllText(ContractPath)).AddScalar(new DateScalar()).Build();

    // No request runs here: the driver is never asked anything.
    private static readonly GraphQL.Types.Schema Served = PolityGraphSchema.Build(new Neo4j.Neo4jHttpDriver(new Neo4j.Neo4jOptions()));

    public static TheoryData<string> ContractTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Contract.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
            data.Add(type.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ContractTypes))]
    public void Every_contract_type_is_served_with_the_same_members(string name)
    {
        var expected = Contract.GetType(name)!;
        var actual = Served.GetType(name);
        Assert.NotNull(actual);
        Assert.Equal(expected.Kind, actual.Kind);
        switch (expected)
        {
            case ComplexType complex:
                var served = (ComplexType)actual;
                Assert.Equal(complex.Interfaces.Select(i => i.Name), served.Interfaces.Select(i => i.Name));
                foreach (var field in complex.Fields)
                {
                    var match = served.GetField(field.Name);
                    Assert.True(match is not null, $"{name}.{field.Name} is missing");
                    Assert.Equal(field.Type.ToString(), match.Type.ToString());
                    // The contract's arguments, in its order; the served field may add more after them (where:, order:).
                    Assert.Equal(
                        field.Arguments.Select(a => $"{a.Name}: {a.Type} = {SchemaPrinterDefault(a)}"),
                        match.Arguments.Take(field.Arguments.Count).Select(a => $"{a.Name}: {a.Type} = {SchemaPrinterDefault(a)}"));
                    Assert.All(match.Arguments.Skip(field.Arguments.Count), a => Assert.False(a.Type is NonNullType, $"{name}.{field.Name}({a.Name}:) must be optional"));
                }
                break;
            case EnumType enumType:
                Assert.Equal(enumType.Values.Select(v => v.Name), ((EnumType)actual).Values.Select(v => v.Name));
                break;
        }
    }

    [Fact]
    public void The_printed_schema_names_every_contract_type_and_parses_back()
    {
        var printed = SchemaPrinter.Print(Served);
        foreach (var type in Contract.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarType { Name: "String" or "Int" or "Float" or "Boolean" or "ID" }))
            Assert.Contains(type.Name, printed);
        var reparsed = SchemaBuilder.FromSdl(printed).AddScalar(new DateScalar()).Build();
        Assert.Equal(Served.Types.Select(t => t.Name).Order(), reparsed.Types.Select(t => t.Name).Order());
    }

    private static string SchemaPrinterDefault(ArgumentDefinition argument) =>
        argument.HasDefaultValue ? Inspect.Value(argument.DefaultValue) : "(none)";
}
