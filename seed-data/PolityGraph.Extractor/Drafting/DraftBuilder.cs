using PolityGraph.Extractor.Grammar;
using PolityGraph.Extractor.Matching;
using PolityGraph.GraphModel;
using PolityGraph.GraphModel.Vocabulary;
using PolityGraph.Loader.Diagnostics;
using PolityGraph.Loader.Records;

namespace PolityGraph.Extractor.Drafting;

/// <summary>The article as the draft cites it.</summary>
public sealed record ArticleSource(string Text, string FileName, string? Title, DateOnly? Published);

/// <summary>A proposed fact, as FORMAT=json prints it and the draft records it.</summary>
public sealed record ProposedFact(ExtractedFact Fact, string PersonId, Verdict PersonVerdict, string PositionId, Verdict PositionVerdict)
{
    /// <summary>
    /// The id of a person the running Neo4j holds under this name (folded) while the draft keeps the person apart as new
    /// (namesakes none of whom holds these posts, a name equal only once folded, a malformed record): reported, not reused.
    /// </summary>
    public string? GraphOnlyPersonId { get; init; }
    public string? GraphOnlyPositionId { get; init; }
}

/// <summary>The draft folder's records, in section order, plus the source files to copy beside them.</summary>
public sealed record Draft(IReadOnlyList<ReviewedRecord> Records, IReadOnlyList<ProposedFact> Facts, IReadOnlyDictionary<string, string> SourceFiles);

/// <summary>
/// Turns what the grammar read into seed records: new records for what the graph lacks, and the
/// graph's own records, copied whole with the article's evidence added, for what it already holds
/// (a record is the whole truth about its node when loaded, so a partial copy would erase the rest).
/// Records a copied record refers to are copied too, so the draft validates on its own.
/// </summary>
public sealed class DraftBuilder(KnownGraph known)
{
    private static readonly Origin Drafted = new("draft", 0);
    private readonly Dictionary<string, ReviewedRecord> records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> sourceFiles = new(StringComparer.Ordinal);
    private string sourceId = "";

    public Draft Build(ArticleSource article, ArticleFacts facts)
    {
        sourceId = NewId(EntityIds.Source, Slugs.Of(article.Title ?? Path.GetFileNameWithoutExtension(article.FileName), 8));
        var file = "sources/" + article.FileName;
        if (known.Seeds.Sources.Any(s => s.File.Value == file)) file = $"sources/{Path.GetFileNameWithoutExtension(article.FileName)}-draft{Path.GetExtension(article.FileName)}";
        sourceFiles[file] = article.Text;
        var eventDate = facts.Event?.Date;
        Add("sources", new SourceRecord
        {
            Id = sourceId, Origin = Drafted, File = new Located(file, Drafted),
            Title = article.Title ?? FirstLine(article.Text), PublishedOn = article.Published?.ToString("yyyy-MM-dd"),
            Note = "Drafted by make extract; every record below needs an archivist's review before loading.",
        }, Verdict.New, [article.Title is null ? "REVIEW: title taken from the article's first line (pass TITLE=...)" : "the article as given"]);

        var proposed = facts.Posts.Select(f => Propose(f, facts.Posts, DateFor(article, facts.Event))).ToList();
        var documents = facts.Documents.Select(Document).ToList();
        if (facts.Event is { } reported)
        {
            var eventId = Event(reported, documents);
            foreach (var participation in facts.Participations)
                if (proposed.FirstOrDefault(p => p.Fact.Person == participation.Person) is { } holder)
                    Participation(participation, holder.PersonId, eventId, reported);
        }
        var ordered = SeedSections.SelectMany(section => records.Values.Where(r => r.Section == section)).ToList();
        return new Draft(ordered, proposed, sourceFiles);
    }

    public static readonly IReadOnlyList<string> SeedSections = ["sources", "people", "bodies", "positions", "tenures", "resolutions", "events", "participations"];

    private (string? Date, string? Why) DateFor(ArticleSource article, EventMention? reported)
    {
        if (reported?.Date is { } date)
            return (date, reported.YearInferred ? $"the date of the reported event ({date}); its year is the article's publication year" : null);
        if (article.Published is { } published)
            return (published.ToString("yyyy-MM-dd"), "the article's publication date (the text dates no event)");
        return (null, null);
    }

    private ProposedFact Propose(ExtractedFact fact, IReadOnlyList<ExtractedFact> all, (string? Date, string? Why) date)
    {
        var posts = all.Where(f => f.Person == fact.Person).ToList();
        var (personId, personVerdict) = Person(fact, posts);
        var (positionId, positionVerdict) = Position(fact, personVerdict == Verdict.Matched ? personId : null);
        Tenure(fact, personId, positionId, date);
        return new ProposedFact(fact, personId, personVerdict, positionId, positionVerdict)
        {
            GraphOnlyPersonId = personVerdict == Verdict.New ? known.GraphOnlyNode(Labels.Person, fact.Person, SearchFolding.Fold)?.Id : null,
            GraphOnlyPositionId = positionVerdict == Verdict.New ? known.GraphOnlyNode(Labels.Position, fact.Post, PostKeys.ForMatching)?.Id : null,
        };
    }

