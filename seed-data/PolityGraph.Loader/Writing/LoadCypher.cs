using PolityGraph.GraphModel;

namespace PolityGraph.Loader.Writing;

/// <summary>
/// The loader's Cypher, in the subset Neo4j 3.1 and 5.x share. Every value arrives in <c>$rows</c>;
/// only labels and relationship types, which come from <see cref="Labels"/> and
/// <see cref="RelationshipTypes"/> and never from the files, are part of the text.
/// Each statement returns <c>(outcome, count)</c> rows covering every input element, so the writer can
/// both report created/updated/unchanged and notice an element whose endpoint is missing.
/// Writes happen only for elements that differ (FOREACH over a zero- or one-element list is Cypher's
/// conditional), so a repeated load changes nothing.
///
/// Every node is found by id with MERGE, never MATCH. Neo4j 3.1's cost planner plans a MATCH by id as
/// a scan of the whole index (hints or not) whenever its statistics say the label is small, as they
/// do at the start of a first load or before the index is resampled, and keeps the plan cached while
/// the label grows, so a load turns quadratic (measured: a reload of 10,000 unchanged people took 80 s).
/// MERGE on a uniquely constrained id is always a unique-index seek. A node MERGE had to create holds
/// its id alone, which no node the loader writes does (every kind has further required properties):
/// an endpoint found that way is reported as <c>missing</c>, and the writer fails the load, rolling
/// the transaction and that node back. LoadPlanTests checks every statement's plan.
/// </summary>
public static class LoadCypher
{
    /// <summary>Rows <c>{id, properties}</c>: MERGE on id, properties replaced as a whole (SET n = map).</summary>
    public static string UpsertNodes(string label) => $$"""
        UNWIND $rows AS row
        {{ById("n", label, "row.id")}}
        WITH n, row, CASE WHEN {{Fresh("n")}} THEN 'created' WHEN properties(n) = row.properties THEN 'unchanged' ELSE 'updated' END AS outcome
        FOREACH (_ IN CASE WHEN outcome = 'unchanged' THEN [] ELSE [1] END | SET n = row.properties)
        RETURN outcome, count(*) AS count
        """;

    /// <summary>Rows <c>{id, from, to, properties}</c>: MERGE on the relationship's own id between its two nodes.</summary>
    public static string UpsertKeyedRelationships(string type, string fromLabel, string toLabel) => $$"""
        UNWIND $rows AS row
        {{ById("from", fromLabel, "row.from")}}
        {{ById("to", toLabel, "row.to")}}
        WITH row, from, to
        OPTIONAL MATCH (from)-[existing:{{type}} {{{Properties.Id}}: row.id}]->(to)
        WITH row, from, to, CASE WHEN {{Fresh("from")}} OR {{Fresh("to")}} THEN 'missing' WHEN existing IS NULL THEN 'created'
            WHEN properties(existing) = row.properties THEN 'unchanged' ELSE 'updated' END AS outcome
        FOREACH (_ IN CASE WHEN outcome IN ['created', 'updated'] THEN [1] ELSE [] END | MERGE (from)-[r:{{type}} {{{Properties.Id}}: row.id}]->(to) SET r = row.properties)
        RETURN outcome, count(*) AS count
        """;

    /// <summary>
    /// Rows <c>{from, targets}</c>: deletes the node's relationships of this type to anything not in targets.
    /// The far end carries no label (a relationship type always ends at one label): with one, 3.1 may plan
    /// a scan of that whole label per row and an Expand(Into), instead of expanding from the found node.
    /// </summary>
    public static string RemoveStaleLinks(string type, string fromLabel) => $$"""
        UNWIND $rows AS row
        {{ById("from", fromLabel, "row.from")}}
        WITH row, from
        MATCH (from)-[stale:{{type}}]->(target)
        WHERE NOT target.{{Properties.Id}} IN row.targets
        DELETE stale
        RETURN 'removed' AS outcome, count(*) AS count
        """;

    /// <summary>Rows <c>{from, targets}</c>: one relationship to each target, created where missing.</summary>
    public static string MergeLinks(string type, string fromLabel, string toLabel) => $$"""
        UNWIND $rows AS row
        UNWIND row.targets AS targetId
        {{ById("from", fromLabel, "row.from")}}
        {{ById("to", toLabel, "targetId")}}
        WITH from, to
        OPTIONAL MATCH (from)-[existing:{{type}}]->(to)
        WITH from, to, CASE WHEN {{Fresh("from")}} OR {{Fresh("to")}} THEN 'missing' WHEN existing IS NULL THEN 'created' ELSE 'unchanged' END AS outcome
        FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END | MERGE (from)-[:{{type}}]->(to))
        RETURN outcome, count(*) AS count
        """;

