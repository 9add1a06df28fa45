using PolityGraph.Schema.Cypher;
using PolityGraph.Schema.Pagination;
using Snapshooter;
using Snapshooter.Xunit;

namespace PolityGraph.Schema.Tests.Compiling;

/// <summary>
/// What each kind of request compiles to, kept as snapshots (__snapshots__/), as @neo4j/graphql's TCK keeps
/// its Cypher: a change to the generated statements shows as a diff in review. One case per mapping kind,
/// root directive and GraphQL feature that changes the selection (nesting, fragments, variables, @skip/@include).
/// Whether the statements answer correctly is tested against Neo4j in PolityGraph.Api.Tests.
/// </summary>
public sealed class CompilerSnapshotTests
{
    private static readonly string PeopleCursor = Cursor.Of(12, "person:dinh-tien-dung").Encode(Cursor.Tag("PersonConnection", ["searchKey", "id"]));
    private static readonly string BodiesCursor = Cursor.Of(345, "body:hanoi-party-committee").Encode(Cursor.Tag("BodyConnection", ["searchKey", "id"]));
    private static readonly string ResolutionsCursor = Cursor.Of(6789, "resolution:28-nq-tw-2022").Encode(Cursor.Tag("ResolutionConnection", ["issuedOn DESC", "id"]));

