using System.Text.Json;
using System.Text.RegularExpressions;
using SearchService.Ingestion.Dates;
using SearchService.Ingestion.Dedup;
using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;
using SearchService.Ingestion.Splitting;

namespace SearchService.Ingestion;

/// <summary>
/// Source documents → reports → sections → passages: read (txt/md/docx/pdf, any common Chinese encoding), split,
/// collapse duplicate paragraphs (keeping every place they occurred), attribute organisation, region and themes.
/// Files that cannot be read become <see cref="IngestionProblem"/>s and the rest is ingested. Thread-safe: every call
/// works on its own state; the data files are loaded once.
/// </summary>
public sealed partial class IngestionPipeline
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly IngestionOptions options;
    private readonly Gazetteer gazetteer;
    private readonly OrganisationDirectory organisations;
    private readonly ThemeTaxonomy themes;
    private readonly ReportAttributor attributor;

    public IngestionPipeline(IngestionOptions? options = null)
    {
        this.options = options ?? new IngestionOptions();
        gazetteer = Gazetteer.Load(IngestionOptions.DataFile(this.options.GazetteerPath, "gazetteer.tsv"));
        organisations = OrganisationDirectory.Load(IngestionOptions.DataFile(this.options.OrganisationsPath, "organisations.tsv"), gazetteer);
        themes = ThemeTaxonomy.Load(IngestionOptions.DataFile(this.options.ThemesPath, "themes.tsv"), this.options.ThemeThreshold);
        attributor = new ReportAttributor(organisations, gazetteer);
    }

    /// <summary>The theme names of the taxonomy.</summary>
    public IReadOnlyList<string> Themes => themes.Themes;

    /// <summary>A file, or a folder read recursively (.txt .md .docx .pdf; other files are ignored).</summary>
    /// <param name="filesRead">Reports (files read so far, files in all) after each file.</param>
    public IngestionResult IngestPath(string path, IProgress<(int Done, int Total)>? filesRead = null)
    {
        var documents = new List<Document>();
        var problems = new List<IngestionProblem>();
        if (File.Exists(path))
        {
            Read(Path.GetFileName(path), path, documents, problems);
        }
        else if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => DocumentReader.Extensions.Contains(Path.GetExtension(f)))
                .Order(StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < files.Count; i++)
            {
                Read(Path.GetRelativePath(path, files[i]).Replace('\\', '/'), files[i], documents, problems);
                filesRead?.Report((i + 1, files.Count));
            }
        }
        else
        {
            problems.Add(new IngestionProblem(path, "no such file or folder"));
        }
        return Assemble(documents, problems);
    }

    /// <summary>
    /// Some files of a sources folder, by their paths relative to it (as <see cref="IngestPath"/> names them). Each
    /// document is ingested on its own, so ingesting only the files that changed gives the same reports as ingesting all.
    /// </summary>
    public IngestionResult IngestFiles(string root, IReadOnlyList<string> relativePaths, IProgress<(int Done, int Total)>? filesRead = null)
    {
        var documents = new List<Document>();
        var problems = new List<IngestionProblem>();
        for (var i = 0; i < relativePaths.Count; i++)
        {
            Read(relativePaths[i], Path.Combine(root, relativePaths[i]), documents, problems);
            filesRead?.Report((i + 1, relativePaths.Count));
        }
        return Assemble(documents, problems);
    }

    /// <summary>One uploaded file; <paramref name="fileName"/> is a label and decides the format by its extension.</summary>
    /// <param name="documentId">
    /// The document's own id (given by the client, or assigned by the server): its reports are <c>id</c>, <c>id-2</c>…,
    /// whatever their titles and organisations. Null: ids come from <paramref name="fileName"/> and each report's ordinal.
    /// </param>
    public IngestionResult IngestFile(string fileName, Stream content, ReportMetadata? metadata = null, string? documentId = null)
    {
        try
        {
            var lines = DocumentReader.Read(fileName, content);
            return Assemble([new Document(fileName, lines, metadata, documentId)], []);
        }
        catch (InvalidDataException ex)
        {
            return new IngestionResult([], [new IngestionProblem(fileName, ex.Message)]);
        }
    }

    public IngestionResult IngestText(string sourceName, string text, ReportMetadata? metadata = null, string? documentId = null)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return IngestFile(Path.HasExtension(sourceName) && DocumentReader.Extensions.Contains(Path.GetExtension(sourceName)) ? sourceName : sourceName + ".txt", stream, metadata, documentId);
    }

    /// <summary>An id for a document that has neither a path nor a client's id (an API upload), from its content and given metadata.</summary>
    public static string DocumentId(ReadOnlySpan<byte> content, ReportMetadata? metadata) => ContentIds.Document(content, metadata);

    private sealed record Document(string SourcePath, IReadOnlyList<SourceLine> Lines, ReportMetadata? Metadata, string? Id = null);

    private static void Read(string sourcePath, string file, List<Document> documents, List<IngestionProblem> problems)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var lines = DocumentReader.Read(file, stream);
            documents.Add(new Document(sourcePath, lines, ReadSidecar(sourcePath, file, problems)));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            problems.Add(new IngestionProblem(sourcePath, ex.Message));
        }
    }

    private static ReportMetadata? ReadSidecar(string sourcePath, string file, List<IngestionProblem> problems)
    {
        var sidecar = Path.ChangeExtension(file, ".meta.json");
        if (!File.Exists(sidecar)) return null;
        try
        {
            return JsonSerializer.Deserialize<ReportMetadata>(File.ReadAllText(sidecar), Json);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            problems.Add(new IngestionProblem(Path.ChangeExtension(sourcePath, ".meta.json"), $"sidecar ignored, not valid metadata JSON: {ex.Message}"));
            return null;
        }
    }

    private IngestionResult Assemble(IReadOnlyList<Document> documents, List<IngestionProblem> problems)
    {
        var splitter = new ReportSplitter(organisations);
        var reports = new List<Report>();
        var dropped = new List<DroppedLine>();
        foreach (var document in documents)
        {
            var built = AssembleDocument(splitter, document, dropped);
            if (built.Count == 0 && document.Lines.Count > 0 && dropped.Count(d => d.SourcePath == document.SourcePath) < document.Lines.Count)
                problems.Add(new IngestionProblem(document.SourcePath, "no report found in the text"));
            else if (built.Count == 0)
                problems.Add(new IngestionProblem(document.SourcePath, document.Lines.Count == 0 ? "no text to index" : "only page chrome, no text to index"));
            reports.AddRange(built);
        }
        return new IngestionResult(reports, problems) { Dropped = dropped };
    }

    /// <summary>
    /// One source document: split into reports, repeats within it collapsed (the first place a paragraph appears, in
    /// reading order, is where it belongs), each report attributed and dated. Repeats are collapsed within a
    /// document only: the same paragraph in two documents stays with each, linked by its twin key.
    /// </summary>
    private List<Report> AssembleDocument(ReportSplitter splitter, Document document, List<DroppedLine> dropped)
    {
        var declaredOne = !string.IsNullOrWhiteSpace(document.Metadata?.Title);
        var split = splitter.Split(document.SourcePath, document.Lines, oneReport: declaredOne);
        var paged = Path.GetExtension(document.SourcePath).Equals(".pdf", StringComparison.OrdinalIgnoreCase);
        dropped.AddRange(split.Dropped.Select(d => new DroppedLine(document.SourcePath, Range(d.Line, paged), d.Reason, d.Line.Text)));

        var infos = split.Reports.Select((draft, i) => Describe(document, draft, i + 1, split.Reports.Count)).ToList();
        var dedup = new NearDuplicateIndex(options.NearDuplicateResemblance);
        var passages = new List<PassageBuilder>();
        var inFileOrder = infos
            .SelectMany(info => info.Draft.Paragraphs.Select(p => (Info: info, Paragraph: p)))
            .OrderBy(x => x.Paragraph.Sequence);
        foreach (var (info, paragraph) in inFileOrder)
        {
            var occurrence = OccurrenceOf(info, paragraph.Line, paragraph.SectionPath, paragraph.Line.Text, paged);
            foreach (var (text, normalized) in Unfused(paragraph.Line.Text, info, dedup, passages))
            {
                var place = occurrence with { Text = text };
                var earlier = dedup.FindOrAdd(normalized, passages.Count);
                if (earlier >= 0)
                {
                    passages[earlier].Occurrences.Add(place);
                    continue;
                }
                foreach (var piece in paragraph.Line.Pieces.Skip(1)) dedup.Alias(Normalized(piece.Text), passages.Count);
                var actor = attributor.PassageActor(text, info.Attribution);
                passages.Add(new PassageBuilder(info, normalized, text, paragraph.SectionPath,
                    actor ?? info.Attribution.Organisation, actor is null ? info.Attribution.Region : attributor.RegionOf(actor),
                    themes.For(text), [place]));
            }
        }
        GiveOrphansTheirOwn(infos, passages);

        var result = new List<Report>();
        foreach (var info in infos)
        {
            var own = passages.Where(p => p.Report == info).ToList();
            if (own.Count == 0) continue;
            var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
            var built = new List<Passage>(own.Count);
            foreach (var p in own)
            {
                var repeat = repeats.GetValueOrDefault(p.Normalized);
                repeats[p.Normalized] = repeat + 1;
                built.Add(new Passage(ContentIds.Passage(info.Id, p.Normalized, repeat), info.Id, built.Count + 1, p.Text, p.SectionPath,
                    p.Organisation, p.Region, p.Themes, p.Occurrences) { TwinKey = Twins.KeyOfNormalized(p.Normalized) });
            }
            result.Add(Build(document, split, info, built));
        }
        return result;
    }

    private Report Build(Document document, SplitDocument split, ReportInfo info, List<Passage> passages)
    {
        var sections = new List<Section>();
        foreach (var passage in passages)
        {
            if (sections.Count > 0 && sections[^1].HeadingPath.SequenceEqual(passage.SectionPath))
                ((List<Passage>)sections[^1].Passages).Add(passage);
            else
                sections.Add(new Section(passage.SectionPath, new List<Passage> { passage }));
        }
        var meta = document.Metadata;
        var reportThemes = meta?.Themes is { Count: > 0 } given ? given : ThemeTaxonomy.Aggregate(passages.Select(p => p.Themes).ToList());
        var credits = info.Draft.Credits.Concat(split.CollectionCredits).ToList();
        var stated = string.IsNullOrWhiteSpace(meta?.Date) ? credits.Select(c => StatedDate.In(c.Text)).FirstOrDefault(d => d is not null) : null;
        return new Report(info.Id, info.Title, info.Draft.Subtitle, info.Attribution.Organisation, info.Attribution.Region, reportThemes,
            string.IsNullOrWhiteSpace(meta?.Date) ? stated?.Iso : meta!.Date!.Trim(), meta?.SourceUrl, document.SourcePath, sections)
        {
            DatePrecision = stated?.Precision,
            DateText = stated?.Text,
            Credits = credits.Select(c => c.Text).ToList(),
            Collection = split.Collection,
            OrganisationSource = info.Attribution.OrganisationSource,
            RegionSource = info.Attribution.RegionSource,
        };
    }

    /// <summary>
    /// A paragraph that fuses an item of another report with its own (<c>一是…</c> repeated from another report, then
    /// this report's <c>二是…</c>) is split where the repeated item ends: the first part is then a repeat, the rest a
    /// paragraph of its own. Only an inline enumerated item (<c>。二是</c>) after a part that repeats another report's
    /// paragraph splits; a paragraph that merely enumerates (一是…二是…三是…) stays whole.
    /// </summary>
    private static IEnumerable<(string Text, string Normalized)> Unfused(string text, ReportInfo info, NearDuplicateIndex dedup, List<PassageBuilder> passages)
    {
        var rest = text;
        while (true)
        {
            var cut = -1;
            if (LineShapes.IsEnumerated(rest))
                foreach (Match boundary in InlineItem().Matches(rest))
                {
                    var earlier = dedup.Find(Normalized(rest[..boundary.Index]));
                    if (earlier >= 0 && passages[earlier].Report != info)
                    {
                        cut = boundary.Index;
                        break;
                    }
                }
            if (cut < 0)
            {
                yield return (rest, Normalized(rest));
                yield break;
            }
            yield return (rest[..cut], Normalized(rest[..cut]));
            rest = rest[cut..];
        }
    }

    /// <summary>
    /// A declared report (its own title and byline) whose every paragraph repeats an earlier report of the same
    /// document would vanish into the other report's passages; it keeps its paragraphs as passages of its own instead.
    /// </summary>
    private static void GiveOrphansTheirOwn(List<ReportInfo> infos, List<PassageBuilder> passages)
    {
        foreach (var info in infos)
        {
            if (info.Draft.Paragraphs.Count == 0 || passages.Any(p => p.Report == info)) continue;
            var byText = new Dictionary<string, PassageBuilder>(StringComparer.Ordinal);
            foreach (var passage in passages.ToList())
                foreach (var occurrence in passage.Occurrences.Where(o => o.ReportId == info.Id).ToList())
                {
                    passage.Occurrences.Remove(occurrence);
                    var normalized = Normalized(occurrence.Text);
                    if (byText.TryGetValue(normalized, out var own)) own.Occurrences.Add(occurrence);
                    else passages.Add(byText[normalized] = passage with
                    {
                        Report = info, Normalized = normalized, Text = occurrence.Text, SectionPath = occurrence.SectionPath,
                        Organisation = info.Attribution.Organisation, Region = info.Attribution.Region, Occurrences = [occurrence],
                    });
                }
        }
    }

    private static string Normalized(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return normalized.Length > 0 ? normalized : text.Trim();
    }

    private static Occurrence OccurrenceOf(ReportInfo info, SourceLine line, IReadOnlyList<string> sectionPath, string text, bool paged)
    {
        var ranges = (line.Pieces.Count > 0 ? line.Pieces : [line]).Select(piece => Range(piece, paged)).ToList();
        return new Occurrence(info.Id, info.Draft.SourcePath, ranges[0].First, sectionPath, text) { Page = ranges[0].FirstPage, Ranges = ranges };
    }

    /// <summary>The lines of a source line; a PDF reader numbers them page × 1000 + line.</summary>
    private static LineRange Range(SourceLine line, bool paged) =>
        paged ? new LineRange(line.Number % 1000, line.Last % 1000, line.Number / 1000, line.Last / 1000) : new LineRange(line.Number, line.Last);

    private sealed record ReportInfo(string Id, string Title, Attribution Attribution, DraftReport Draft);

    private sealed record PassageBuilder(ReportInfo Report, string Normalized, string Text, IReadOnlyList<string> SectionPath, string Organisation, string? Region,
        IReadOnlyList<string> Themes, List<Occurrence> Occurrences);

    /// <summary>
    /// A report's id (from its place: the document's id or path and its ordinal), title (given for a document declared
    /// to be one report, else found) and attribution.
    /// </summary>
    private ReportInfo Describe(Document document, DraftReport draft, int ordinal, int reportsInDocument)
    {
        var meta = document.Metadata;
        var title = reportsInDocument == 1 && !string.IsNullOrWhiteSpace(meta?.Title) ? meta!.Title!.Trim() : draft.Title;
        // A report split off by its actor, or an item headed by its organisation, has the splitter's organisation for a byline.
        var attribution = attributor.Attribute(new AttributionInput(document.SourcePath, title, draft.Subtitle ?? draft.Organisation,
            draft.Paragraphs.Select(p => p.Line.Text).ToList(), meta));
        var id = document.Id is { } given ? ContentIds.ReportOfDocument(given, ordinal) : ContentIds.Report(document.SourcePath, ordinal);
        return new ReportInfo(id, title, attribution, draft);
    }

    [GeneratedRegex(@"(?<=[。；;])[二三四五六七八九十]+是")]
    private static partial Regex InlineItem();
}