    private (string, Verdict) Person(ExtractedFact fact, IReadOnlyList<ExtractedFact> posts)
    {
        var postIds = posts.Select(p => known.PositionTitled(p.Post)?.Id ?? known.GraphOnlyNode(Labels.Position, p.Post, PostKeys.ForMatching)?.Id)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        bool HoldsAKnownPost(PersonRecord p) => known.TenuresOf(p.Id).Any(t => postIds.Contains(t.Position.Value));
        var (exact, folded) = known.PeopleNamed(fact.Person);
        var reasons = new List<string>();
        var (match, why, review) = PersonMatch<PersonRecord>.Choose(exact, folded, HoldsAKnownPost,
            p => $"{p.Id} ('{p.Name}') in {known.Folder}/{p.Origin.File}:{p.Origin.Line}", p => p.Id, $"in {known.Folder}", "");
        if (review is not null) reasons.Add(review);
        if (match is not null)
        {
            // One quote naming the person is enough; the tenures carry a quote per post.
            if (!records.ContainsKey(match.Id))
                AddCopy("people", match, Verdict.Matched, why!, new EvidenceRecord(Located(sourceId), Located(fact.Quote)));
            return (match.Id, Verdict.Matched);
        }
        if (GraphOnlyPerson(fact, postIds, reasons) is { } inGraph) return (inGraph, Verdict.Matched);
        if (records.Values.FirstOrDefault(r => r.Record is PersonRecord p && p.Name == fact.Person && r.Verdict == Verdict.New) is { } drafted)
            return (drafted.Id, Verdict.New);
        var id = NewId(EntityIds.Person, Slugs.Of(fact.Person));
        AddNew("people", id, () => new PersonRecord { Id = id, Origin = Drafted, Name = fact.Person, Evidence = [] },
            [$"NEW person: no one named '{fact.Person}' in {DescribeKnown()}", .. reasons], fact.Quote);
        return (id, Verdict.New);
    }

    /// <summary>
    /// A person only the running Neo4j holds, matched by the rules the seed's people are (one of that exact name; among
    /// namesakes, or names equal once folded, the one holding one of the article's posts there), written into the draft
    /// under the graph's id with what the graph says of them and this article's quote. Null, with the reason, when none fits.
    /// </summary>
    private string? GraphOnlyPerson(ExtractedFact fact, IReadOnlySet<string> postIds, List<string> reasons)
    {
        var (exact, folded) = known.GraphOnlyPeopleNamed(fact.Person);
        var (match, why, review) = PersonMatch<KnownNode>.Choose(exact, folded, p => p.Links.Any(postIds.Contains),
            p => $"{p.Id} '{p.Name}' in Neo4j", p => p.Id, "in Neo4j", " there");
        if (review is not null) reasons.Add(review);
        if (match is null) return null;
        if (records.ContainsKey(match.Id)) return match.Id; // one quote naming the person is enough, as for the seed's people
        if (!EntityIds.IsValid(match.Id, EntityIds.Person) || string.IsNullOrWhiteSpace(match.Name))
        {
            reasons.Add($"REVIEW: Neo4j holds {match.Id} '{match.Name}' ({why}), but not as a valid record (the id or the name is malformed there): kept apart as new");
            return null;
        }
        var (certainty, note) = GraphCertainty(match.Properties);
        AddFromGraph("people", new PersonRecord
        {
            Id = match.Id, Origin = Drafted, Name = match.Name, Aliases = match.List(Properties.Aliases), Certainty = certainty, Note = note, Evidence = [],
        }, $"{why}; written with the name and aliases Neo4j holds", fact.Quote);
        return match.Id;
    }

