using PolityGraph.Loader.Tests.Support;
using PolityGraph.Loader.Validation;

namespace PolityGraph.Loader.Tests.Validation;

/// <summary>
/// One kind of mistake per case, made in a copy of the valid fixture folder, and the exact
/// <c>file:line: message</c> list the loader must print for it (nothing more, nothing less).
/// </summary>
public sealed class ValidationErrorTests
{
    private const string Tenure = "tenure:dinh-tien-dung--secretary-hanoi-party-committee";
    private const string Event = "event:2023-04-12-working-group-1-hanoi";
    private const string Participation = "participation:dinh-tien-dung--2023-04-12-working-group-1-hanoi--spoke";

    private sealed record Case(Action<SeedFolder> Break, params string[] Expected);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Nothing refers to tenures, so the unreadable file causes no unknown-reference errors elsewhere.
        ["YAML syntax error"] = new(f => f.Replace("tenures.yaml", "    to: null", "   to: null"),
            "tenures.yaml:6: YAML syntax error: While parsing a block collection, did not find expected '-' indicator."),
        ["unclosed quote"] = new(f => f.Replace("tenures.yaml", "attestedOn: [2023-04-12]", "attestedOn: [\"2023-04-12]"),
            "tenures.yaml:7: YAML syntax error: While scanning a multi-line double-quoted scalar, found wrong indentation."),
        ["unknown section"] = new(f => f.Append("people.yaml", "committees:\n  - id: body:x\n"),
            "people.yaml:13: unknown section 'committees': expected one of sources, people, bodies, positions, tenures, resolutions, events, participations"),
        ["section that is not a list"] = new(f => f.Append("people.yaml", "bodies: body:x\n"),
            "people.yaml:13: bodies: expected a list of records, found 'body:x'"),
        ["record that is not a mapping"] = new(f => f.Append("people.yaml", "  - person:nguyen-van-a\n"),
            "people.yaml:13: people[2]: expected a record (a mapping of fields), found 'person:nguyen-van-a'"),
        ["unknown field"] = new(f => f.Replace("people.yaml", "    aliases: []", "    aliases: []\n    nickname: Dũng"),
            "people.yaml:5: person:dinh-tien-dung: nickname: unknown field"),
        ["unknown field in evidence"] = new(f => f.Replace("people.yaml", "        quote: \"Bí thư Thành ủy Hà Nội Đinh Tiến Dũng\"",
                "        quote: \"Bí thư Thành ủy Hà Nội Đinh Tiến Dũng\"\n        page: 2"),
            "people.yaml:8: person:dinh-tien-dung: evidence[0].page: unknown field"),
        ["missing field"] = new(f => f.Replace("people.yaml", "    name: Trương Thị Mai\n", ""),
            "people.yaml:8: person:truong-thi-mai: name: required field is missing"),
        ["missing evidence quote"] = new(f => f.Replace("people.yaml", "        quote: \"đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị\"\n", ""),
            "people.yaml:11: person:truong-thi-mai: evidence[0].quote: required field is missing"),
        ["null required field"] = new(f => f.Replace("people.yaml", "name: Trương Thị Mai", "name: null"),
            "people.yaml:9: person:truong-thi-mai: name: must not be null"),
        ["list where a string belongs"] = new(f => f.Replace("organisation.yaml", "title: Bí thư Thành ủy Hà Nội", "title: [Bí thư]"),
            "organisation.yaml:22: position:secretary-hanoi-party-committee: title: expected a string, found a list"),
        ["mapping where a list belongs"] = new(f => f.Replace("people.yaml", "aliases: []", "aliases: {first: Dũng}"),
            "people.yaml:4: person:dinh-tien-dung: aliases: expected a list, found a mapping"),
        ["text where a number belongs"] = new(f => f.Replace("events.yaml", "plenum: 5", "plenum: five"),
            "events.yaml:8: resolution:central-5-term-x-leadership-method: plenum: expected a whole number, found 'five'"),
        ["unknown person"] = new(f => f.Replace("tenures.yaml", "person: person:dinh-tien-dung", "person: person:dinh-tien-dzung"),
            $"tenures.yaml:3: {Tenure}: person: unknown person 'person:dinh-tien-dzung'"),
        ["reference to the wrong kind"] = new(f => f.Replace("tenures.yaml", "position: position:secretary-hanoi-party-committee", "position: body:hanoi-party-committee"),
            $"tenures.yaml:4: {Tenure}: position: 'body:hanoi-party-committee' is not a position id"),
        ["unknown resolution in a list"] = new(f => f.Replace("events.yaml", "about: [resolution:central-5-term-x-leadership-method]", "about: [resolution:central-6-term-x]"),
            $"events.yaml:31: {Participation}: about[0]: unknown resolution 'resolution:central-6-term-x'"),
        ["unknown source in evidence"] = new(f => f.Replace("people.yaml", "  - id: person:truong-thi-mai\n    name: Trương Thị Mai\n    evidence:\n      - source: source:hanoi-working-session",
                "  - id: person:truong-thi-mai\n    name: Trương Thị Mai\n    evidence:\n      - source: source:unknown-article"),
            "people.yaml:11: person:truong-thi-mai: evidence[0].source: unknown source 'source:unknown-article'"),
        ["duplicate id across files"] = new(f => f.Append("tenures.yaml",
                "people:\n  - id: person:dinh-tien-dung\n    name: Đinh Tiến Dũng\n    evidence:\n      - source: source:hanoi-working-session\n        quote: \"Đinh Tiến Dũng\"\n"),
            "tenures.yaml:12: person:dinh-tien-dung: id: duplicate id, first declared at people.yaml:2"),
        ["id not a slug"] = new(f => f.Replace("people.yaml", "id: person:truong-thi-mai", "id: person:Truong_Thi_Mai"),
            "people.yaml:8: people[1]: id: 'person:Truong_Thi_Mai' is not a person id: expected 'person:' and a lower-case ASCII slug such as 'person:dinh-tien-dung'"),
        ["id with another kind's prefix"] = new(f => f.Replace("people.yaml", "id: person:truong-thi-mai", "id: body:truong-thi-mai"),
            "people.yaml:8: people[1]: id: 'body:truong-thi-mai' is not a person id: expected 'person:' and a lower-case ASCII slug such as 'person:dinh-tien-dung'"),
        ["invalid BodyKind"] = new(f => f.Replace("organisation.yaml", "kind: PARTY_COMMITTEE", "kind: CITY_COMMITTEE"),
            "organisation.yaml:14: body:hanoi-party-committee: kind: 'CITY_COMMITTEE' is not a BodyKind: expected one of POLITBURO, SECRETARIAT, CENTRAL_COMMITTEE, PARTY_COMMITTEE, STANDING_COMMITTEE, PARTY_ORGANIZATION, COMMISSION, STEERING_COMMITTEE, DELEGATION, PEOPLES_COMMITTEE, PEOPLES_COUNCIL, NATIONAL_ASSEMBLY_DELEGATION, FRONT, OTHER"),
        ["enum value in the wrong case"] = new(f => f.Replace("events.yaml", "role: SPOKE", "role: spoke"),
            $"events.yaml:30: {Participation}: role: 'spoke' is not a ParticipationRole: expected one of CHAIRED, LED, SPOKE, PRESENTED, ATTENDED, MEMBER"),
        ["invalid certainty"] = new(f => f.Replace("events.yaml", "certainty: inferred", "certainty: guessed"),
            $"events.yaml:21: {Event}: certainty: 'guessed' is not a certainty: expected stated or inferred"),
        ["inference without a note"] = new(f => f.Replace("events.yaml", "    note: The article gives \"Chiều 12/4\"; the year is the article's.\n", ""),
            $"events.yaml:21: {Event}: note: an inferred fact needs a note saying how it was inferred"),
        ["February 30th"] = new(f => f.Replace("tenures.yaml", "attestedOn: [2023-04-12]", "attestedOn: [2023-02-30]"),
            $"tenures.yaml:7: {Tenure}: attestedOn[0]: '2023-02-30' is not a date: expected an existing calendar date written YYYY-MM-DD"),
        ["thirteenth month"] = new(f => f.Replace("events.yaml", "date: 2023-04-12", "date: 2023-13-01"),
            $"events.yaml:17: {Event}: date: '2023-13-01' is not a date: expected an existing calendar date written YYYY-MM-DD"),
        ["date not in ISO form"] = new(f => f.Replace("sources.yaml", "publishedOn: 2023-04-12", "publishedOn: 12/04/2023"),
            "sources.yaml:6: source:hanoi-working-session: publishedOn: '12/04/2023' is not a date: expected an existing calendar date written YYYY-MM-DD"),
        ["from after to"] = new(f => f
                .Replace("tenures.yaml", "from: null", "from: 2023-06-01")
                .Replace("tenures.yaml", "to: null", "to: 2021-03-31")
                .Replace("tenures.yaml", "attestedOn: [2023-04-12]", "attestedOn: []"),
            $"tenures.yaml:6: {Tenure}: to: 2021-03-31 is before from 2023-06-01"),
        ["attestation outside the tenure"] = new(f => f.Replace("tenures.yaml", "from: null", "from: 2023-05-01"),
            $"tenures.yaml:7: {Tenure}: attestedOn[0]: 2023-04-12 is before from 2023-05-01"),
        ["quote not in the source"] = new(f => f.Replace("people.yaml", "quote: \"Bí thư Thành ủy Hà Nội Đinh Tiến Dũng\"", "quote: \"Bí thư Thành ủy Hà Nội, đồng chí Đinh Tiến Dũng\""),
            "people.yaml:7: person:dinh-tien-dung: evidence[0].quote: not found verbatim in source:hanoi-working-session (sources/hanoi-working-session.txt)"),
        ["quote that differs in case only"] = new(f => f.Replace("people.yaml", "quote: \"Bí thư Thành ủy Hà Nội Đinh Tiến Dũng\"", "quote: \"bí thư thành ủy hà nội đinh tiến dũng\""),
            "people.yaml:7: person:dinh-tien-dung: evidence[0].quote: not found verbatim in source:hanoi-working-session (sources/hanoi-working-session.txt)"),
        ["quote in decomposed Unicode"] = new(f => f.Replace("people.yaml", "quote: \"Bí thư Thành ủy Hà Nội Đinh Tiến Dũng\"",
                "quote: \"" + "Bí thư Thành ủy Hà Nội Đinh Tiến Dũng".Normalize(System.Text.NormalizationForm.FormD) + "\""),
            "people.yaml:7: person:dinh-tien-dung: evidence[0].quote: not found verbatim in source:hanoi-working-session (sources/hanoi-working-session.txt) (it differs only in Unicode composition of the diacritics: retype it from the source)"),
        ["missing evidence"] = new(f => f.Replace("people.yaml", "    evidence:\n      - source: source:hanoi-working-session\n        quote: \"đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị\"\n", ""),
            "people.yaml:8: person:truong-thi-mai: evidence: every fact needs evidence: at least one {source, quote} from a source"),
        ["empty evidence"] = new(f => f.Replace("people.yaml", "    evidence:\n      - source: source:hanoi-working-session\n        quote: \"đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị\"\n", "    evidence: []\n"),
            "people.yaml:10: person:truong-thi-mai: evidence: every fact needs evidence: at least one {source, quote} from a source"),
        ["a tenure's source that does not attest its person"] = new(f => f
                .Append("sources/second-article.txt", "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng")
                .Append("sources.yaml", "  - id: source:second-article\n    file: sources/second-article.txt\n    title: Bài thứ hai\n")
                .Replace("tenures.yaml", "      - source: source:hanoi-working-session", "      - source: source:second-article"),
            $"tenures.yaml:9: {Tenure}: evidence[0].source: source:second-article is not in the evidence of person:dinh-tien-dung; add the quote there too (a source that states a fact of a person attests the person)"),
        ["missing source file"] = new(f => f.Delete("sources/hanoi-working-session.txt"),
            "sources.yaml:3: source:hanoi-working-session: file: 'sources/hanoi-working-session.txt' does not exist"),
        ["source file outside the folder"] = new(f => f.Replace("sources.yaml", "file: sources/hanoi-working-session.txt", "file: ../../etc/passwd"),
            "sources.yaml:3: source:hanoi-working-session: file: '../../etc/passwd' is outside the seed folder"),
        ["bodies whose parents loop"] = new(f => f.Replace("organisation.yaml", "kind: CENTRAL_COMMITTEE", "kind: CENTRAL_COMMITTEE\n    parent: body:hanoi-party-committee"),
            "organisation.yaml:7: body:central-committee: parent: the chain of parents loops back to body:central-committee",
            "organisation.yaml:16: body:hanoi-party-committee: parent: the chain of parents loops back to body:hanoi-party-committee"),
        ["several problems in several files, all listed in file order"] = new(f => f
                .Replace("tenures.yaml", "person: person:dinh-tien-dung", "person: person:dinh-tien-dzung")
                .Replace("people.yaml", "    aliases: []", "    aliases: []\n    nickname: Dũng")
                .Replace("events.yaml", "date: 2023-04-12", "date: 2023-13-01"),
            $"events.yaml:17: {Event}: date: '2023-13-01' is not a date: expected an existing calendar date written YYYY-MM-DD",
            "people.yaml:5: person:dinh-tien-dung: nickname: unknown field",
            $"tenures.yaml:3: {Tenure}: person: unknown person 'person:dinh-tien-dzung'"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_mistake_is_reported_at_its_line(string caseName)
    {
        using var folder = SeedFolder.CopyOf(SeedFolder.Valid);
        Cases[caseName].Break(folder);

        var (_, problems) = SeedValidator.ReadAndValidate(folder.Path);

        Assert.Equal(Cases[caseName].Expected, problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_unbroken_fixture_is_valid()
    {
        var (seeds, problems) = SeedValidator.ReadAndValidate(SeedFolder.Valid);

        Assert.Empty(problems);
        Assert.Equal(10, seeds.RecordCount);
    }
}
