using PolityGraph.GraphModel;

namespace PolityGraph.Loader.Writing;

/// <summary>
/// The loader's Cypher, in the subset Neo4j 3.1 and 5.x share. Every value arrives in <c>$rows</c>;
/// only labels and relationship types, which come from <see cref="Labels"/> and
/// <see cref="RelationshipTypes"/> and never from the files, are part of the text.
/// Each statement returns <c>(outcome, count)</c> rows covering every input element, so the writer can
/// both report created/updated/unchanged and notice an element that matched nothing.
/// Writes happen only for elements that differ (FOREACH over a zero- or one-element list is Cypher's
/// conditional), so a repeated load changes nothing.
/// </summary>
public static class LoadCypher
{
    private const string Outcome =
        "CASE WHEN existing IS NULL THEN 'created' WHEN properties(existing) = row.properties THEN 'unchanged' ELSE 'updated' END";

    private const string WhenChanged = "FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END |";

    /// <summary>Rows <c>{id, properties}</c>: MERGE on id, properties replaced as a whole (SET n = map).</summary>
    public static string UpsertNodes(string label) => $$"""
        UNWIND $rows AS row
        OPTIONAL MATCH (existing:{{label}} {{{Properties.Id}}: row.id}) {{Seek("existing", label)}}
        WITH row, {{Outcome}} AS outcome
        {{WhenChanged}} MERGE (n:{{label}} {{{Properties.Id}}: row.id}) SET n = row.properties)
        RETURN outcome, count(*) AS count
        """;

    /// <summary>Rows <c>{id, from, to, properties}</c>: MERGE on the relationship's own id between its two nodes.</summary>
    public static string UpsertKeyedRelationships(string type, string fromLabel, string toLabel) => $$"""
        UNWIND $rows AS row
        MATCH (from:{{fromLabel}} {{{Properties.Id}}: row.from}), (to:{{toLabel}} {{{Properties.Id}}: row.to}) {{Seek("from", fromLabel)}} {{Seek("to", toLabel)}}
        OPTIONAL MATCH (from)-[existing:{{type}} {{{Properties.Id}}: row.id}]->(to)
        WITH row, from, to, {{Outcome}} AS outcome
        {{WhenChanged}} MERGE (from)-[r:{{type}} {{{Properties.Id}}: row.id}]->(to) SET r = row.properties)
        RETURN outcome, count(*) AS count
        """;

    /// <summary>Rows <c>{from, targets}</c>: deletes the node's relationships of this type to anything not in targets.</summary>
    public static string RemoveStaleLinks(string type, string fromLabel, string toLabel) => $$"""
        UNWIND $rows AS row
        MATCH (from:{{fromLabel}} {{{Properties.Id}}: row.from})-[stale:{{type}}]->(target:{{toLabel}}) {{Seek("from", fromLabel)}}
        WHERE NOT target.{{Properties.Id}} IN row.targets
        DELETE stale
        RETURN 'removed' AS outcome, count(*) AS count
        """;

    /// <summary>Rows <c>{from, targets}</c>: one relationship to each target, created where missing.</summary>
    public static string MergeLinks(string type, string fromLabel, string toLabel) => $$"""
        UNWIND $rows AS row
        UNWIND row.targets AS targetId
        MATCH (from:{{fromLabel}} {{{Properties.Id}}: row.from}), (to:{{toLabel}} {{{Properties.Id}}: targetId}) {{Seek("from", fromLabel)}} {{Seek("to", toLabel)}}
        OPTIONAL MATCH (from)-[existing:{{type}}]->(to)
        WITH from, to, CASE WHEN existing IS NULL THEN 'created' ELSE 'unchanged' END AS outcome
        FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END | MERGE (from)-[:{{type}}]->(to))
        RETURN outcome, count(*) AS count
        """;

    /// <summary>Rows <c>{id, keys}</c>, a key being source id + <c>$separator</c> + quote: deletes evidence no longer cited.</summary>
    public static string RemoveStaleEvidence(string label) => $$"""
        UNWIND $rows AS row
        MATCH (n:{{label}} {{{Properties.Id}}: row.id})-[stale:{{RelationshipTypes.AttestedBy}}]->(source:{{Labels.Source}}) {{Seek("n", label)}}
        WHERE NOT (source.{{Properties.Id}} + $separator + stale.{{Properties.Quote}}) IN row.keys
        DELETE stale
        RETURN 'removed' AS outcome, count(*) AS count
        """;