    private (string, Verdict) Position(ExtractedFact fact, string? knownPersonId)
    {
        var evidence = new EvidenceRecord(Located(sourceId), Located(fact.Quote));
        if (known.PositionTitled(fact.Post) is { } match)
        {
            AddCopy("positions", match, Verdict.Matched,
                $"'{fact.Post}' is the post '{match.Title}' once case, diacritics, abbreviations (UBND, HĐND, MTTQ, TP HCM...) and 'tỉnh'/'thành phố' are folded", evidence);
            return (match.Id, Verdict.Matched);
        }
        // A short form of a post the person is known to hold: "Trưởng Ban Chỉ đạo" for a known head of a named steering committee.
        if (knownPersonId is not null)
        {
            var key = PostKeys.ForMatching(fact.Post) + " ";
            var longer = known.TenuresOf(knownPersonId)
                .Select(t => known.Seeds.Positions.FirstOrDefault(p => p.Id == t.Position.Value))
                .OfType<PositionRecord>()
                .Where(p => PostKeys.ForMatching(p.Title).StartsWith(key, StringComparison.Ordinal))
                .ToList();
            if (longer.Count == 1)
            {
                AddCopy("positions", longer[0], Verdict.Matched,
                    $"'{fact.Post}' is a short form of '{longer[0].Title}', which {knownPersonId} is known to hold", evidence);
                return (longer[0].Id, Verdict.Matched);
            }
        }
        var reasons = new List<string> { $"NEW position: no post titled like '{fact.Post}' in {DescribeKnown()}" };
        if (known.GraphOnlyNode(Labels.Position, fact.Post, PostKeys.ForMatching) is { } inGraph)
        {
            if (EntityIds.IsValid(inGraph.Id, EntityIds.Position) && !string.IsNullOrWhiteSpace(inGraph.Name))
            {
                var (certainty, note) = GraphCertainty(inGraph.Properties);
                var body = inGraph.Links.Count == 0 ? "it has no body there" : $"its body there ({string.Join(", ", inGraph.Links)}) is not repeated, and make load ADD=1 keeps that link";
                AddFromGraph("positions", new PositionRecord
                {
                    Id = inGraph.Id, Origin = Drafted, Title = inGraph.Name, TitleEn = inGraph.Text(Properties.TitleEn), Certainty = certainty, Note = note, Evidence = [],
                }, $"'{fact.Post}' is the post '{inGraph.Name}' once case, diacritics and abbreviations are folded; written with the title Neo4j holds; {body}", fact.Quote);
                return (inGraph.Id, Verdict.Matched);
            }
            reasons.Add($"REVIEW: Neo4j holds {inGraph.Id} '{inGraph.Name}', but not as a valid record (the id or the title is malformed there): kept apart as new");
        }
        var bodyId = fact.Body is null ? null : Body(fact.Body, fact.Quote);
        var id = NewId(EntityIds.Position, Slugs.Of(fact.Post));
        if (fact.PlaceFromContext) reasons.Add($"REVIEW: the text writes '{fact.Title}'; the place '{fact.Place}' comes from the article's context");
        else if (fact.Place is null && PlaceContextNeeded(fact)) reasons.Add($"REVIEW: '{fact.Title}' names no place and the article gives none: add it to the title");
        AddNew("positions", id, () => new PositionRecord
        {
            Id = id, Origin = Drafted, Title = fact.Post, Body = bodyId is null ? null : Located(bodyId), Evidence = [],
        }, reasons, fact.Quote);
        return (id, Verdict.New);
    }

    private static bool PlaceContextNeeded(ExtractedFact fact) =>
        PostKeys.OfPost(fact.Title).EndsWith(" uy", StringComparison.Ordinal) || fact.Title.EndsWith("tỉnh", StringComparison.Ordinal);

    private string Body(string name, string quote)
    {
        if (known.BodyNamed(name) is { } match)
        {
            AddCopy("bodies", match, Verdict.Matched, $"'{name}' is the body '{match.Name}' once folded", new EvidenceRecord(Located(sourceId), Located(quote)));
            return match.Id;
        }
        var existing = records.Values.FirstOrDefault(r => r.Record is BodyRecord b && PostKeys.ForMatching(b.Name) == PostKeys.ForMatching(name));
        if (existing is not null)
        {
            AddEvidence(existing, quote);
            return existing.Id;
        }
        var reasons = new List<string> { $"NEW body: no body named like '{name}' in {DescribeKnown()}", "REVIEW: kind read from its name; add nameEn and parent" };
        if (known.GraphOnlyBodyNamed(name) is { } inGraph)
        {
            var kindText = inGraph.Text(Properties.Kind);
            if (EntityIds.IsValid(inGraph.Id, EntityIds.Body) && !string.IsNullOrWhiteSpace(inGraph.Name)
                && kindText is not null && Enum.GetNames<BodyKind>().Contains(kindText, StringComparer.Ordinal))
            {
                var (certainty, note) = GraphCertainty(inGraph.Properties);
                AddFromGraph("bodies", new BodyRecord
                {
                    Id = inGraph.Id, Origin = Drafted, Name = inGraph.Name, NameEn = inGraph.Text(Properties.NameEn), Abbreviation = inGraph.Text(Properties.Abbreviation),
                    Kind = Enum.Parse<BodyKind>(kindText), Aliases = inGraph.List(Properties.Aliases), Certainty = certainty, Note = note, Evidence = [],
                }, $"'{name}' is the body '{inGraph.Name}' once folded; written with the name, English name, abbreviation, kind and aliases Neo4j holds; its parent there is not repeated, and make load ADD=1 keeps that link", quote);
                return inGraph.Id;
            }
            // A record the draft would write from it would not validate: a body needs a kind.
            reasons.Add($"REVIEW: Neo4j holds {inGraph.Id} '{inGraph.Name}', but without a valid kind ({(kindText is null ? "none" : $"'{kindText}'")}) or with a malformed id: kept apart as new; complete it in the graph's folder, then extract again");
        }
        var id = NewId(EntityIds.Body, Slugs.Of(name));
        AddNew("bodies", id, () => new BodyRecord { Id = id, Origin = Drafted, Name = name, Kind = Bodies.KindOf(name), Evidence = [] }, reasons, quote);
        return id;
    }