    /// <summary>Rows <c>{id, keys}</c>, a key being source id + <c>$separator</c> + quote: deletes evidence no longer cited.</summary>
    public static string RemoveStaleEvidence(string label) => $$"""
        UNWIND $rows AS row
        {{ById("n", label, "row.id")}}
        WITH row, n
        MATCH (n)-[stale:{{RelationshipTypes.AttestedBy}}]->(source)
        WHERE NOT (source.{{Properties.Id}} + $separator + stale.{{Properties.Quote}}) IN row.keys
        DELETE stale
        RETURN 'removed' AS outcome, count(*) AS count
        """;

    /// <summary>Rows <c>{id, evidence: [{source, quote}]}</c>: ATTESTED_BY merged per (node, source, quote).</summary>
    public static string MergeEvidence(string label) => $$"""
        UNWIND $rows AS row
        UNWIND row.evidence AS evidence
        {{ById("n", label, "row.id")}}
        {{ById("source", Labels.Source, "evidence.source")}}
        WITH n, source, evidence
        OPTIONAL MATCH (n)-[existing:{{RelationshipTypes.AttestedBy}} {{{Properties.Quote}}: evidence.quote}]->(source)
        WITH n, source, evidence, CASE WHEN {{Fresh("n")}} OR {{Fresh("source")}} THEN 'missing' WHEN existing IS NULL THEN 'created' ELSE 'unchanged' END AS outcome
        FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END | MERGE (n)-[:{{RelationshipTypes.AttestedBy}} {{{Properties.Quote}}: evidence.quote}]->(source))
        RETURN outcome, count(*) AS count
        """;

    // A first load into an empty label or relationship type has nothing to compare with or merge into:
    // these plain CREATE forms give the same graph and the same counts for less Neo4j work (about 40%
    // less CPU per statement measured on 3.1). The writer uses them only for kinds it has seen empty
    // inside the same transaction; the unique constraints still refuse a duplicate id.

    public static string CountNodes(string label) => $$"""MATCH (n:{{label}}) RETURN count(n) AS count""";

    // After a bulk import: CSV cannot tell an empty list from an absent one, and the loader stores empty lists.
    // Once per (label or type, property), not per row; the property name comes from the entity classes.
    public static string EmptyListOnNodes(string label, string property) =>
        $$"""MATCH (n:{{label}}) WHERE n.{{property}} IS NULL SET n.{{property}} = [] RETURN count(*) AS count""";

    public static string EmptyListOnRelationships(string type, string property) =>
        $$"""MATCH ()-[r:{{type}}]->() WHERE r.{{property}} IS NULL SET r.{{property}} = [] RETURN count(*) AS count""";

    public static string CountRelationships(string type) => $$"""MATCH ()-[r:{{type}}]->() RETURN count(r) AS count""";

    public static string CreateNodes(string label) => $$"""
        UNWIND $rows AS row
        CREATE (n:{{label}})
        SET n = row.properties
        RETURN 'created' AS outcome, count(*) AS count
        """;

    public static string CreateKeyedRelationships(string type, string fromLabel, string toLabel) => $$"""
        UNWIND $rows AS row
        {{ById("from", fromLabel, "row.from")}}
        {{ById("to", toLabel, "row.to")}}
        WITH row, from, to, CASE WHEN {{Fresh("from")}} OR {{Fresh("to")}} THEN 'missing' ELSE 'created' END AS outcome
        FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END | CREATE (from)-[r:{{type}}]->(to) SET r = row.properties)
        RETURN outcome, count(*) AS count
        """;

    public static string CreateLinks(string type, string fromLabel, string toLabel) => $$"""
        UNWIND $rows AS row
        UNWIND row.targets AS targetId
        {{ById("from", fromLabel, "row.from")}}
        {{ById("to", toLabel, "targetId")}}
        WITH from, to, CASE WHEN {{Fresh("from")}} OR {{Fresh("to")}} THEN 'missing' ELSE 'created' END AS outcome
        FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END | CREATE (from)-[:{{type}}]->(to))
        RETURN outcome, count(*) AS count
        """;

