using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>
/// Documents that break the grammar, with the message and position graphql-js 16 gives for each
/// (the expected values were checked against graphql@16.15.0), so clients see the same errors from us.
/// </summary>
public class ParserErrorTests
{
    private static void AssertSyntaxError(Action parse, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(parse);
        Assert.Equal("Syntax Error: " + message, error.Error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Error.Locations));
        Assert.Null(error.Error.Path);
    }

    [Theory]
    [InlineData("# comment \u0007 ok\n?", "Unexpected character: \"?\".", 2, 1)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("   # only a comment", "Unexpected <EOF>.", 1, 20)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ a(}", "Expected Name, found \"}\".", 1, 5)]
    [InlineData("{ a() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a(b) }", "Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a(b:) }", "Unexpected \")\".", 1, 7)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ... on { a } }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q", "Expected \"{\", found <EOF>.", 1, 8)]
    [InlineData("query Q()", "Expected \"$\", found \")\".", 1, 9)]
    [InlineData("query Q($a) { a }", "Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($a: ) { a }", "Expected Name, found \")\".", 1, 13)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: [Int) { a }", "Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($a: Int!!) { a }", "Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment Name { a }", "Expected \"on\", found \"{\".", 1, 15)]
    [InlineData("fragment Name on Type", "Expected \"{\", found <EOF>.", 1, 22)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("{ a @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a(b: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ a(b: {c 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ a(b: {c: }) }", "Unexpected \"}\".", 1, 12)]
    [InlineData("{ a(b: $) }", "Expected Name, found \")\".", 1, 9)]
    [InlineData("{ a(b: ...) }", "Unexpected \"...\".", 1, 8)]
    [InlineData("query Q($a: Int = [1, $b]) { a }", "Unexpected variable \"$b\" in constant value.", 1, 23)]
    [InlineData("query Q($a: Int @d(x: $y)) { a }", "Unexpected variable \"$y\" in constant value.", 1, 23)]
    [InlineData("type", "Expected Name, found <EOF>.", 1, 5)]
    [InlineData("type T {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T { a }", "Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T { a: }", "Expected Name, found \"}\".", 1, 13)]
    [InlineData("type T implements { a: Int }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T implements A & { a: Int }", "Expected Name, found \"{\".", 1, 23)]
    [InlineData("type T { a(b: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("type T @d(a: $v)", "Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("union U = ", "Expected Name, found <EOF>.", 1, 11)]
    [InlineData("union U = | ", "Expected Name, found <EOF>.", 1, 13)]
    [InlineData("union U = A |", "Expected Name, found <EOF>.", 1, 14)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("enum E { }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("input I { a }", "Expected \":\", found \"}\".", 1, 13)]
    [InlineData("input I { a: Int = }", "Unexpected \"}\".", 1, 20)]
    [InlineData("schema { }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("schema { q: Query }", "Unexpected Name \"q\".", 1, 10)]
    [InlineData("schema @d", "Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("directive @d on", "Expected Name, found <EOF>.", 1, 16)]
    [InlineData("directive @d on FIELD |", "Expected Name, found <EOF>.", 1, 24)]
    [InlineData("directive @d on UNKNOWN", "Unexpected Name \"UNKNOWN\".", 1, 17)]
    [InlineData("directive d on FIELD", "Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("directive @d repeatable FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 25)]
    [InlineData("directive @d(a: Int) repeatable", "Expected \"on\", found <EOF>.", 1, 32)]
    [InlineData("extend", "Unexpected <EOF>.", 1, 7)]
    [InlineData("extend query", "Unexpected Name \"query\".", 1, 8)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend union U", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend interface I", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema { }", "Expected Name, found \"}\".", 1, 17)]
    [InlineData("extend type T { }", "Expected Name, found \"}\".", 1, 17)]
    [InlineData("{ a } b", "Unexpected Name \"b\".", 1, 7)]
    [InlineData("{ a } }", "Unexpected \"}\".", 1, 7)]
    [InlineData("query Q { a } query", "Expected \"{\", found <EOF>.", 1, 20)]
    [InlineData("subscription S { a } mutation", "Expected \"{\", found <EOF>.", 1, 30)]
    // October 2021 has no descriptions on executable definitions (graphql-js 16.15 accepts some, from the 2025 draft).
    [InlineData("\"desc\" query { a }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("\"\"\"desc\"\"\" fragment F on T { a }", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("\"desc\" { a }", "Unexpected \"{\".", 1, 8)]
    public void Document(string document, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.Parse(document), message, line, column);

    [Theory]
    [InlineData("$var", "Unexpected variable \"$var\" in constant value.", 1, 1)]
    [InlineData("[1, $var]", "Unexpected variable \"$var\" in constant value.", 1, 5)]
    [InlineData("{a: $var}", "Unexpected variable \"$var\" in constant value.", 1, 5)]
    [InlineData("$", "Unexpected \"$\".", 1, 1)]
    public void Const_value(string value, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.ParseConstValue(value), message, line, column);

    [Theory]
    [InlineData("[1, 2", "Unexpected <EOF>.", 1, 6)]
    [InlineData("1 2", "Expected <EOF>, found Int \"2\".", 1, 3)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{a: 1, b}", "Expected \":\", found \"}\".", 1, 9)]
    public void Value(string value, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.ParseValue(value), message, line, column);

    [Theory]
    [InlineData("[Int", "Expected \"]\", found <EOF>.", 1, 5)]
    [InlineData("Int!!", "Expected <EOF>, found \"!\".", 1, 5)]
    [InlineData("[]", "Expected Name, found \"]\".", 1, 2)]
    [InlineData("!", "Expected Name, found \"!\".", 1, 1)]
    [InlineData("Int Int", "Expected <EOF>, found Name \"Int\".", 1, 5)]
    [InlineData("[[Int]!", "Expected \"]\", found <EOF>.", 1, 8)]
    public void Type(string type, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.ParseType(type), message, line, column);

    [Fact]
    public void The_error_reads_like_graphql_js_with_its_location()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{\n  officeholders(\n}"));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
        Assert.Equal("Expected Name, found \"}\".", error.Description);
        Assert.Equal(new SourceLocation(3, 1), error.Location);
        Assert.Equal(19, error.Offset);
        Assert.IsAssignableFrom<GraphQLException>(error);
    }
}