    private void Tenure(ExtractedFact fact, string personId, string positionId, (string? Date, string? Why) date)
    {
        var id = $"{EntityIds.Tenure}:{personId[(EntityIds.Person.Length + 1)..]}--{positionId[(EntityIds.Position.Length + 1)..]}";
        var evidence = new EvidenceRecord(Located(sourceId), Located(fact.Quote));
        var attested = fact.Status == PostStatus.Former || date.Date is null ? null : date.Date;
        var statusNote = fact.Status switch
        {
            PostStatus.Former => "former: the article shows the post as held before (nguyên, thôi giữ chức...); no attestedOn date",
            PostStatus.New => "new: elected, appointed or designated in the reported event" + (fact.Term is null ? "" : $", term (nhiệm kỳ) {fact.Term}"),
            PostStatus.Acting => "acting (Quyền)",
            _ => null,
        };
        var notes = new[] { statusNote, attested is not null && date.Why is not null ? $"attestedOn {attested}: {date.Why}" : null }.OfType<string>().ToList();
        var inferred = attested is not null && date.Why is not null;
        var seed = known.Seeds.Tenures.FirstOrDefault(t => t.Id == id);
        if (seed is not null)
        {
            var dates = seed.AttestedOn.Select(d => d.Value).Concat(attested is null ? [] : [attested]).Distinct().Order(StringComparer.Ordinal);
            var certainty = seed.Certainty == Certainty.Inferred || inferred ? Certainty.Inferred : Certainty.Stated;
            var added = notes.Count == 0 ? null : "Draft (make extract): " + string.Join("; ", notes) + ".";
            var note = string.Join(" ", new[] { seed.Note, added }.OfType<string>());
            Add("tenures", new TenureRecord
            {
                Id = seed.Id, Origin = Drafted, Person = seed.Person, Position = seed.Position, From = seed.From, To = seed.To,
                AttestedOn = [.. dates.Select(Located)], Certainty = certainty, Note = note.Length == 0 ? null : note,
                Evidence = [.. seed.Evidence, evidence],
            }, Verdict.Matched, [$"MATCHED {seed.Id}: the same person in the same post; copied from {known.Folder}/{seed.Origin.File}:{seed.Origin.Line} with this article's date and quote added"]);
            CopyClosure(seed);
            return;
        }
        if (records.TryGetValue(id, out var again))
        {
            AddEvidence(again, fact.Quote);
            return;
        }
        if (known.GraphOnlyTenures.FirstOrDefault(t => t.Id == id && t.Person == personId && t.Position == positionId) is { } stored)
        {
            GraphOnlyTenure(stored, attested, inferred, notes, evidence);
            return;
        }
        Add("tenures", new TenureRecord
        {
            Id = id, Origin = Drafted, Person = Located(personId), Position = Located(positionId),
            AttestedOn = attested is null ? [] : [Located(attested)],
            Certainty = inferred ? Certainty.Inferred : Certainty.Stated, Note = notes.Count == 0 ? null : string.Join("; ", notes),
            Evidence = [evidence],
        }, Verdict.New, [$"NEW tenure: {fact.Person} as {fact.Title} ({fact.Status.ToString().ToLowerInvariant()})"]);
    }

