using PolityGraph.GraphQL.Language;

namespace PolityGraph.GraphQL.Tests.Language;

/// <summary>
/// The printer writes what graphql-js's <c>print</c> writes: every expected text below is graphql@16.15.0's
/// output for the same input.
/// </summary>
public class PrinterTests
{
    [Theory]
    [InlineData("{ a }", "{\n  a\n}")]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query ($v: Int = 1 @d) @o { a }", "query ($v: Int = 1 @d) @o {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("query Q($a: [Int!]! = [1, 2], $b: In = {x: 1, y: [true, null]}) { a }", "query Q($a: [Int!]! = [1, 2], $b: In = {x: 1, y: [true, null]}) {\n  a\n}")]
    [InlineData("{ officeholders(office: MINISTER, since: \"1976-07-02\", until: \"1980-01-01\", province: \"H\u00E0 N\u1ED9i\", first: 10) { id } }", "{\n  officeholders(\n    office: MINISTER\n    since: \"1976-07-02\"\n    until: \"1980-01-01\"\n    province: \"H\u00E0 N\u1ED9i\"\n    first: 10\n  ) {\n    id\n  }\n}")]
    [InlineData("{ a(s: \"quote \\\" back \\\\ nl \\n tab \\t bell \\u0007 del \\u007F c1 \\u0085 \u00E9\") }", "{\n  a(s: \"quote \\\" back \\\\ nl \\n tab \\t bell \\u0007 del \\u007F c1 \\u0085 \u00E9\")\n}")]
    [InlineData("{ a(s: \"\"\"  indented first\n  second\"\"\") }", "{\n  a(s: \"\"\"\n    indented first\n  second\n  \"\"\")\n}")]
    [InlineData("{ a(s: \"\"\"has \\\"\"\" inside\"\"\") }", "{\n  a(s: \"\"\"has \\\"\"\" inside\"\"\")\n}")]
    [InlineData("{ ...F @d ... on T @e { a } ... @f { b } }", "{\n  ...F @d\n  ... on T @e {\n    a\n  }\n  ... @f {\n    b\n  }\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("type T { \"one line\" a: Int \"multi\\nline\" b(x: Int): Int }", "type T {\n  \"one line\"\n  a: Int\n  \"multi\\nline\"\n  b(x: Int): Int\n}")]
    [InlineData("type T { a(\"arg description\" x: Int, y: Int = 2): Int }", "type T {\n  a(\n    \"arg description\"\n    x: Int\n    y: Int = 2\n  ): Int\n}")]
    [InlineData("\"\"\"\nType description\n\"\"\"\ntype T implements A & B @d { a: Int @deprecated(reason: \"x\") }", "\"\"\"Type description\"\"\"\ntype T implements A & B @d {\n  a: Int @deprecated(reason: \"x\")\n}")]
    [InlineData("directive @d(a: Int = 1) repeatable on FIELD | OBJECT", "directive @d(a: Int = 1) repeatable on FIELD | OBJECT")]
    [InlineData("union U @d = A | B", "union U @d = A | B")]
    [InlineData("schema @d { query: Q }", "schema @d {\n  query: Q\n}")]
    [InlineData("extend schema @d", "extend schema @d")]
    [InlineData("enum E { A B @d }", "enum E {\n  A\n  B @d\n}")]
    [InlineData("input I { a: Int = 1 @d }", "input I {\n  a: Int = 1 @d\n}")]
    [InlineData("scalar S @d", "scalar S @d")]
    [InlineData("extend type T implements I", "extend type T implements I")]
    [InlineData("type T", "type T")]
    [InlineData("interface I implements J & K { a: Int }", "interface I implements J & K {\n  a: Int\n}")]
    public void Documents_print_like_graphql_js(string document, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.Parse(document)));
    }

    [Theory]
    [InlineData("[1, 2.5, \"s\", true, null, E, $v, {a: [1], b: {c: \"d\"}}]", "[1, 2.5, \"s\", true, null, E, $v, {a: [1], b: {c: \"d\"}}]")]
    [InlineData("\"\"", "\"\"")]
    [InlineData("\"\"\"block\"\"\"", "\"\"\"block\"\"\"")]
    [InlineData("{}", "{}")]
    [InlineData("[]", "[]")]
    public void Values_print_like_graphql_js(string value, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.ParseValue(value)));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("Nguyễn Văn Linh", "\"Nguyễn Văn Linh\"")]
    [InlineData("\u0000\u001F\u000B", "\"\\u0000\\u001F\\u000B\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\"\\", "\"\\\"\\\\\"")]
    [InlineData("\u007F\u0080\u009F\u00A0", "\"\\u007F\\u0080\\u009F\u00A0\"")]
    public void Strings_are_escaped_like_graphql_js(string value, string printed)
    {
        Assert.Equal(printed, Printer.PrintString(value));
    }
}
