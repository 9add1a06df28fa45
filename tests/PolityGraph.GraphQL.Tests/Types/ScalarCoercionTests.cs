using PolityGraph.GraphQL.Language;
using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Tests.Types;

/// <summary>Spec 3.5 coercion of the built-in scalars and Date, in all three directions, with graphql-js's messages.</summary>
public class ScalarCoercionTests
{
    private static ScalarType Scalar(string name) => name == "Date" ? new DateScalar() : Scalars.ByName(name)!;

    [Theory]
    [InlineData("Int", "42", 42)]
    [InlineData("Int", "-2147483648", -2147483648)]
    [InlineData("Int", "2147483647", 2147483647)]
    [InlineData("Float", "1.5", 1.5)]
    [InlineData("Float", "3", 3.0)]
    [InlineData("Float", "-1e3", -1000.0)]
    [InlineData("String", "\"caf\\u00E9 \\\"q\\\" \\n\"", "café \"q\" \n")]
    [InlineData("String", "\"\"\"\n  block\n  text\"\"\"", "block\ntext")]
    [InlineData("Boolean", "true", true)]
    [InlineData("ID", "\"person:1\"", "person:1")]
    [InlineData("ID", "123", "123")]
    [InlineData("Date", "\"2020-02-29\"", "2020-02-29")]
    public void Literals_coerce_to_internal_values(string scalar, string literal, object expected)
    {
        Assert.Equal(expected, Scalar(scalar).ParseLiteral(Parser.ParseConstValue(literal)));
    }

    [Theory]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "-2147483649", "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("Int", "1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("Float", "true", "Float cannot represent non numeric value: true")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("String", "ENUM", "String cannot represent a non string value: ENUM")]
    [InlineData("Boolean", "\"true\"", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("ID", "1.0", "ID cannot represent a non-string and non-integer value: 1.0")]
    [InlineData("ID", "[1]", "ID cannot represent a non-string and non-integer value: [1]")]
    [InlineData("Date", "\"2020-02-30\"", "Date \"2020-02-30\" is not a valid date: February 2020 has 29 days.")]
    [InlineData("Date", "\"2021-02-29\"", "Date \"2021-02-29\" is not a valid date: February 2021 has 28 days.")]
    [InlineData("Date", "\"2020-13-01\"", "Date \"2020-13-01\" is not a valid date: month 13 does not exist.")]
    [InlineData("Date", "\"2020-1-1\"", "Date must be a date written YYYY-MM-DD, found \"2020-1-1\".")]
    [InlineData("Date", "20200101", "Date cannot represent a non string value: 20200101")]
    public void Bad_literals_are_rejected_with_the_reason(string scalar, string literal, string message)
    {
        var error = Assert.ThrowsAny<GraphQLException>(() => Scalar(scalar).ParseLiteral(Parser.ParseConstValue(literal)));
        Assert.Equal(message, error.Message);
    }

    public static TheoryData<string, object?, object?> VariableValues => new()
    {
        { "Int", 7, 7 },
        { "Int", 7L, 7 },
        { "Int", 7.0, 7 },
        { "Float", 7, 7.0 },
        { "Float", 2.5m, 2.5 },
        { "ID", 12, "12" },
        { "ID", 12L, "12" },
        { "ID", "x", "x" },
        { "String", "text", "text" },
        { "Boolean", false, false },
        { "Date", "1999-12-31", "1999-12-31" },
    };

    [Theory]
    [MemberData(nameof(VariableValues))]
    public void Variable_values_coerce_to_internal_values(string scalar, object? value, object? expected)
    {
        Assert.Equal(expected, Scalar(scalar).ParseValue(value));
    }

    public static TheoryData<string, object?, string> BadVariableValues => new()
    {
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", "1", "Int cannot represent non-integer value: \"1\"" },
        { "Int", true, "Int cannot represent non-integer value: true" },
        { "Float", "1.5", "Float cannot represent non numeric value: \"1.5\"" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "String", 1, "String cannot represent a non string value: 1" },
        { "Boolean", 1, "Boolean cannot represent a non boolean value: 1" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "ID", true, "ID cannot represent value: true" },
        { "Date", "2020-02-30", "Date \"2020-02-30\" is not a valid date: February 2020 has 29 days." },
    };

    [Theory]
    [MemberData(nameof(BadVariableValues))]
    public void Bad_variable_values_are_rejected_with_the_reason(string scalar, object? value, string message)
    {
        var error = Assert.ThrowsAny<GraphQLException>(() => Scalar(scalar).ParseValue(value));
        Assert.Equal(message, error.Message);
    }

    public static TheoryData<string, object?, object?> Results => new()
    {
        { "Int", 3.0, 3 },
        { "Int", true, 1 },
        { "Int", "12", 12 },
        { "Float", 2, 2.0 },
        { "String", 12, "12" },
        { "String", true, "true" },
        { "Boolean", 0, false },
        { "ID", 42, "42" },
        { "Date", new DateOnly(2024, 3, 1), "2024-03-01" },
        { "Date", new DateTime(2024, 3, 1, 13, 0, 0), "2024-03-01" },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void Results_serialize_leniently_as_graphql_js_does(string scalar, object? value, object? expected)
    {
        Assert.Equal(expected, Scalar(scalar).Serialize(value));
    }

    [Theory]
    [InlineData("Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", 0.5, "Int cannot represent non-integer value: 0.5")]
    [InlineData("Float", "abc", "Float cannot represent non numeric value: \"abc\"")]
    [InlineData("Date", "yesterday", "Date must be a date written YYYY-MM-DD, found \"yesterday\".")]
    public void Results_that_do_not_fit_are_errors(string scalar, object value, string message)
    {
        var error = Assert.ThrowsAny<GraphQLException>(() => Scalar(scalar).Serialize(value));
        Assert.Equal(message, error.Message);
    }
}