    /// <summary>
    /// A tenure only Neo4j holds: written under its id with the graph's dates, certainty and note, this article's date and
    /// quote added. Its other quotes cite sources the draft does not carry; make load ADD=1 adds this one to them.
    /// </summary>
    private void GraphOnlyTenure(KnownTenure stored, string? attested, bool inferred, IReadOnlyList<string> notes, EvidenceRecord evidence)
    {
        var from = GraphDate(stored.Properties, Properties.From);
        var to = GraphDate(stored.Properties, Properties.To);
        var reasons = new List<string>
        {
            $"MATCHED {stored.Id} (in Neo4j, not in {known.Folder}): the same person in the same post; written with the dates, certainty and note Neo4j holds and this article's date and quote; make load ADD=1 adds them to the tenure and keeps its other evidence",
        };
        if (attested is not null && (from is not null && string.CompareOrdinal(attested, from) < 0 || to is not null && string.CompareOrdinal(attested, to) > 0))
        {
            reasons.Add($"REVIEW: the article's date {attested} lies outside the tenure's stated dates in Neo4j ({from ?? "…"} to {to ?? "…"}): not added to attestedOn; is this another tenure?");
            attested = null;
        }
        var storedDates = stored.Properties.GetValueOrDefault(Properties.AttestedOn) is IEnumerable<object?> items
            ? items.OfType<string>().Where(d => DateOnly.TryParseExact(d, "yyyy-MM-dd", out _)) : [];
        var dates = storedDates.Concat(attested is null ? [] : [attested]).Distinct().Order(StringComparer.Ordinal);
        var (storedCertainty, storedNote) = GraphCertainty(stored.Properties);
        var added = notes.Count == 0 ? null : "Draft (make extract): " + string.Join("; ", notes) + ".";
        var note = string.Join(" ", new[] { storedNote, added }.OfType<string>());
        Add("tenures", new TenureRecord
        {
            Id = stored.Id, Origin = Drafted, Person = Located(stored.Person), Position = Located(stored.Position),
            From = from is null ? null : Located(from), To = to is null ? null : Located(to), AttestedOn = [.. dates.Select(Located)],
            Certainty = storedCertainty == Certainty.Inferred || inferred && attested is not null ? Certainty.Inferred : Certainty.Stated,
            Note = note.Length == 0 ? null : note, Evidence = [evidence],
        }, Verdict.Matched, reasons);
    }

    /// <summary>A date property as the graph stores it (yyyy-MM-dd), or null when it is absent or not a date.</summary>
    private static string? GraphDate(IReadOnlyDictionary<string, object?> properties, string property) =>
        properties.GetValueOrDefault(property) is string d && DateOnly.TryParseExact(d, "yyyy-MM-dd", out _) ? d : null;

    /// <summary>
    /// A node's certainty and note as the graph stores them, for a record written from the graph: inferred only with its
    /// note (a record needs one); anything else is left unwritten, and make load ADD=1 keeps what the graph has.
    /// </summary>
    private static (Certainty, string?) GraphCertainty(IReadOnlyDictionary<string, object?> properties) =>
        properties.GetValueOrDefault(Properties.Certainty) as string == "inferred" && properties.GetValueOrDefault(Properties.Note) is string note && note.Trim().Length > 0
            ? (Certainty.Inferred, note)
            : (Certainty.Stated, null);

    /// <summary>
    /// A record written from what only the running Neo4j holds (not a seed record): its own properties, none of its
    /// evidence (those quotes cite sources the draft does not carry), this article's quote. make load ADD=1 merges it
    /// into the node: the quote is added, nothing the record leaves out is removed.
    /// </summary>
    private void AddFromGraph(string section, FactRecord record, string why, string quote)
    {
        if (records.TryGetValue(record.Id, out var already))
        {
            AddEvidence(already, quote);
            return;
        }
        Add(section, WithEvidence(record, [new EvidenceRecord(Located(sourceId), Located(quote))]), Verdict.Matched,
            [$"MATCHED {record.Id} (in Neo4j, not in {known.Folder}): {why}, and this article's quote; make load ADD=1 adds the quote and keeps its other evidence, properties and links"]);
    }

    private string Document(DocumentMention document)
    {
        var evidence = new EvidenceRecord(Located(sourceId), Located(document.Quote));
        if (known.ResolutionCoded(document.Code) is { } match)
        {
            AddCopy("resolutions", match, Verdict.Matched, $"code {document.WrittenCode} is {match.Code}", evidence);
            return match.Id;
        }
        var reasons = new List<string> { $"NEW {document.Kind.ToString().ToLowerInvariant()}: no document coded {document.Code} in {DescribeKnown()}", "REVIEW: add its title (after \"về\"), issuer and term" };
        if (known.GraphOnlyResolutionCoded(document.Code) is { } inGraph)
        {
            var kindText = inGraph.Text(Properties.Kind);
            if (EntityIds.IsValid(inGraph.Id, EntityIds.Resolution) && Enum.TryParse<ResolutionKind>(kindText, ignoreCase: false, out var kind) && Enum.IsDefined(kind))
            {
                var (certainty, note) = GraphCertainty(inGraph.Properties);
                AddFromGraph("resolutions", new ResolutionRecord
                {
                    Id = inGraph.Id, Origin = Drafted, Code = inGraph.Name, Kind = kind, Title = inGraph.Text(Properties.Title),
                    IssuedOn = GraphDate(inGraph.Properties, Properties.IssuedOn), Term = inGraph.Text(Properties.Term),
                    Plenum = inGraph.Properties.GetValueOrDefault(Properties.Plenum) is long plenum and > 0 and < 100 ? (int)plenum : null,
                    Aliases = inGraph.List(Properties.Aliases), Certainty = certainty, Note = note, Evidence = [],
                }, $"code {document.WrittenCode} is {inGraph.Name}; written with the code, kind, title, date, term, plenum and aliases Neo4j holds; its issuer there is not repeated, and make load ADD=1 keeps that link", document.Quote);
                return inGraph.Id;
            }
            reasons.Add($"REVIEW: Neo4j holds {inGraph.Id} coded '{inGraph.Name}', but without a valid kind ({(kindText is null ? "none" : $"'{kindText}'")}) or with a malformed id: kept apart as new");
        }
        var year = document.IssuedOn is null ? "" : "-" + document.IssuedOn[..4];
        var id = records.ContainsKey($"{EntityIds.Resolution}:{Slugs.Of(document.Code)}{year}") ? $"{EntityIds.Resolution}:{Slugs.Of(document.Code)}{year}" : NewId(EntityIds.Resolution, Slugs.Of(document.Code) + year);
        AddNew("resolutions", id, () => new ResolutionRecord
        {
            Id = id, Origin = Drafted, Code = document.Code, Kind = document.Kind, IssuedOn = document.IssuedOn,
            Aliases = document.WrittenCode.Replace(" ", "") == document.Code ? [] : [document.WrittenCode], Evidence = [],
        }, reasons, document.Quote);
        return id;
    }

