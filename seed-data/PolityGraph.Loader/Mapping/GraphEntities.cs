namespace PolityGraph.Loader.Mapping;

// The graph's nodes and keyed relationships as the loader writes them (graph-model/README.md).
// Each public property is one Neo4j property, named in camelCase exactly as stored; null means absent.
// Kept apart from the file records so that the file format and the graph can change separately.

public sealed class SourceNode
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Publisher { get; set; }
    public string? PublishedOn { get; set; }
    public string Text { get; set; } = "";
    public string File { get; set; } = "";
    public string? Note { get; set; }
}

public sealed class PersonNode
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string SearchKey { get; set; } = "";
    public string Certainty { get; set; } = "";
    public string? Note { get; set; }
}

public sealed class BodyNode
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public string? Abbreviation { get; set; }
    public string Kind { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string SearchKey { get; set; } = "";
    public string Certainty { get; set; } = "";
    public string? Note { get; set; }
}

public sealed class PositionNode
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? TitleEn { get; set; }
    public string SearchKey { get; set; } = "";
    public string Certainty { get; set; } = "";
    public string? Note { get; set; }
}

public sealed class ResolutionNode
{
    public string Id { get; set; } = "";
    public string? Code { get; set; }
    public string Kind { get; set; } = "";
    public string? Title { get; set; }
    public string? IssuedOn { get; set; }
    public string? Term { get; set; }
    public int? Plenum { get; set; }
    public List<string> Aliases { get; set; } = [];
    public string SearchKey { get; set; } = "";
    public string Certainty { get; set; } = "";
    public string? Note { get; set; }
}

public sealed class EventNode
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Date { get; set; }
    public string? Location { get; set; }
    public string SearchKey { get; set; } = "";
    public string Certainty { get; set; } = "";
    public string? Note { get; set; }
}

/// <summary>The properties of a HELD relationship (a tenure).</summary>
public sealed class HeldRelationship
{
    public string Id { get; set; } = "";
    public string? From { get; set; }
    public string? To { get; set; }
    public List<string> AttestedOn { get; set; } = [];
    public List<string> EvidenceSources { get; set; } = [];
    public List<string> EvidenceQuotes { get; set; } = [];
    public string Certainty { get; set; } = "";
    public string? Note { get; set; }
}

/// <summary>The properties of a PARTICIPATED_IN relationship (a participation).</summary>
public sealed class ParticipatedInRelationship
{
    public string Id { get; set; } = "";
    public string Role { get; set; } = "";
    public List<string> About { get; set; } = [];
    public List<string> EvidenceSources { get; set; } = [];
    public List<string> EvidenceQuotes { get; set; } = [];
    public string Certainty { get; set; } = "";
    public string? Note { get; set; }
}
