using PolityGraph.GraphQL.Validation.Rules;

namespace PolityGraph.GraphQL.Tests.Validation.Rules;

// Cases after graphql-js's own tests of this rule; expected messages and locations are graphql-js 16.15's.
public sealed class ValuesOfCorrectTypeRuleTests : RuleTestBase<ValuesOfCorrectTypeRule>
{
    public static TheoryData<string> Valid => new()
    {
        "{ complicatedArgs { intArgField(intArg: 2) floatArgField(floatArg: 1) idArgField(idArg: 1) enumArgField(enumArg: BROWN) } }",
        "{ complicatedArgs { stringListArgField(stringListArg: \"one\") complexArgField(complexArg: { requiredField: true }) } }",
        "{ complicatedArgs { dateArgField(date: \"anything\") jsonArgField(json: { a: [1] }) } }",
        "query Foo($a: Int = 1, $b: [FurColor] = [BROWN]) { complicatedArgs { intArgField(intArg: $a) } cat { furColor } dog { name } complicatedArgs { enumArgField(enumArg: TAN) } }",
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        {
            "{ complicatedArgs { intArgField(intArg: 2147483648) } }",
            new[]
            {
                "Int cannot represent non 32-bit signed integer value: 2147483648 @ 1:41",
            }
        },
        {
            "{ complicatedArgs { intArgField(intArg: \"3\") stringArgField(stringArg: 1) } }",
            new[]
            {
                "Int cannot represent non-integer value: \"3\" @ 1:41",
                "String cannot represent a non string value: 1 @ 1:72",
            }
        },
        {
            "{ complicatedArgs { enumArgField(enumArg: \"BROWN\") a: enumArgField(enumArg: brown) } }",
            new[]
            {
                "Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"? @ 1:43",
                "Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"? @ 1:77",
            }
        },
        {
            "{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }",
            new[]
            {
                "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. @ 1:49",
            }
        },
        {
            "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, invalidField: 1 }) } }",
            new[]
            {
                "Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"? @ 1:72",
            }
        },
        {
            "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }",
            new[]
            {
                "Expected value of type \"Int!\", found null. @ 1:55",
            }
        },
        {
            "query Foo($a: Int = \"one\") { complicatedArgs { intArgField(intArg: $a) } }",
            new[]
            {
                "Int cannot represent non-integer value: \"one\" @ 1:21",
            }
        },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Accepts(string document) => AssertValid(document);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects(string document, string[] expectedErrors) => AssertErrors(document, expectedErrors);
}