    private string Event(EventMention reported, IReadOnlyList<string> documents)
    {
        var evidence = new EvidenceRecord(Located(sourceId), Located(reported.Quote));
        var match = known.Seeds.Events.FirstOrDefault(e => e.Date is not null && e.Date == reported.Date && e.Kind == reported.Kind);
        if (match is not null)
        {
            AddCopy("events", match, Verdict.Matched, $"an event of the same kind ({match.Kind}) on the same date", evidence);
            return match.Id;
        }
        if (reported.Date is not null && known.GraphOnlyEvent(reported.Kind.ToString(), reported.Date) is { } inGraph
            && EntityIds.IsValid(inGraph.Id, EntityIds.Event) && !string.IsNullOrWhiteSpace(inGraph.Name))
        {
            var (certainty, note) = GraphCertainty(inGraph.Properties);
            AddFromGraph("events", new EventRecord
            {
                Id = inGraph.Id, Origin = Drafted, Title = inGraph.Name, Kind = reported.Kind, Date = reported.Date, Location = inGraph.Text(Properties.Location),
                Certainty = certainty, Note = note, Evidence = [],
            }, $"an event of the same kind ({reported.Kind}) on the same date; written with the title and place Neo4j holds; its hosts and documents there are not repeated, and make load ADD=1 keeps those links", reported.Quote);
            return inGraph.Id;
        }
        var id = NewId(EntityIds.Event, $"{reported.Date ?? "undated"}-{Slugs.Of(reported.Kind.ToString())}-{Slugs.Of(reported.Location ?? reported.Title, 4)}");
        var inferredNote = reported.YearInferred ? $"Date: the text gives day and month; the year is the article's publication year." : null;
        var hosts = reported.Hosts.Select(h => Body(h.Name, h.Quote)).Distinct().ToList();
        Add("events", new EventRecord
        {
            Id = id, Origin = Drafted, Title = reported.Title, Kind = reported.Kind, Date = reported.Date, Location = reported.Location,
            Resolutions = [.. documents.Distinct().Select(Located)], Hosts = [.. hosts.Select(Located)],
            Certainty = inferredNote is null ? Certainty.Stated : Certainty.Inferred, Note = inferredNote, Evidence = [evidence],
        }, Verdict.New,
        [
            "NEW event: the meeting the article reports",
            "REVIEW: the title is the sentence that dates it: shorten it",
            hosts.Count == 0
                ? "REVIEW: no host read from that sentence: add the bodies that hold the event"
                : $"REVIEW: hosts read from that sentence ({string.Join("; ", reported.Hosts.Select(h => h.PlaceFromContext is null ? h.Written : $"{h.Written} + '{h.PlaceFromContext}' from context"))}): check them",
        ]);
        return id;
    }