    /// <summary>Rows <c>{id, evidence: [{source, quote}]}</c>: ATTESTED_BY merged per (node, source, quote).</summary>
    public static string MergeEvidence(string label) => $$"""
        UNWIND $rows AS row
        UNWIND row.evidence AS evidence
        MATCH (n:{{label}} {{{Properties.Id}}: row.id}), (source:{{Labels.Source}} {{{Properties.Id}}: evidence.source}) {{Seek("n", label)}} {{Seek("source", Labels.Source)}}
        OPTIONAL MATCH (n)-[existing:{{RelationshipTypes.AttestedBy}} {{{Properties.Quote}}: evidence.quote}]->(source)
        WITH n, source, evidence, CASE WHEN existing IS NULL THEN 'created' ELSE 'unchanged' END AS outcome
        FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END | MERGE (n)-[:{{RelationshipTypes.AttestedBy}} {{{Properties.Quote}}: evidence.quote}]->(source))
        RETURN outcome, count(*) AS count
        """;

    // A first load into an empty label or relationship type has nothing to compare with or merge into:
    // these plain CREATE forms give the same graph and the same counts for less Neo4j work (about 40%
    // less CPU per statement measured on 3.1). The writer uses them only for kinds it has seen empty
    // inside the same transaction; the unique constraints still refuse a duplicate id.

    public static string CountNodes(string label) => $$"""MATCH (n:{{label}}) RETURN count(n) AS count""";

    public static string CountRelationships(string type) => $$"""MATCH ()-[r:{{type}}]->() RETURN count(r) AS count""";

    public static string CreateNodes(string label) => $$"""
        UNWIND $rows AS row
        CREATE (n:{{label}})
        SET n = row.properties
        RETURN 'created' AS outcome, count(*) AS count
        """;

    public static string CreateKeyedRelationships(string type, string fromLabel, string toLabel) => $$"""
        UNWIND $rows AS row
        MATCH (from:{{fromLabel}} {{{Properties.Id}}: row.from}), (to:{{toLabel}} {{{Properties.Id}}: row.to}) {{Seek("from", fromLabel)}} {{Seek("to", toLabel)}}
        CREATE (from)-[r:{{type}}]->(to)
        SET r = row.properties
        RETURN 'created' AS outcome, count(*) AS count
        """;

    public static string CreateLinks(string type, string fromLabel, string toLabel) => $$"""
        UNWIND $rows AS row
        UNWIND row.targets AS targetId
        MATCH (from:{{fromLabel}} {{{Properties.Id}}: row.from}), (to:{{toLabel}} {{{Properties.Id}}: targetId}) {{Seek("from", fromLabel)}} {{Seek("to", toLabel)}}
        CREATE (from)-[:{{type}}]->(to)
        RETURN 'created' AS outcome, count(*) AS count
        """;

    public static string CreateEvidence(string label) => $$"""
        UNWIND $rows AS row
        UNWIND row.evidence AS evidence
        MATCH (n:{{label}} {{{Properties.Id}}: row.id}), (source:{{Labels.Source}} {{{Properties.Id}}: evidence.source}) {{Seek("n", label)}} {{Seek("source", Labels.Source)}}
        CREATE (n)-[:{{RelationshipTypes.AttestedBy}} {{{Properties.Quote}}: evidence.quote}]->(source)
        RETURN 'created' AS outcome, count(*) AS count
        """;

    /// <summary>
    /// Every lookup by id names the unique index. Without the hint, Neo4j 3.1 plans a statement first
    /// seen while a label is empty as a label scan, keeps that plan cached as the label grows, and a
    /// batch load turns quadratic (measured: 2,000 rows went from 0.4 s to over 30 s).
    /// </summary>
    private static string Seek(string variable, string label) => $"USING INDEX {variable}:{label}({Properties.Id})";

    /// <summary>Joins a source id and a quote into one comparable key; a source id never contains it.</summary>
    public const string EvidenceKeySeparator = "\u001f";
}
