using System.Globalization;
using System.Text;

namespace PolityGraph.Benchmarks.Loader;

/// <summary>
/// Writes a synthetic seed folder in the archivists' format, shaped like the real data but large:
/// per person 1.5 tenures and 3 participations on average, a body per 100 people with 5 posts each,
/// an event per 10 people, a resolution per 50. Every record cites a quote that really is in its
/// source's text, and a person's tenures and participations cite the article that attests the person,
/// so the folder passes the same validation as the real one. Seeded: the same
/// arguments give the same files.
/// </summary>
public static class SyntheticSeedFolder
{
    private static readonly string[] Family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] Middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu"];
    private static readonly string[] Given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Phong", "Quang", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Vinh"];
    private static readonly string[] BodyKinds = ["PARTY_COMMITTEE", "PEOPLES_COMMITTEE", "PEOPLES_COUNCIL", "COMMISSION", "STANDING_COMMITTEE"];
    private static readonly string[] EventKinds = ["CONFERENCE", "WORKING_SESSION", "SURVEY", "MEETING", "PLENUM"];
    private static readonly string[] Roles = ["CHAIRED", "LED", "SPOKE", "PRESENTED", "ATTENDED", "MEMBER"];

    /// <summary>Records per source article, which keeps each source text short enough for the quote check.</summary>
    private const int QuotesPerSource = 1000;

    /// <summary>
    /// People per article of people's records: a person's own quote and the quotes of their tenures and participations
    /// (5.5 on average) are in one article, so the article that states a tenure attests its person (the loader's
    /// AttestationRule) without any more evidence than before.
    /// </summary>
    private const int PeoplePerSource = QuotesPerSource * 2 / 11;

    public sealed record Shape(int People, int Bodies, int Positions, int Resolutions, int Events, int Tenures, int Participations)
    {
        public static Shape For(int people) => new(people, Math.Max(1, people / 100), Math.Max(1, people / 20), Math.Max(1, people / 50),
            Math.Max(1, people / 10), people * 3 / 2, people * 3);
    }

    /// <summary>The article that attests a person and states their tenures and participations.</summary>
    public static string PeopleSource(int person) => $"source:people{person / PeoplePerSource}";

    public static Shape Write(string folder, int people, int seed = 20231222)
    {
        var shape = Shape.For(people);
        var random = new Random(seed);
        var sources = new SourceTexts(folder);
        var peopleSources = new PeopleSourceTexts(folder);
        Directory.CreateDirectory(Path.Combine(folder, "sources"));

        using (var w = Open(folder, "bodies.yaml"))
        {
            w.WriteLine("bodies:");
            for (var b = 0; b < shape.Bodies; b++)
            {
                var name = $"Ban số {b} tỉnh {Given[b % Given.Length]}";
                w.WriteLine($"  - id: body:b{b}");
                w.WriteLine($"    name: {Q(name)}");
                w.WriteLine($"    nameEn: {Q($"Board {b}")}");
                w.WriteLine($"    kind: {BodyKinds[b % BodyKinds.Length]}");
                if (b > 0) w.WriteLine($"    parent: body:b{(b - 1) / 10}");
                Evidence(w, sources, $"thành lập {name}");
            }
            w.WriteLine("positions:");
            for (var p = 0; p < shape.Positions; p++)
            {
                var title = $"Chức vụ {p % 5} của Ban số {p % shape.Bodies}";
                w.WriteLine($"  - id: position:p{p}");
                w.WriteLine($"    title: {Q(title)}");
                w.WriteLine($"    body: body:b{p % shape.Bodies}");
                Evidence(w, sources, $"giữ {title} (mã {p})");
            }
        }

        using (var w = Open(folder, "resolutions.yaml"))
        {
            w.WriteLine("resolutions:");
            for (var r = 0; r < shape.Resolutions; r++)
            {
                w.WriteLine($"  - id: resolution:r{r}");
                w.WriteLine($"    code: {Q($"{r}-NQ/TW")}");
                w.WriteLine("    kind: RESOLUTION");
                w.WriteLine($"    title: {Q($"Nghị quyết số {r} về phát triển")}");
                w.WriteLine($"    issuedOn: {Date(random)}");
                w.WriteLine($"    issuedBy: body:b{r % shape.Bodies}");
                w.WriteLine($"    plenum: {1 + r % 15}");
                Evidence(w, sources, $"Nghị quyết {r}-NQ/TW");
            }
        }

        using (var w = Open(folder, "events.yaml"))
        {
            w.WriteLine("events:");
            for (var e = 0; e < shape.Events; e++)
            {
                w.WriteLine($"  - id: event:e{e}");
                w.WriteLine($"    title: {Q($"Hội nghị số {e}")}");
                w.WriteLine($"    kind: {EventKinds[e % EventKinds.Length]}");
                w.WriteLine($"    date: {Date(random)}");
                w.WriteLine($"    hosts: [body:b{e % shape.Bodies}]");
                w.WriteLine($"    resolutions: [resolution:r{e % shape.Resolutions}]");
                Evidence(w, sources, $"Chiều nay, Hội nghị số {e} khai mạc");
            }
        }

        const int PeoplePerFile = 10_000;
        for (var file = 0; file * PeoplePerFile < people; file++)
        {
            using var w = Open(folder, $"people-{file:D3}.yaml");
            w.WriteLine("people:");
            for (var p = file * PeoplePerFile; p < Math.Min(people, (file + 1) * PeoplePerFile); p++)
            {
                var name = $"{Family[random.Next(Family.Length)]} {Middle[random.Next(Middle.Length)]} {Given[random.Next(Given.Length)]}";
                w.WriteLine($"  - id: person:n{p}");
                w.WriteLine($"    name: {Q(name)}");
                w.WriteLine("    aliases: []");
                Evidence(w, peopleSources, p, $"đồng chí {name} (hồ sơ {p})");
            }
        }

        using (var w = Open(folder, "tenures.yaml"))
        {
            w.WriteLine("tenures:");
            for (var t = 0; t < shape.Tenures; t++)
            {
                var person = t % people;
                var position = random.Next(shape.Positions);
                var from = Date(random);
                w.WriteLine($"  - id: tenure:n{person}--p{position}--{t}");
                w.WriteLine($"    person: person:n{person}");
                w.WriteLine($"    position: position:p{position}");
                w.WriteLine($"    from: {from}");
                w.WriteLine($"    attestedOn: [{from}]");
                Evidence(w, peopleSources, person, $"bổ nhiệm hồ sơ {person} vào chức vụ mã {position} (quyết định {t})");
            }
        }

        using (var w = Open(folder, "participations.yaml"))
        {
            w.WriteLine("participations:");
            for (var p = 0; p < shape.Participations; p++)
            {
                var person = p % people;
                var @event = random.Next(shape.Events);
                w.WriteLine($"  - id: participation:n{person}--e{@event}--{p}");
                w.WriteLine($"    person: person:n{person}");
                w.WriteLine($"    event: event:e{@event}");
                w.WriteLine($"    role: {Roles[p % Roles.Length]}");
                w.WriteLine($"    about: [resolution:r{@event % shape.Resolutions}]");
                Evidence(w, peopleSources, person, $"hồ sơ {person} tham dự Hội nghị số {@event} (biên bản {p})");
            }
        }

        sources.Flush();
        var peopleArticles = peopleSources.Flush();
        using (var w = Open(folder, "sources.yaml"))
        {
            w.WriteLine("sources:");
            for (var s = 0; s < sources.Count; s++)
            {
                w.WriteLine($"  - id: source:s{s}");
                w.WriteLine($"    file: sources/s{s}.txt");
                w.WriteLine($"    title: {Q($"Bản tin tổng hợp số {s}")}");
                w.WriteLine("    publisher: TTXVN");
            }
            for (var s = 0; s < peopleArticles; s++)
            {
                w.WriteLine($"  - id: source:people{s}");
                w.WriteLine($"    file: sources/people{s}.txt");
                w.WriteLine($"    title: {Q($"Hồ sơ cán bộ số {s}")}");
                w.WriteLine("    publisher: TTXVN");
            }
        }
        return shape;
    }

    private static void Evidence(StreamWriter w, SourceTexts sources, string quote)
    {
        w.WriteLine("    evidence:");
        w.WriteLine($"      - source: source:s{sources.Add(quote)}");
        w.WriteLine($"        quote: {Q(quote)}");
    }

    private static void Evidence(StreamWriter w, PeopleSourceTexts sources, int person, string quote)
    {
        w.WriteLine("    evidence:");
        w.WriteLine($"      - source: source:people{sources.Add(person, quote)}");
        w.WriteLine($"        quote: {Q(quote)}");
    }

    private static StreamWriter Open(string folder, string file) => new(Path.Combine(folder, file), false, new UTF8Encoding(false), 1 << 16);

    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Date(Random random) =>
        new DateOnly(1990, 1, 1).AddDays(random.Next(12_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The articles of people's records, PeoplePerSource people to an article, written at the end.</summary>
    private sealed class PeopleSourceTexts(string folder)
    {
        private readonly List<StringBuilder> articles = [];

        public int Add(int person, string quote)
        {
            var article = person / PeoplePerSource;
            while (articles.Count <= article) articles.Add(new StringBuilder());
            articles[article].Append(quote).Append(". ");
            return article;
        }

        public int Flush()
        {
            for (var a = 0; a < articles.Count; a++)
                File.WriteAllText(Path.Combine(folder, "sources", $"people{a}.txt"), articles[a].ToString());
            return articles.Count;
        }
    }

    /// <summary>Source articles filled with the quotes that cite them, QuotesPerSource to an article.</summary>
    private sealed class SourceTexts(string folder)
    {
        private readonly StringBuilder current = new();
        private int quotes;

        public int Count { get; private set; }

        public int Add(string quote)
        {
            if (quotes == QuotesPerSource) Flush();
            current.Append(quote).Append(". ");
            quotes++;
            return Count;
        }

        public void Flush()
        {
            if (quotes == 0) return;
            File.WriteAllText(Path.Combine(folder, "sources", $"s{Count}.txt"), current.ToString());
            current.Clear();
            quotes = 0;
            Count++;
        }
    }
}