    /// <summary>
    /// Who chaired, led, spoke, presented, attended or was a member, at the reported event: the graph's record
    /// copied whole with the quotes added when it has the same one, a new record otherwise.
    /// </summary>
    private void Participation(ParticipationMention participation, string personId, string eventId, EventMention reported)
    {
        var role = participation.Role.ToString().ToLowerInvariant();
        var id = $"{EntityIds.Participation}:{personId[(EntityIds.Person.Length + 1)..]}--{eventId[(EntityIds.Event.Length + 1)..]}--{role}";
        var evidence = participation.Quotes.Select(q => new EvidenceRecord(Located(sourceId), Located(q))).ToList();
        if (known.Seeds.Participations.FirstOrDefault(p => p.Id == id) is { } seed)
        {
            var added = WithEvidence(seed, [.. seed.Evidence, .. evidence.Where(e => !seed.Evidence.Any(s => s.Source.Value == e.Source.Value && s.Quote.Value == e.Quote.Value))]);
            Add("participations", added, Verdict.Matched,
                [$"MATCHED {seed.Id}: the same person in the same role at the same event; copied whole from {known.Folder}/{seed.Origin.File}:{seed.Origin.Line} with this article's quotes added"]);
            CopyClosure(seed);
            return;
        }
        if (known.GraphOnlyParticipations.FirstOrDefault(p => p.Id == id && p.Person == personId && p.Event == eventId) is { } stored)
        {
            var (certainty, note) = GraphCertainty(stored.Properties);
            Add("participations", new ParticipationRecord
            {
                Id = stored.Id, Origin = Drafted, Person = Located(personId), Event = Located(eventId), Role = participation.Role, About = [],
                Certainty = certainty, Note = note, Evidence = evidence,
            }, Verdict.Matched,
            [
                $"MATCHED {stored.Id} (in Neo4j, not in {known.Folder}): the same person in the same role at the same event; written with this article's quotes; make load ADD=1 adds them and keeps its other evidence and 'about'",
            ]);
            return;
        }
        // The quote says what the person did; that it was at the reported event is the article's context unless it names the meeting.
        var namesTheMeeting = participation.Quotes.Any(q => MeetingWords.Any(w => (" " + PostKeys.OfPost(q) + " ").Contains(w, StringComparison.Ordinal)));
        Add("participations", new ParticipationRecord
        {
            Id = id, Origin = Drafted, Person = Located(personId), Event = Located(eventId), Role = participation.Role, About = [],
            Certainty = namesTheMeeting ? Certainty.Stated : Certainty.Inferred,
            Note = namesTheMeeting ? null : "The quote does not name the meeting: taken as the article's reported event.",
            Evidence = evidence,
        }, Verdict.New,
        [
            $"NEW participation: {participation.Person} {role} at {eventId}",
            $"REVIEW: read from the verb or clause around the name ({string.Join(" | ", participation.Quotes.Select(q => q.Length > 80 ? q[..80] + "…" : q))}); add 'about' (the documents the person spoke on)",
        ]);
    }

    private static readonly string[] MeetingWords =
        [" hoi nghi ", " dai hoi ", " buoi lam viec ", " phien hop ", " ky hop ", " buoi le ", " doan khao sat ", " cuoc hop ", " phien lam viec "];

    /// <summary>A graph record reused as a whole: its fields and evidence as they are, with this article's quote added.</summary>
    private void AddCopy(string section, FactRecord seed, Verdict verdict, string why, EvidenceRecord evidence)
    {
        if (records.TryGetValue(seed.Id, out var already))
        {
            AddEvidence(already, evidence.Quote.Value);
            return;
        }
        var copy = WithEvidence(seed, [.. seed.Evidence, evidence]);
        Add(section, copy, verdict, [$"MATCHED {seed.Id}: {why}; copied whole from {known.Folder}/{seed.Origin.File}:{seed.Origin.Line} with this article's quote added"]);
        CopyClosure(seed);
    }

    /// <summary>Copies, unchanged, every record a copied record refers to, and the sources its evidence cites.</summary>
    private void CopyClosure(FactRecord seed)
    {
        IEnumerable<string> references = seed switch
        {
            PositionRecord p => p.Body is null ? [] : [p.Body.Value],
            BodyRecord b => b.Parent is null ? [] : [b.Parent.Value],
            ResolutionRecord r => r.IssuedBy is null ? [] : [r.IssuedBy.Value],
            EventRecord e => [.. e.Hosts.Select(h => h.Value), .. e.Resolutions.Select(r => r.Value)],
            TenureRecord t => [t.Person.Value, t.Position.Value],
            ParticipationRecord p => [p.Person.Value, p.Event.Value, .. p.About.Select(a => a.Value)],
            _ => [],
        };
        foreach (var source in seed.Evidence.Select(e => e.Source.Value).Distinct())
        {
            if (records.ContainsKey(source)) continue;
            var record = known.Seeds.Sources.First(s => s.Id == source);
            Add("sources", record, Verdict.Copied, [$"COPIED {source}: cited by a matched record's evidence; unchanged from {known.Folder}"]);
            sourceFiles[record.File.Value] = known.Seeds.SourceTexts[source];
        }
        foreach (var id in references)
        {
            if (records.ContainsKey(id)) continue;
            var (section, record) = SeedRecord(id);
            Add(section, record, Verdict.Copied, [$"COPIED {id}: a matched record refers to it; unchanged from {known.Folder}/{record.Origin.File}:{record.Origin.Line}"]);
            CopyClosure(record);
        }
    }

