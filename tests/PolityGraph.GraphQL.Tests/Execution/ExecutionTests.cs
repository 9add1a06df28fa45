using PolityGraph.GraphQL.Types;

namespace PolityGraph.GraphQL.Tests.Execution;

/// <summary>Spec section 6 by example: each case is a request and the exact response graphql-js would give.</summary>
public class ExecutionTests
{
    private static readonly Schema Schema = TestSchema.Build();

    [Theory]
    // Field order is request order, aliases name the keys (spec 6.3).
    [InlineData("{ person(id: \"p1\") { name id } }", """{"data":{"person":{"name":"Ada","id":"p1"}}}""")]
    [InlineData("{ b: person(id: \"p2\") { n: name } a: person(id: \"p1\") { n: name } }", """{"data":{"b":{"n":"Bo"},"a":{"n":"Ada"}}}""")]
    // Fields of the same key merge; fragments and inline fragments contribute in place.
    [InlineData("{ person(id: \"p1\") { name ...F ... on Person { born } name } } fragment F on Person { id name }", """{"data":{"person":{"name":"Ada","id":"p1","born":"1815-12-10"}}}""")]
    [InlineData("{ person(id: \"p1\") { friends { name friends { name } } } }", """{"data":{"person":{"friends":[{"name":"Bo","friends":[]}]}}}""")]
    // Abstract types: a type resolver, or "__typename" in a dictionary; fragments apply by runtime type.
    [InlineData("{ node(id: \"p1\") { __typename id ... on Person { name } } }", """{"data":{"node":{"__typename":"Person","id":"p1","name":"Ada"}}}""")]
    [InlineData("{ things { __typename ... on Item { name } ... on Person { id } } }", """{"data":{"things":[{"__typename":"Person","id":"p1"},{"__typename":"Item","name":"lamp"},null]}}""")]
    [InlineData("{ __typename }", """{"data":{"__typename":"Query"}}""")]
    // Enums serialize by name; Date by its canonical string.
    [InlineData("{ people { color born } }", """{"data":{"people":[{"color":"RED","born":"1815-12-10"},{"color":null,"born":null}]}}""")]
    // @skip and @include with literals.
    [InlineData("{ person(id: \"p1\") { name @skip(if: true) id @include(if: false) born @include(if: true) } }", """{"data":{"person":{"born":"1815-12-10"}}}""")]
    [InlineData("{ person(id: \"p1\") { ... on Person @skip(if: true) { name } id } }", """{"data":{"person":{"id":"p1"}}}""")]
    public async Task Executes_selections(string query, string expected)
    {
        Assert.Equal(expected, await TestSchema.RunAsync(Schema, query));
    }

    [Theory]
    // A resolver's exception becomes a located field error with a path; the field is null (spec 6.4.4).
    [InlineData("{ failing people { id } }", """{"errors":[{"message":"The archive is closed.","locations":[{"line":1,"column":3}],"path":["failing"]}],"data":{"failing":null,"people":[{"id":"p1"},{"id":"p2"}]}}""")]
    // A GraphQLException keeps its extensions.
    [InlineData("{ coded }", """{"errors":[{"message":"Not allowed.","locations":[{"line":1,"column":3}],"path":["coded"],"extensions":{"code":"FORBIDDEN"}}],"data":{"coded":null}}""")]
    // Null in a non-null field nulls the nearest nullable parent: here the whole data.
    [InlineData("{ nonNullFailure people { id } }", """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNullFailure.","locations":[{"line":1,"column":3}],"path":["nonNullFailure"]}],"data":null}""")]
    // ... here the holder, because items is [Item!]! and the item's bad is String!.
    [InlineData("{ holder { value items { name bad } } }", """{"errors":[{"message":"Cannot return null for non-nullable field Item.bad.","locations":[{"line":1,"column":31}],"path":["holder","items",1,"bad"]}],"data":{"holder":null}}""")]
    // ... here only the list item, because nullableItems is [Item].
    [InlineData("{ holder { nullableItems { name bad } } }", """{"errors":[{"message":"Cannot return null for non-nullable field Item.bad.","locations":[{"line":1,"column":33}],"path":["holder","nullableItems",1,"bad"]}],"data":{"holder":{"nullableItems":[{"name":"a","bad":"ok"},null]}}}""")]
    // ... and up to data when every position on the way is non-null.
    [InlineData("{ nonNullHolder { items { bad } } }", """{"errors":[{"message":"Cannot return null for non-nullable field Item.bad.","locations":[{"line":1,"column":27}],"path":["nonNullHolder","items",1,"bad"]}],"data":null}""")]
    // List items: a bad leaf nulls the item in [Int], the list in [Int!].
    [InlineData("{ nullableNumbers }", """{"errors":[{"message":"Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":3}],"path":["nullableNumbers",1]}],"data":{"nullableNumbers":[1,null,3]}}""")]
    [InlineData("{ mixedNumbers numbers }", """{"errors":[{"message":"Cannot return null for non-nullable field Query.mixedNumbers.","locations":[{"line":1,"column":3}],"path":["mixedNumbers",1]}],"data":{"mixedNumbers":null,"numbers":[1,2,3]}}""")]
    [InlineData("{ notAList }", """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notAList\".","locations":[{"line":1,"column":3}],"path":["notAList"]}],"data":{"notAList":null}}""")]
    public async Task Field_errors_give_partial_results(string query, string expected)
    {
        Assert.Equal(expected, await TestSchema.RunAsync(Schema, query));
    }

