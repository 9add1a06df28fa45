using PolityGraph.Extractor.Drafting;
using PolityGraph.Extractor.Grammar;
using PolityGraph.Extractor.Input;
using PolityGraph.Extractor.Matching;
using PolityGraph.Loader.Validation;
using PolityGraph.Neo4j;

namespace PolityGraph.Extractor;

/// <summary>What <c>make extract</c> was asked to do.</summary>
public sealed record ExtractRequest(
    string File,
    DateOnly? Published = null,
    string? Title = null,
    string? Out = null,
    bool Json = false,
    string SeedFolder = "seed-data",
    bool UseNeo4j = false);

/// <summary>Exit codes, for scripts.</summary>
public static class ExtractExitCodes
{
    public const int Done = 0;
    /// <summary>The input or the request is refused (bad file, OUT exists...); nothing was written.</summary>
    public const int BadInput = 1;
    /// <summary>The draft did not pass the loader's validation (a bug of the extractor); nothing was written.</summary>
    public const int InvalidDraft = 2;
}

/// <summary>
/// Reads an article, extracts its facts, matches them against the known graph and writes the draft
/// folder (or prints JSON). Every refusal happens before anything is written; the draft is written
/// to a temporary folder, validated by the loader's own validator, and only then moved to OUT.
/// </summary>
public sealed class ExtractCommand(TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(ExtractRequest request, Func<INeo4jDriver>? connect = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var outFolder = request.Json ? null : request.Out ?? Path.Combine("seed-data", "drafts", Slugs.Of(Path.GetFileNameWithoutExtension(request.File), 8));
            if (outFolder is not null && (Directory.Exists(outFolder) || File.Exists(outFolder)))
                throw new BadInputException($"OUT {outFolder} already exists: choose another OUT or remove it; nothing was written.");
            var (text, _) = ArticleFile.Read(request.File);
            var known = KnownGraph.FromSeedFolder(request.SeedFolder);
            var facts = ArticleExtractor.Extract(text, request.Title, request.Published);
            var article = new ArticleSource(text, SourceFileName(request.File), request.Title, request.Published);
            var draft = request.UseNeo4j && connect is not null
                ? await DraftAgainstNeo4jAsync(known, facts, article, connect, cancellationToken)
                : new DraftBuilder(known).Build(article, facts);
            if (request.Json)
            {
                JsonFactWriter.Write(output, draft.Facts);
                return ExtractExitCodes.Done;
            }
            return Write(draft, outFolder!);
        }
        catch (BadInputException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExtractExitCodes.BadInput;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException or HttpRequestException or Neo4jException or ArgumentException)
        {
            error.WriteLine($"error: {e.Message}; nothing was written.");
            return ExtractExitCodes.BadInput;
        }
    }

    /// <summary>
    /// The draft against the seed folder and what Neo4j holds that the article can match. The new records' ids are then
    /// looked up in Neo4j: one it already gives to a node the article did not lead to (a namesake's slug, another
    /// folder's source) would merge two things into one under ADD=1, so the draft is made again without it.
    /// </summary>
    private static async Task<Draft> DraftAgainstNeo4jAsync(KnownGraph known, ArticleFacts facts, ArticleSource article, Func<INeo4jDriver> connect, CancellationToken cancellationToken)
    {
        await using var driver = connect();
        var (nodes, tenures, participations) = await Neo4jKnowledge.ReadForAsync(driver, facts, cancellationToken);
        known = known.With(nodes, tenures, participations);
        for (var attempt = 1; ; attempt++)
        {
            var draft = new DraftBuilder(known).Build(article, facts);
            var taken = await Neo4jKnowledge.TakenAsync(driver, draft.Records.Where(r => r.Verdict == Verdict.New).Select(r => r.Id), cancellationToken);
            if (taken.Count == 0) return draft;
            if (attempt == 5) throw new InvalidDataException($"the draft's new ids keep meeting ids Neo4j holds ({string.Join(", ", taken)})");
            known = known.WithTaken(taken);
        }
    }

    private int Write(Draft draft, string outFolder)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(outFolder))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(outFolder)}.partial-{Guid.NewGuid():N}");
        try
        {
            DraftFolder.WriteTo(draft, staging);
            var (_, problems) = SeedValidator.ReadAndValidate(staging);
            if (problems.Count > 0)
            {
                foreach (var problem in problems) error.WriteLine(problem);
                error.WriteLine($"error: the draft does not validate ({problems.Count} problem(s)): a bug of the extractor, please report it; nothing was written.");
                return ExtractExitCodes.InvalidDraft;
            }
            Directory.Move(staging, outFolder);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        Summarize(draft, outFolder);
        return ExtractExitCodes.Done;
    }

    private void Summarize(Draft draft, string outFolder)
    {
        output.WriteLine($"Draft written to {outFolder} (it passes make validate DIR={outFolder}).");
        foreach (var section in DraftBuilder.SeedSections)
        {
            var records = draft.Records.Where(r => r.Section == section).ToList();
            if (records.Count == 0) continue;
            output.WriteLine($"  {section,-14} {records.Count(r => r.Verdict == Verdict.New),3} new, {records.Count(r => r.Verdict == Verdict.Matched),3} matched, {records.Count(r => r.Verdict == Verdict.Copied),3} copied unchanged");
        }
        output.WriteLine($"  {draft.Facts.Count} (person, post) facts. Review every record (the # NEW / MATCHED / REVIEW comments), then load: make load ADD=1 DIR={outFolder}");
    }

    private static string SourceFileName(string file)
    {
        var name = Path.GetFileName(file);
        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? name : name + ".txt";
    }
}
