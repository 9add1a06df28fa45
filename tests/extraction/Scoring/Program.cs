using System.Globalization;
using PolityGraph.Extraction.Scoring;
using PolityGraph.Extractor.Grammar;
using PolityGraph.GraphModel;

// make extract-score: precision and recall of (person, post) pairs on each gold set.
// dotnet run --project tests/extraction/Scoring -- [--verbose] [REPO]
// --verbose lists the misses and wrong pairs, except the held-out ones (dev held-out, unseen set B): those
// stay unread while rules change. --verbose-all adds them, for reporting once the rules are frozen.
// --unseen DIR adds the unseen news sets: their gold is tests/extraction/unseen/gold.jsonl (or --unseen-gold
// FILE), their texts DIR/<id>.txt, kept outside the repository (tests/extraction/README.md).
// --agreement FILE adds, for the unseen passages FILE annotates a second time, how far that annotation agrees with the gold.
var verbose = args.Contains("--verbose") || args.Contains("--verbose-all");
var all = args.Contains("--verbose-all");
string? OptionValue(string name)
{
    var at = Array.IndexOf(args, name);
    if (at < 0) return null;
    if (at + 1 >= args.Length || args[at + 1].StartsWith("--")) throw new ArgumentException($"{name} needs a value.");
    return args[at + 1];
}
string? unseenTexts, unseenGold, secondAnnotation;
try
{
    unseenTexts = OptionValue("--unseen");
    unseenGold = OptionValue("--unseen-gold");
    secondAnnotation = OptionValue("--agreement");
    if (secondAnnotation is not null && unseenTexts is null) throw new ArgumentException("--agreement needs --unseen DIR.");
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"extract-score: {e.Message}");
    return 2;
}
var optionValues = new[] { unseenTexts, unseenGold, secondAnnotation }.OfType<string>().ToHashSet();
var root = args.FirstOrDefault(a => !a.StartsWith("--") && !optionValues.Contains(a)) ?? ".";
var halves = GoldSets.DevHalves(Path.Combine(root, "tests/extraction/dev.jsonl"), Path.Combine(root, "tests/extraction/split.txt"));
var sets = new List<(string Name, IReadOnlyList<GoldArticle> Articles)>
{
    ("dev held-out (its 2 errors read before the decision-object rule)", halves["heldout"]),
    ("seed articles (5, seen in development)", GoldSets.SeedArticles(Path.Combine(root, "seed-data"))),
    ("dev tuning (rules written against it)", halves["tuning"]),
};
var heldOut = new HashSet<string>(StringComparer.Ordinal) { sets[0].Name };
IReadOnlyDictionary<string, IReadOnlyList<GoldArticle>> unseen = new Dictionary<string, IReadOnlyList<GoldArticle>>();
IReadOnlyDictionary<string, IReadOnlyList<GoldFact>> second = new Dictionary<string, IReadOnlyList<GoldFact>>();
if (unseenTexts is not null)
{
    try
    {
        unseen = ExternalGold.Read(unseenGold ?? Path.Combine(root, "tests/extraction/unseen/gold.jsonl"), unseenTexts);
        if (secondAnnotation is not null) second = ExternalGold.SecondAnnotation(secondAnnotation);
    }
    catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or FormatException or KeyNotFoundException)
    {
        Console.Error.WriteLine($"extract-score: {e.Message}");
        return 2;
    }
    foreach (var (set, articles) in unseen.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        var name = UnseenSetName(set);
        sets.Add((name, articles));
        if (!UnseenErrorsRead(set)) heldOut.Add(name);
    }
}