    public static TheoryData<string, string, string?> Cases => new()
    {
        // @lookup
        { "lookup_by_id_properties", """{ person(id: "person:dinh-tien-dung") { id name aliases } }""", null },
        { "lookup_by_filter_argument", """{ resolution(code: "28-NQ/TƯ") { id code issuedOn } }""", null },
        { "lookup_by_id_and_filter_argument", """{ resolution(id: "resolution:28-nq-tw-2022", code: "28-NQ/TW") { id } }""", null },
        { "lookup_node_interface_by_prefix", """{ node(id: "body:central-committee") { id ... on Body { name kind } ... on Person { name } } }""", null },
        { "lookup_node_unknown_prefix", """{ node(id: "planet:earth") { id } }""", null },
        { "lookup_nodes_by_ids", """{ nodes(ids: ["person:dinh-tien-dung", "event:x"]) { id ... on Person { name } ... on Event { date } } }""", null },
        { "lookup_nodes_with_lookups_inside", """{ nodes(ids: ["person:dinh-tien-dung"]) { ... on Person { participations { about { code } } } } }""", null },
        { "lookup_nodes_empty", """{ nodes(ids: []) { id } }""", null },
        // @connection
        { "connection_counts_and_page", """{ people(search: "Đinh Tiến", first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }""", null },
        { "connection_without_counts", """{ sources(first: 3) { nodes { title publishedOn } } }""", null },
        { "connection_forward_after_cursor", """query($after: String) { people(first: 2, after: $after) { nodes { id } } }""", $$"""{"after": "{{PeopleCursor}}"}""" },
        { "connection_backward_before_cursor", """query($before: String) { bodies(last: 2, before: $before) { pageInfo { hasPreviousPage } nodes { id } } }""", $$"""{"before": "{{BodiesCursor}}"}""" },
        { "connection_time_filters", """{ resolutions(from: "2020-01-01", to: "2022-12-31") { nodes { code } } events(search: "hoi nghi", from: "2023-01-01") { totalCount } }""", null },
        { "connection_nodes_and_edges_aliased", """{ people(first: 1) { a: nodes { id } edges { n1: node { name } n2: node { aliases } } } }""", null },
        { "connection_with_lookups", """{ events(first: 2) { nodes { participants { about { code } evidence { quote source { title } } } } } }""", null },
        { "connection_bad_cursor", """{ people(after: "nonsense") { totalCount } }""", null },
        { "connection_first_and_last", """{ people(first: 1, last: 1) { totalCount } }""", null },
        // @startAt
        { "start_at_all_tenures", """{ officeholders(position: "position:secretary-hanoi-party-committee") { person { name } from to attestedOn } }""", null },
        { "start_at_held_on_with_evidence", """{ officeholders(position: "position:secretary-hanoi-party-committee", on: "2022-04-12") { person { name } evidence { quote source { title publishedOn } } } }""", null },
        { "start_at_where_and_order", """{ officeholders(position: "position:secretary-hanoi-party-committee", where: { person: { name: { contains: "dinh" } } }, order: [{ person: { name: DESC } }]) { person { name } from } }""", null },
        { "start_at_count", """{ officeholdersCount(position: "position:secretary-hanoi-party-committee", on: "2022-04-12", where: { attestedOn: { any: true } }) }""", null },
        { "start_at_wrong_prefix", """{ officeholders(position: "person:dinh-tien-dung") { from } }""", null },
        // @shortestPath
        { "path_nodes_and_steps", """{ path(from: "person:dinh-tien-dung", to: "person:truong-thi-mai", maxHops: 4) { length nodes { id ... on Person { name } } steps { from { id } to { id } relationship } } }""", null },
        { "path_nodes_with_lookups", """{ path(from: "person:a", to: "person:b") { nodes { ... on Person { tenures { evidence { source { id } } } } } } }""", null },
        { "path_to_itself", """{ path(from: "person:dinh-tien-dung", to: "person:dinh-tien-dung") { length } }""", null },
        { "path_max_hops_out_of_range", """{ path(from: "person:a", to: "person:b", maxHops: 11) { length } }""", null },
        // mapping kinds: @relationship (node and edge targets, via, filters), @startNode/@endNode, @evidence, @nodesByIds, @property
        { "relationship_to_nodes_and_single_object", """{ position(id: "position:x") { title body { name parent { name } children { id } } } }""", null },
        { "relationship_to_edges_with_endpoints", """{ person(id: "person:x") { tenures(on: "2022-04-12") { from to position { title } person { id } } participations(from: "2020-01-01", to: "2023-12-31") { role event { title } } } }""", null },
        { "relationship_via_another_hop", """{ body(id: "body:hanoi-party-committee") { members(on: "2022-04-12") { person { name } position { title } } } }""", null },
        { "evidence_and_nodes_by_ids", """{ event(id: "event:x") { participants { role about { code discussedAt { title } } evidence { quote source { id } } } } }""", null },
        // @citedBy: the relationships whose evidence quotes the owner, with where:, order:, their Count, and as a filter on a connection
        { "cited_by_tenures_and_participations", """{ source(id: "source:x") { title tenures { person { name } position { title } evidence { quote source { id } } } participations { role event { title date } } } }""", null },
        { "cited_by_where_order_and_count", """{ source(id: "source:x") { participations(where: { role: { eq: SPOKE } }, order: [{ person: { name: DESC } }]) { role } participationsCount(where: { role: { eq: SPOKE } }) tenuresCount } }""", null },
        { "cited_by_as_connection_filter_and_sort", """{ sources(where: { tenures: { some: { person: { id: { eq: "person:x" } } } } }, order: [{ participationsCount: DESC }]) { nodes { id } } }""", null },
        { "lookups_inside_looked_up_nodes", """{ event(id: "event:x") { participants { about { discussedAt { participants { about { id } } } } } } }""", null },
        { "deep_nesting_stays_one_statement", """{ person(id: "person:x") { tenures { position { body { parent { children { positions { holders { person { participations { event { resolutions { issuedBy { name } } } } } } } } } } } } } }""", null },
        // GraphQL features that shape the selection
        { "named_and_inline_fragments", """query { person(id: "person:x") { ...Who tenures { ... on Tenure { from } } } } fragment Who on Person { name aliases }""", null },
        { "variables_everywhere", """query($id: ID!, $on: Date, $n: Int) { person(id: $id) { tenures(on: $on) { from } } people(first: $n) { totalCount } }""", """{"id": "person:x", "on": "2022-04-12", "n": 3}""" },
        { "skip_and_include", """query($yes: Boolean!, $no: Boolean!) { person(id: "person:x") { name @include(if: $yes) aliases @include(if: $no) tenures @skip(if: $no) { from } sources @skip(if: $yes) { id } } }""", """{"yes": true, "no": false}""" },
        { "typename_is_answered_by_the_engine", """{ person(id: "person:x") { __typename name tenures { __typename from } } }""", null },
        // where: / order: / <field>Count (issue 12)
        { "where_string_operations_fold_text", """{ people(where: { name: { contains: "Đinh", nstartsWith: "x" }, aliases: { some: { eq: "Dũng" } } }) { totalCount } }""", null },
        { "where_and_or_not", """{ bodies(where: { or: [{ kind: { eq: POLITBURO } }, { and: [{ abbreviation: { neq: null } }, { not: { name: { endsWith: "hà nội" } } }] }] }) { nodes { id } } }""", null },
        { "where_in_nin_and_null", """{ resolutions(where: { kind: { in: [RESOLUTION, DIRECTIVE] }, code: { nin: ["1-NQ/TW"] }, issuedOn: { eq: null } }) { nodes { id } } }""", null },
        { "where_indexed_range", """{ resolutions(where: { issuedOn: { gte: "2020-01-01", lt: "2023-01-01" }, plenum: { gt: 3 } }) { nodes { id } } }""", null },
        { "where_one_related_object", """{ resolutions(where: { issuedBy: { kind: { eq: POLITBURO } }, issuedOn: { gt: "2020-12-31" } }, order: [{ issuedOn: DESC }]) { nodes { code } } }""", null },
        { "where_list_some_held_on", """{ people(where: { tenures: { some: { heldOn: "2022-04-12", position: { body: { id: { eq: "body:hanoi-party-committee" } } } } } }) { nodes { name } } }""", null },
        { "where_list_none_via", """{ bodies(where: { members: { none: { heldOn: "2022-04-12" } } }) { nodes { id } } }""", null },
        { "where_list_all_and_any", """{ bodies(where: { children: { all: { kind: { eq: PARTY_COMMITTEE } }, any: true } }) { nodes { id } } }""", null },
        { "where_nodes_by_ids", """{ events(where: { participants: { some: { role: { eq: PRESENTED }, about: { some: { code: { eq: "28-NQ/TW" } } } } } }) { nodes { title } } }""", null },
        { "order_by_related_field", """{ positions(order: [{ body: { name: ASC } }, { title: DESC }]) { nodes { title } } }""", null },
        { "order_by_count_with_cursor", """{ bodies(first: 3, order: [{ membersCount: DESC }]) { edges { cursor } } }""", null },
        { "order_after_cursor", """query($after: String) { resolutions(first: 2, after: $after, order: [{ issuedOn: DESC }]) { nodes { id } } }""", $$"""{"after": "{{ResolutionsCursor}}"}""" },
        { "order_cursor_of_another_order", """query($after: String) { resolutions(first: 2, after: $after) { nodes { id } } }""", $$"""{"after": "{{ResolutionsCursor}}"}""" },
        { "nested_list_where_order", """{ body(id: "body:x") { members(on: "2022-04-12", where: { person: { name: { startsWith: "nguyen" } } }, order: [{ person: { name: ASC } }]) { person { name } } } }""", null },
        { "counts", """{ body(id: "body:x") { membersCount(on: "2022-04-12") positionsCount(where: { title: { contains: "bi thu" } }) } person(id: "person:x") { tenuresCount(where: { to: { eq: null } }) } }""", null },
        { "where_empty_in", """{ people(where: { name: { in: [] } }) { totalCount } }""", null },
        { "where_too_deep", """{ people(where: { and: [{ or: [{ and: [{ or: [{ and: [{ or: [{ name: { eq: "x" } }] }] }] }] }] }] }) { totalCount } }""", null },
        { "where_unknown_field", """{ people(where: { nickname: { eq: "x" } }) { totalCount } }""", null },
        { "where_wrong_type", """{ people(where: { name: { eq: 3 } }) { totalCount } }""", null },
        { "several_root_fields", """{ a: person(id: "person:x") { name } b: body(id: "body:y") { name } c: events { totalCount } }""", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Compiles_to(string name, string query, string? variables)
    {
        var statements = await CompiledStatements.OfAsync(query, variables);
        Snapshot.Match(statements, SnapshotNameExtension.Create(name));
    }

    /// <summary>Neo4j 4.4 and 5.x seek looked-up nodes in place: no lookup tables, the same answers.</summary>
    [Theory]
    [InlineData("connection_with_lookups", """{ events(first: 2) { nodes { participants { about { code } evidence { quote source { title } } } } } }""")]
    [InlineData("start_at_held_on_with_evidence", """{ officeholders(position: "position:secretary-hanoi-party-committee", on: "2022-04-12") { person { name } evidence { quote source { title publishedOn } } } }""")]
    [InlineData("lookup_nodes_with_lookups_inside", """{ nodes(ids: ["person:dinh-tien-dung"]) { ... on Person { participations { about { code } } } } }""")]
    [InlineData("path_nodes_with_lookups", """{ path(from: "person:a", to: "person:b") { nodes { ... on Person { tenures { evidence { source { id } } } } } } }""")]
    public async Task Compiles_without_lookup_tables(string name, string query)
    {
        var statements = await CompiledStatements.OfAsync(query, options: new CompilerOptions(LookupTables: false));
        Assert.DoesNotContain("lookup", statements, StringComparison.Ordinal);
        Snapshot.Match(statements, SnapshotNameExtension.Create(name));
    }
}
