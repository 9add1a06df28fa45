namespace PolityGraph.GraphModel;

/// <summary>Property names as stored in Neo4j. Dates are ISO YYYY-MM-DD strings (Neo4j 3.1 has no temporal types).</summary>
public static class Properties
{
    // Every node
    public const string Id = "id";
    public const string SearchKey = "searchKey";
    public const string Certainty = "certainty";
    public const string Note = "note";
    public const string Aliases = "aliases";

    // Person, Body
    public const string Name = "name";
    public const string NameEn = "nameEn";
    public const string Abbreviation = "abbreviation";
    public const string Kind = "kind";

    // Position, Resolution, Event, Source
    public const string Title = "title";
    public const string TitleEn = "titleEn";

    // Resolution
    public const string Code = "code";
    public const string IssuedOn = "issuedOn";
    public const string Term = "term";
    public const string Plenum = "plenum";

    // Event
    public const string Date = "date";
    public const string Location = "location";

    // Source
    public const string Publisher = "publisher";
    public const string PublishedOn = "publishedOn";
    public const string Text = "text";
    public const string File = "file";

    // HELD (a tenure)
    public const string From = "from";
    public const string To = "to";
    public const string AttestedOn = "attestedOn";

    // PARTICIPATED_IN (a participation)
    public const string Role = "role";
    /// <summary>Resolution ids the person spoke or reported on.</summary>
    public const string About = "about";

    // Evidence on HELD and PARTICIPATED_IN: parallel lists, evidenceSources[i] is the source id of evidenceQuotes[i].
    public const string EvidenceSources = "evidenceSources";
    public const string EvidenceQuotes = "evidenceQuotes";

    // ATTESTED_BY
    public const string Quote = "quote";
}