    private (string Section, FactRecord Record) SeedRecord(string id) => EntityIds.PrefixOf(id) switch
    {
        EntityIds.Person => ("people", known.Seeds.People.First(r => r.Id == id)),
        EntityIds.Body => ("bodies", known.Seeds.Bodies.First(r => r.Id == id)),
        EntityIds.Position => ("positions", known.Seeds.Positions.First(r => r.Id == id)),
        EntityIds.Resolution => ("resolutions", known.Seeds.Resolutions.First(r => r.Id == id)),
        EntityIds.Event => ("events", known.Seeds.Events.First(r => r.Id == id)),
        _ => throw new InvalidOperationException($"cannot copy {id}"),
    };

    private void AddNew(string section, string id, Func<FactRecord> create, IReadOnlyList<string> reasons, string quote)
    {
        if (records.TryGetValue(id, out var existing))
        {
            AddEvidence(existing, quote);
            return;
        }
        var record = WithEvidence(create(), [new EvidenceRecord(Located(sourceId), Located(quote))]);
        Add(section, record, Verdict.New, reasons);
    }

    private void AddEvidence(ReviewedRecord existing, string quote)
    {
        var fact = (FactRecord)existing.Record;
        if (fact.Evidence.Any(e => e.Source.Value == sourceId && e.Quote.Value == quote)) return;
        records[existing.Id] = existing with { Record = WithEvidence(fact, [.. fact.Evidence, new EvidenceRecord(Located(sourceId), Located(quote))]) };
    }

    private void Add(string section, object record, Verdict verdict, IReadOnlyList<string> reasons)
    {
        var reviewed = new ReviewedRecord(section, record, verdict, reasons);
        records[reviewed.Id] = reviewed;
    }

    /// <summary>A fresh id of that kind: the slug, or the slug with -2, -3... when the graph or the draft has it.</summary>
    private string NewId(string prefix, string slug)
    {
        var taken = known.Seeds.DeclaredIds.Select(i => i.Value).Concat(known.GraphOnly.Select(n => n.Id)).Concat(known.TakenInNeo4j).Concat(records.Keys)
            .ToHashSet(StringComparer.Ordinal);
        var id = $"{prefix}:{slug}";
        for (var n = 2; taken.Contains(id); n++) id = $"{prefix}:{slug}-{n}";
        return id;
    }

    private string DescribeKnown() => known.Folder.Length == 0 ? "the (empty) known graph" : known.Folder + (known.GraphOnly.Count > 0 ? " or Neo4j" : "");

    private static Located Located(string value) => new(value, Drafted);

    private static string FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) is { } line && line.Length <= 200 ? line : "(untitled article)";

    private static FactRecord WithEvidence(FactRecord record, IReadOnlyList<EvidenceRecord> evidence) => record switch
    {
        PersonRecord r => new PersonRecord { Id = r.Id, Origin = r.Origin, Certainty = r.Certainty, Note = r.Note, Evidence = evidence, Name = r.Name, Aliases = r.Aliases },
        BodyRecord r => new BodyRecord { Id = r.Id, Origin = r.Origin, Certainty = r.Certainty, Note = r.Note, Evidence = evidence, Name = r.Name, NameEn = r.NameEn, Abbreviation = r.Abbreviation, Kind = r.Kind, Parent = r.Parent, Aliases = r.Aliases },
        PositionRecord r => new PositionRecord { Id = r.Id, Origin = r.Origin, Certainty = r.Certainty, Note = r.Note, Evidence = evidence, Title = r.Title, TitleEn = r.TitleEn, Body = r.Body },
        TenureRecord r => new TenureRecord { Id = r.Id, Origin = r.Origin, Certainty = r.Certainty, Note = r.Note, Evidence = evidence, Person = r.Person, Position = r.Position, From = r.From, To = r.To, AttestedOn = r.AttestedOn },
        ResolutionRecord r => new ResolutionRecord { Id = r.Id, Origin = r.Origin, Certainty = r.Certainty, Note = r.Note, Evidence = evidence, Code = r.Code, Kind = r.Kind, Title = r.Title, IssuedOn = r.IssuedOn, IssuedBy = r.IssuedBy, Term = r.Term, Plenum = r.Plenum, Aliases = r.Aliases },
        EventRecord r => new EventRecord { Id = r.Id, Origin = r.Origin, Certainty = r.Certainty, Note = r.Note, Evidence = evidence, Title = r.Title, Kind = r.Kind, Date = r.Date, Location = r.Location, Hosts = r.Hosts, Resolutions = r.Resolutions },
        ParticipationRecord r => new ParticipationRecord { Id = r.Id, Origin = r.Origin, Certainty = r.Certainty, Note = r.Note, Evidence = evidence, Person = r.Person, Event = r.Event, Role = r.Role, About = r.About },
        _ => throw new InvalidOperationException($"unknown record {record.GetType().Name}"),
    };
}