    [Theory]
    [InlineData("{ echo(int: 1, float: 2, id: 3) }", """{"data":{"echo":"int=1, float=2, id=\"3\", text=\"default\""}}""")]
    // null given explicitly is kept; a missing argument takes its default or stays absent (spec 6.4.1).
    [InlineData("{ echo(text: null) }", """{"data":{"echo":"text=null"}}""")]
    [InlineData("{ echo(list: 4, point: {x: 1}, color: GREEN, date: \"2000-01-31\") }", """{"data":{"echo":"text=\"default\", list=[4], point={ x: 1, y: 0 }, color=\"GREEN\", date=\"2000-01-31\""}}""")]
    public async Task Arguments_are_coerced_with_defaults(string query, string expected)
    {
        Assert.Equal(expected, await TestSchema.RunAsync(Schema, query));
    }

    [Theory]
    [InlineData("query($i: Int, $t: String) { echo(int: $i, text: $t) }", """{"i":5}""", """{"data":{"echo":"int=5, text=\"default\""}}""")]
    [InlineData("query($i: Int, $t: String) { echo(int: $i, text: $t) }", """{"i":null,"t":null}""", """{"data":{"echo":"int=null, text=null"}}""")]
    [InlineData("query($t: String = \"dv\") { echo(text: $t) }", "{}", """{"data":{"echo":"text=\"dv\""}}""")]
    [InlineData("query($l: [Int], $p: Point, $c: Color) { echo(list: $l, point: $p, color: $c) }", """{"l":7,"p":{"x":2},"c":"BLUE"}""", """{"data":{"echo":"text=\"default\", list=[7], point={ x: 2, y: 0 }, color=\"BLUE\""}}""")]
    [InlineData("query($x: Int!) { echo(point: {x: $x}) }", """{"x":3}""", """{"data":{"echo":"text=\"default\", point={ x: 3, y: 0 }"}}""")]
    [InlineData("query($s: Boolean!, $i: Boolean!) { person(id: \"p1\") { name @skip(if: $s) id @include(if: $i) } }", """{"s":true,"i":true}""", """{"data":{"person":{"id":"p1"}}}""")]
    [InlineData("query($s: Boolean!, $i: Boolean!) { person(id: \"p1\") { name @skip(if: $s) id @include(if: $i) } }", """{"s":false,"i":false}""", """{"data":{"person":{"name":"Ada"}}}""")]
    public async Task Variables_are_coerced_and_used(string query, string variables, string expected)
    {
        Assert.Equal(expected, await TestSchema.RunAsync(Schema, query, variables));
    }

    [Theory]
    [InlineData("query($i: Int) { echo(int: $i) }", """{"i":2147483648}""", """{"errors":[{"message":"Variable \"$i\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($i: Int!) { echo(int: $i) }", "{}", """{"errors":[{"message":"Variable \"$i\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($i: Int!) { echo(int: $i) }", """{"i":null}""", """{"errors":[{"message":"Variable \"$i\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($p: Point) { echo(point: $p) }", """{"p":{"x":"one"}}""", """{"errors":[{"message":"Variable \"$p\" got invalid value \"one\" at \"p.x\"; Int cannot represent non-integer value: \"one\"","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($c: Color) { echo(color: $c) }", """{"c":"PURPLE"}""", """{"errors":[{"message":"Variable \"$c\" got invalid value \"PURPLE\"; Value \"PURPLE\" does not exist in \"Color\" enum.","locations":[{"line":1,"column":7}]}]}""")]
    [InlineData("query($d: Date) { echo(date: $d) }", """{"d":"2020-02-30"}""", """{"errors":[{"message":"Variable \"$d\" got invalid value \"2020-02-30\"; Date \"2020-02-30\" is not a valid date: February 2020 has 29 days.","locations":[{"line":1,"column":7}]}]}""")]
    public async Task Bad_variables_fail_the_request_without_data(string query, string variables, string expected)
    {
        Assert.Equal(expected, await TestSchema.RunAsync(Schema, query, variables));
    }

    [Theory]
    [InlineData("", null, """{"errors":[{"message":"Must provide query string."}]}""")]
    [InlineData("{ person(id: \"p1\") { name }", null, """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":28}]}]}""")]
    [InlineData("{ zzz }", null, """{"errors":[{"message":"Cannot query field \"zzz\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""")]
    [InlineData("query A { people { id } } query B { people { id } }", null, """{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}""")]
    [InlineData("query A { people { id } }", "C", """{"errors":[{"message":"Unknown operation named \"C\"."}]}""")]
    [InlineData("query A { people { id } } query B { __typename }", "B", """{"data":{"__typename":"Query"}}""")]
    [InlineData("mutation { append(value: \"x\") }", null, """{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}],"data":null}""")]
    public async Task Requests_that_cannot_run_fail_before_execution(string query, string? operationName, string expected)
    {
        var schema = SchemaBuilder.FromSdl(TestSchema.Sdl.Replace("type Mutation { append(value: String!, delayMs: Int = 0): [String!]! }", "")).AddScalar(new DateScalar()).Build();
        Assert.Equal(expected, await TestSchema.RunAsync(schema, query, operationName: operationName));
    }
}