    public static string CreateEvidence(string label) => $$"""
        UNWIND $rows AS row
        UNWIND row.evidence AS evidence
        {{ById("n", label, "row.id")}}
        {{ById("source", Labels.Source, "evidence.source")}}
        WITH n, source, evidence, CASE WHEN {{Fresh("n")}} OR {{Fresh("source")}} THEN 'missing' ELSE 'created' END AS outcome
        FOREACH (_ IN CASE WHEN outcome = 'created' THEN [1] ELSE [] END | CREATE (n)-[:{{RelationshipTypes.AttestedBy}} {{{Properties.Quote}}: evidence.quote}]->(source))
        RETURN outcome, count(*) AS count
        """;

    // Convergence: what the files no longer hold goes. The inventory reads each label and keyed type once
    // per load (a scan by design, linear in the graph); the deletes then find what they remove by
    // Neo4j's internal id, read in the same transaction (NodeByIdSeek, RelationshipByIdSeek).

    /// <summary>Every node of a label: internal id and file id. Run once per load, not per row.</summary>
    public static string NodeInventory(string label) => $$"""MATCH (n:{{label}}) RETURN id(n) AS node, n.{{Properties.Id}} AS id""";

    /// <summary>The range and number of a keyed type's internal relationship ids, to cut its inventory into pages.</summary>
    public static string RelationshipIdRange(string type) =>
        $$"""MATCH ()-[r:{{type}}]->() RETURN min(id(r)) AS low, max(id(r)) AS high, count(r) AS count""";

    /// <summary>
    /// The relationships of a keyed type with internal ids in [<c>$low</c>, <c>$high</c>), with their id and endpoints:
    /// one page of the inventory, read once per load (a pass over the type per page, not a lookup per row).
    /// </summary>
    public static string RelationshipInventoryPage(string type) =>
        $$"""MATCH (a)-[r:{{type}}]->(b) WHERE id(r) >= $low AND id(r) < $high RETURN id(r) AS relationship, r.{{Properties.Id}} AS id, a.{{Properties.Id}} AS from, b.{{Properties.Id}} AS to""";

    // Statements by internal ids seek one id at a time (UNWIND, then id(n) = node): Neo4j 3.1's planner answers
    // "WHERE id(n) IN $ids" with a scan of every node or relationship whenever its statistics make the graph look
    // small (seen on the seed data and in LoadPlanTests), while the equality is always a NodeByIdSeek.

    /// <summary><c>$ids</c>: internal node ids whose file id and properties are read, to merge a record into (keep-absent loads).</summary>
    public const string NodeProperties = """
        UNWIND $ids AS node MATCH (n) WHERE id(n) = node
        RETURN n.id AS id, properties(n) AS properties
        """;

    /// <summary><c>$ids</c>: internal relationship ids whose file id and properties are read, as <see cref="NodeProperties"/>.</summary>
    public const string RelationshipProperties = """
        UNWIND $ids AS relationship MATCH ()-[r]->() WHERE id(r) = relationship
        RETURN r.id AS id, properties(r) AS properties
        """;

    /// <summary><c>$ids</c>: internal relationship ids to delete; reported with <c>$outcome</c>.</summary>
    public const string DeleteRelationships = """
        UNWIND $ids AS relationship MATCH ()-[r]->() WHERE id(r) = relationship
        DELETE r
        RETURN $outcome AS outcome, count(*) AS count
        """;

    /// <summary><c>$ids</c>: internal node ids whose relationships (any type, either direction) are deleted, counted by type.</summary>
    public const string DeleteRelationshipsOfNodes = """
        UNWIND $ids AS node MATCH (n) WHERE id(n) = node
        MATCH (n)-[r]-()
        WITH DISTINCT r
        WITH r, type(r) AS kind
        DELETE r
        RETURN kind, 'removed' AS outcome, count(*) AS count
        """;

    /// <summary><c>$ids</c>: internal node ids to delete, after <see cref="DeleteRelationshipsOfNodes"/>.</summary>
    public const string DeleteNodes = """
        UNWIND $ids AS node MATCH (n) WHERE id(n) = node
        DELETE n
        RETURN 'removed' AS outcome, count(*) AS count
        """;

    /// <summary>A node found by its id through the unique index (see the class summary for why MERGE).</summary>
    private static string ById(string variable, string label, string id) => $"MERGE ({variable}:{label} {{{Properties.Id}: {id}}})";

    /// <summary>True for a node the lookup just created: it holds its id alone.</summary>
    private static string Fresh(string variable) => $"size(keys({variable})) = 1";

    /// <summary>Joins a source id and a quote into one comparable key; a source id never contains it.</summary>
    public const string EvidenceKeySeparator = "\u001f";
}