Console.WriteLine("| gold set | articles | gold pairs | extracted | correct | precision | recall |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
var details = new List<string>();
foreach (var (name, articles) in sets)
{
    var total = Score.Zero;
    foreach (var article in articles)
    {
        var facts = ArticleExtractor.Extract(article.Text, article.Title, article.Published).Posts;
        foreach (var fact in facts)
            if (!article.Text.Contains(fact.Quote, StringComparison.Ordinal))
                throw new InvalidOperationException($"{article.Id}: quote not verbatim: {fact.Quote}");
        total += Scorer.Score(article, facts);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {articles.Count} | {total.Gold} | {total.Extracted} | {total.Correct} | {total.Precision:0.00} | {total.Recall:0.00} |"));
    if (heldOut.Contains(name) && !all) continue;
    details.AddRange(total.Misses.Select(m => $"  missed  {m}"));
    details.AddRange(total.Wrong.Select(w => $"  wrong   {w}"));
}
if (verbose) foreach (var line in details) Console.WriteLine(line);

if (secondAnnotation is not null)
{
    // The second annotator never saw the extractor, so the disagreements are printed with --verbose whatever the set.
    Console.WriteLine();
    Console.WriteLine("| second annotation against the gold | articles | gold pairs | second's pairs | agreed | precision | recall |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
    var pooled = Score.Zero;
    var pooledArticles = 0;
    foreach (var (set, articles) in unseen.OrderBy(p => p.Key, StringComparer.Ordinal))
    {
        var annotated = articles.Where(a => second.ContainsKey(a.Id)).ToList();
        if (annotated.Count == 0) continue;
        var total = annotated.Aggregate(Score.Zero, (sum, a) => sum + Scorer.Agreement(a, second[a.Id]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| unseen news {set} | {annotated.Count} | {total.Gold} | {total.Extracted} | {total.Correct} | {total.Precision:0.00} | {total.Recall:0.00} |"));
        pooled += total;
        pooledArticles += annotated.Count;
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| all annotated twice | {pooledArticles} | {pooled.Gold} | {pooled.Extracted} | {pooled.Correct} | {pooled.Precision:0.000} | {pooled.Recall:0.000} |"));
    var unknown = second.Keys.Where(id => !unseen.Values.Any(a => a.Any(article => article.Id == id))).ToList();
    if (unknown.Count > 0) Console.WriteLine($"(annotated twice but not in the gold read: {string.Join(", ", unknown)})");
    if (verbose)
    {
        foreach (var miss in pooled.Misses) Console.WriteLine($"  gold only    {miss}");
        foreach (var extra in pooled.Wrong) Console.WriteLine($"  second only  {extra}");
    }
}

// Participations, (person, role) pairs: only the seed articles have gold for them (seed-data/participations.yaml).
var seedFolder = Path.Combine(root, "seed-data");
var goldRoles = GoldSets.SeedParticipations(seedFolder);
var (gold, extracted, correct) = (0, 0, 0);
var roleDetails = new List<string>();
foreach (var article in GoldSets.SeedArticles(seedFolder))
{
    var expected = goldRoles.Where(g => g.Source == article.Id).Select(g => (Person: SearchFolding.Fold(g.Person), g.Role)).ToHashSet();
    var found = ArticleExtractor.Extract(article.Text, article.Title, article.Published).Participations
        .Select(p => (Person: SearchFolding.Fold(p.Person), Role: p.Role.ToString())).ToHashSet();
    gold += expected.Count;
    extracted += found.Count;
    correct += found.Intersect(expected).Count();
    roleDetails.AddRange(expected.Except(found).Select(m => $"  missed  {article.Id}: {m.Person} | {m.Role}"));
    roleDetails.AddRange(found.Except(expected).Select(w => $"  wrong   {article.Id}: {w.Person} | {w.Role}"));
}
Console.WriteLine();
Console.WriteLine("| participations, (person, role) | articles | gold pairs | extracted | correct | precision | recall |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| seed articles (seen while the participation grammar was written) | 5 | {gold} | {extracted} | {correct} | {(extracted == 0 ? 1 : (double)correct / extracted):0.00} | {(gold == 0 ? 1 : (double)correct / gold):0.00} |"));
if (verbose) foreach (var line in roleDetails) Console.WriteLine(line);
return 0;

// The unseen sets' history (tests/extraction/README.md): A's errors were read to write rules; each later set was
// held out until its figure with the rules from the sets before it was recorded, and (but for the sets the table
// leaves unread) its errors were read since. Any set not listed here is held out: --verbose hides its errors.
static (string RulesFrom, bool Read)? UnseenHistory(string set) => set switch
{
    "A" => ("", true),
    "B" => ("A", true), "C" => ("A, B", true), "D" => ("A, B, C", true), "E" => ("A, B, C, D", true),
    "F" => ("A-E", true), "G" => ("A-F", true), "H" => ("A-G", true), "I" => ("A-H", true), "J" => ("A-I", true),
    "K" => ("A-J", true), "L" => ("A-K", true), "M" => ("A-L", true), "N" => ("A-M", true), "O" => ("A-N", true),
    "P" => ("A-O", true), "Q" => ("A-P", true), "R" => ("A-Q", true),
    "S" or "T" => ("A-R", true), "U" or "V" => ("A-T", true), "W" or "X" => ("A-V", true),
    "Y" or "Z" => ("A-X", true), "Z1" or "Z2" => ("A-Z", true), "Z3" or "Z4" => ("A-Z2", true),
    "Z5" or "Z6" or "Z7" or "Z8" => ("A-Z4", true), "Z9" or "Z10" or "Z11" or "Z12" => ("A-Z8", true),
    "Z13" or "Z14" or "Z15" or "Z16" => ("A-Z12", true),
    "Z17" or "Z18" or "Z19" or "Z20" => ("A-Z16", true),
    "Z21" or "Z22" or "Z23" or "Z24" => ("A-Z20", true),
    "Z25" or "Z26" or "Z27" or "Z28" => ("A-Z24", true),
    "Z29" or "Z30" or "Z31" or "Z32" => ("A-Z28", true),
    "Z33" or "Z34" or "Z35" or "Z36" => ("A-Z32", true),
    "Z37" or "Z38" or "Z39" or "Z40" => ("A-Z36", true),
    "Z41" or "Z42" or "Z43" or "Z44" => ("A-Z40", true),
    "Z45" or "Z46" or "Z47" or "Z48" => ("A-Z44", true),
    "Z49" or "Z50" or "Z51" or "Z52" => ("A-Z48", true),
    "Z53" or "Z54" or "Z55" or "Z56" => ("A-Z52", true),
    "Z57" or "Z58" or "Z59" or "Z60" => ("A-Z56", true),
    "Z61" or "Z62" or "Z63" or "Z64" => ("A-Z60", true),
    "Z65" or "Z66" or "Z67" or "Z68" => ("A-Z64", true),
    "Z69" or "Z70" or "Z71" or "Z72" => ("A-Z68", true),
    "Z73" or "Z74" => ("A-Z72", true), "Z75" or "Z76" => ("A-Z72", false), // near both targets, their errors left unread
    "Z77" or "Z78" or "Z79" or "Z80" => ("A-Z76", true),
    "Z81" or "Z82" or "Z83" or "Z84" => ("A-Z80", true),
    "Z85" or "Z86" or "Z87" or "Z88" => ("A-Z84", false), // near both targets, their errors left unread
    "Z89" or "Z90" or "Z91" or "Z92" or "Z93" or "Z94" or "Z95" or "Z96" => ("A-Z88", true),
    "Z97" or "Z98" or "Z99" or "Z100" => ("A-Z96", true),
    "Z101" or "Z102" or "Z103" or "Z104" or "Z105" or "Z106" or "Z107" or "Z108" => ("A-Z100", true),
    "Z109" or "Z110" or "Z111" or "Z112" or "Z113" or "Z114" or "Z115" or "Z116" => ("A-Z108", true),
    "Z117" or "Z118" or "Z119" or "Z120" or "Z121" or "Z122" or "Z123" or "Z124" => ("A-Z116", true),
    "Z125" or "Z126" or "Z127" or "Z128" or "Z129" or "Z130" or "Z131" or "Z132" => ("A-Z124", true),
    "Z133" or "Z134" or "Z135" or "Z136" or "Z137" or "Z138" => ("A-Z132", true),
    "Z139" or "Z140" or "Z141" or "Z142" or "Z143" or "Z144" or "Z145" or "Z146" => ("A-Z138", true),
    "Z147" or "Z148" or "Z149" or "Z150" or "Z151" or "Z152" or "Z153" or "Z154" => ("A-Z146", true),
    "Z155" or "Z156" or "Z157" or "Z158" or "Z159" or "Z160" or "Z161" or "Z162" => ("A-Z154", true),
    "Z163" or "Z164" or "Z165" or "Z166" or "Z167" or "Z168" or "Z169" or "Z170" => ("A-Z162", true),
    "Z171" or "Z172" or "Z173" or "Z174" or "Z175" or "Z176" => ("A-Z170", true),
    "Z177" or "Z178" or "Z179" or "Z180" => ("A-Z176", true),
    "Z181" or "Z182" or "Z183" or "Z184" => ("A-Z180", true),
    "Z185" or "Z186" or "Z187" or "Z188" or "Z189" or "Z190" or "Z191" or "Z192" or "Z193" or "Z194" or "Z195" or "Z196" => ("A-Z184", true),
    "Z197" or "Z198" or "Z199" or "Z200" => ("A-Z184", true), // found and annotated on 12-06, run once with the rules from A-Z184, then read
    "Z201" or "Z202" or "Z203" or "Z204" or "Z205" or "Z206" or "Z207" or "Z208" => ("A-Z200", true),
    "Z209" or "Z210" or "Z211" or "Z212" or "Z213" or "Z214" or "Z215" or "Z216" => ("A-Z208", true),
    "Z217" or "Z218" or "Z219" or "Z220" or "Z221" or "Z222" => ("A-Z216", true),
    "Z223" or "Z224" or "Z225" or "Z226" or "Z227" => ("A-Z222", false), // the seventeenth session's last rules' held-out sets, left unread
    "Z228" or "Z229" or "Z230" or "Z231" or "Z232" or "Z233" => ("A-Z222", false), // found and annotated on 12-06 (eighteenth session), committed before any run
    _ => null,
};

static bool UnseenErrorsRead(string set) => UnseenHistory(set) is { Read: true };

static string UnseenSetName(string set) => UnseenHistory(set) switch
{
    { RulesFrom: "" } => $"unseen news {set} (error analysis)",
    { RulesFrom: var from, Read: true } => $"unseen news {set} (held out for the rules from {from}; read since)",
    { RulesFrom: var from } => $"unseen news {set} (held out for the rules from {from})",
    null => $"unseen news {set} (held out)",
};
