using System.Text.Json;
using System.Text.RegularExpressions;
using SearchService.Ingestion.Dates;
using SearchService.Ingestion.Dedup;
using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;
using SearchService.Ingestion.Splitting;

namespace SearchService.Ingestion;

/// <summary>
/// Source documents → reports → sections → passages: read (txt/md/docx/pdf, any common Chinese encoding), split
/// without losing a line, collapse duplicate paragraphs within each document (keeping every place they occurred, and
/// linking the same paragraph across documents by its twin key), attribute organisation, region, themes and date.
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
    private readonly DocumentReader reader;
    private readonly ReportAttributor attributor;
    private readonly Corrections corrections;
    private readonly ScriptFold fold = ScriptFold.Default;
    private readonly Action<string, Attribution>? attributed;
    private readonly ActorChangeWeights actorChange;

    public IngestionPipeline(IngestionOptions? options = null) : this(options, null)
    {
    }

    /// <summary>A pipeline that tells <paramref name="attributed"/> each report's id and attribution with the organisation candidates it was chosen from (for measuring scorers).</summary>
    internal IngestionPipeline(IngestionOptions? options, Action<string, Attribution>? attributed)
    {
        this.attributed = attributed;
        this.options = options ?? new IngestionOptions();
        reader = new DocumentReader(this.options.Limits.Validated(), PinyinGlosses.Load(PinyinGlosses.ShippedPath));
        gazetteer = Gazetteer.Load(IngestionOptions.DataFile(this.options.GazetteerPath, "gazetteer.tsv"));
        organisations = OrganisationDirectory.Load(IngestionOptions.DataFile(this.options.OrganisationsPath, "organisations.tsv"), gazetteer);
        themes = ThemeTaxonomy.Load(IngestionOptions.DataFile(this.options.ThemesPath, "themes.tsv"), this.options.ThemeThreshold, gazetteer.PlaceNames);
        var scorer = this.options.HandSetOrganisationScoring ? null : OrganisationScorer.Load(IngestionOptions.DataFile(this.options.OrganisationScorerPath, "organisation-scorer.tsv"));
        attributor = new ReportAttributor(organisations, gazetteer, fold, scorer, recordChoices: attributed is not null);
        corrections = Corrections.Load(IngestionOptions.DataFile(this.options.CorrectionsPath, "corrections.tsv"));
        actorChange = ActorChangeWeights.Load(IngestionOptions.DataFile(null, ActorChangeWeights.FileName));
        Names = new KnownNames(gazetteer, organisations);
    }

    /// <summary>Places, organisations and themes by the names ingestion knows them by (for reading a query word as one).</summary>
    public KnownNames Names { get; }

    /// <summary>How much work one document may cost to read.</summary>
    public DocumentLimits Limits => options.Limits;

    /// <summary>File name of the corrections a folder of sources may hold at its root (beside the documents it corrects).</summary>
    public const string CorrectionsFileName = "corrections.tsv";

    /// <summary>The theme names of the taxonomy.</summary>
    public IReadOnlyList<string> Themes => themes.Themes;

    /// <summary>A file, or a folder read recursively (.txt .md .docx .pdf; other files are ignored).</summary>
    /// <param name="filesRead">Reports (files read so far, files in all) after each file.</param>
    /// <param name="cancellation">Stops between files and inside a file's reading.</param>
    public IngestionResult IngestPath(string path, IProgress<(int Done, int Total)>? filesRead = null, CancellationToken cancellation = default)
    {
        if (File.Exists(path))
        {
            var documents = new List<Document>();
            var problems = new List<IngestionProblem>();
            Read(Path.GetFileName(path), path, documents, problems, cancellation);
            return Assemble(documents, problems, corrections);
        }
        if (!Directory.Exists(path)) return new IngestionResult([], [new IngestionProblem(path, "no such file or folder")]);
        var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => DocumentReader.Extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))
            .ToList();
        return IngestEach(path, files, Corrections.Load(Path.Combine(path, CorrectionsFileName)).Then(corrections), filesRead, cancellation);
    }

    /// <summary>
    /// Some files of a sources folder, by their paths relative to it (as <see cref="IngestPath"/> names them). Each
    /// document is ingested on its own, so ingesting only the files that changed gives the same reports as ingesting all.
    /// </summary>
    public IngestionResult IngestFiles(string root, IReadOnlyList<string> relativePaths, IProgress<(int Done, int Total)>? filesRead = null, CancellationToken cancellation = default) =>
        IngestEach(root, relativePaths, Corrections.Load(Path.Combine(root, CorrectionsFileName)).Then(corrections), filesRead, cancellation);

    /// <summary>
    /// Files of a folder, each read and assembled on its own — on as many threads as there are cores, since documents
    /// do not depend on each other — and put together in the order given, so the result is the same on any machine.
    /// A file's lines are let go as soon as its reports are made.
    /// </summary>
    private IngestionResult IngestEach(string root, IReadOnlyList<string> relativePaths, Corrections applied, IProgress<(int Done, int Total)>? filesRead, CancellationToken cancellation)
    {
        var results = new IngestionResult[relativePaths.Count];
        var done = 0;
        var progress = new System.Threading.Lock();
        try
        {
            Parallel.For(0, relativePaths.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation }, i =>
            {
                var documents = new List<Document>(1);
                var problems = new List<IngestionProblem>();
                Read(relativePaths[i], Path.Combine(root, relativePaths[i]), documents, problems, cancellation);
                results[i] = Assemble(documents, problems, applied);
                lock (progress) filesRead?.Report((++done, relativePaths.Count));
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        return new IngestionResult([.. results.SelectMany(r => r.Reports)], [.. results.SelectMany(r => r.Problems)])
        {
            Dropped = [.. results.SelectMany(r => r.Dropped)],
        };
    }

    /// <summary>
    /// One uploaded file; <paramref name="fileName"/> is a label and decides the format by its extension. Read within
    /// <see cref="IngestionOptions.Limits"/>: a file that cannot be read is an exception, not a problem in the result,
    /// since there is nothing else to ingest.
    /// </summary>
    /// <param name="documentId">
    /// The document's own id (given by the client, or assigned by the server): its reports are <c>id</c>, <c>id-2</c>…,
    /// whatever their titles and organisations. Null: ids come from <paramref name="fileName"/> and each report's ordinal.
    /// </param>
    /// <exception cref="DocumentTooLargeException">The file is over a limit (bytes, inflated part, text, pages, content stream).</exception>
    /// <exception cref="DocumentUnreadableException">The file is corrupt, not of its extension's format, nested too deep, or too slow to read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public IngestionResult IngestFile(string fileName, Stream content, ReportMetadata? metadata = null, string? documentId = null, CancellationToken cancellation = default)
    {
        var lines = reader.Read(fileName, content, cancellation);
        return Assemble([new Document(fileName, lines, metadata, documentId)], [], corrections);
    }

    /// <inheritdoc cref="IngestFile"/>
    public IngestionResult IngestText(string sourceName, string text, ReportMetadata? metadata = null, string? documentId = null, CancellationToken cancellation = default)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return IngestFile(Path.HasExtension(sourceName) && DocumentReader.Extensions.Contains(Path.GetExtension(sourceName)) ? sourceName : sourceName + ".txt", stream, metadata, documentId, cancellation);
    }

    /// <summary>
    /// A person's correction applied to a report already ingested, with the same result as the corrections file gives
    /// during ingestion: names canonical, a region resolved in the gazetteer, ids unchanged. A corrected organisation is
    /// given, so — as in ingestion — every passage takes it; a corrected region goes to every passage that follows the
    /// report's organisation. Null fields of the correction keep what the report has.
    /// </summary>
    public Report Correct(Report report, Correction correction)
    {
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : ScriptFold.Default.Fold(value.Trim());
        var organisation = Clean(correction.Organisation) is { } o ? organisations.Canonical(o) : null;
        var region = Clean(correction.Region)?.Replace(" › ", "/").Replace('›', '/') is { } r ? gazetteer.Resolve(r) ?? r : null;
        var reportThemes = correction.Themes?.Select(Clean).OfType<string>().Select(themes.Aliases.Canonical).Distinct().ToList();
        var reportRegion = region ?? report.Region;
        return report with
        {
            Organisation = organisation ?? report.Organisation,
            Region = reportRegion,
            Themes = reportThemes ?? report.Themes,
            Sections = report.Sections.Select(section => section with
            {
                Passages = section.Passages.Select(passage =>
                    organisation is not null ? passage with { Organisation = organisation, Region = reportRegion, ActorEvidence = null }
                    : region is not null && passage.ActorEvidence is null ? passage with { Region = reportRegion }
                    : passage).ToList(),
            }).ToList(),
            OrganisationSource = organisation is not null ? "correction" : report.OrganisationSource,
            RegionSource = region is not null ? "correction" : report.RegionSource,
        };
    }


    /// <summary>An id for a document that has neither a path nor a client's id (an API upload), from its content and given metadata.</summary>
    public static string DocumentId(ReadOnlySpan<byte> content, ReportMetadata? metadata) => ContentIds.Document(content, metadata);

    private sealed record Document(string SourcePath, IReadOnlyList<SourceLine> Lines, ReportMetadata? Metadata, string? Id = null);

    private void Read(string sourcePath, string file, List<Document> documents, List<IngestionProblem> problems, CancellationToken cancellation)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var lines = reader.Read(file, stream, cancellation);
            documents.Add(new Document(sourcePath, lines, ReadSidecar(sourcePath, file, problems)));
        }
        catch (Exception ex) when (ex is DocumentReadException or IOException or UnauthorizedAccessException)
        {
            problems.Add(new IngestionProblem(sourcePath, ex.Message));
        }
    }

    /// <summary>A sidecar holds a few short fields; anything larger is not one.</summary>
    private const int MaxSidecarBytes = 64 * 1024;

    private static ReportMetadata? ReadSidecar(string sourcePath, string file, List<IngestionProblem> problems)
    {
        var sidecar = Path.ChangeExtension(file, ".meta.json");
        if (!File.Exists(sidecar)) return null;
        try
        {
            if (new FileInfo(sidecar).Length > MaxSidecarBytes)
                throw new IOException($"the file is over {MaxSidecarBytes:N0} bytes");
            var metadata = JsonSerializer.Deserialize<ReportMetadata>(File.ReadAllText(sidecar), Json);
            if (metadata is not null && ReportMetadataLimits.Errors(metadata) is { Count: > 0 } errors)
                throw new IOException(string.Join(" ", errors.Values.SelectMany(e => e)));
            return metadata;
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            problems.Add(new IngestionProblem(Path.ChangeExtension(sourcePath, ".meta.json"), $"sidecar ignored, not valid metadata: {ex.Message}"));
            return null;
        }
    }

    private IngestionResult Assemble(IReadOnlyList<Document> documents, List<IngestionProblem> problems, Corrections corrections)
    {
        var splitter = new ReportSplitter(organisations, fold, actorChange);
        var reports = new List<Report>();
        var dropped = new List<DroppedLine>();
        foreach (var document in documents)
        {
            var droppedBefore = dropped.Count;
            var built = AssembleDocument(splitter, document, dropped, corrections);
            if (built.Count == 0)
                problems.Add(new IngestionProblem(document.SourcePath, document.Lines.Count == 0 ? "no text to index"
                    : dropped.Count > droppedBefore ? "only page chrome, no text to index" : "no report found in the text"));
            reports.AddRange(built);
        }
        return new IngestionResult(reports, problems) { Dropped = dropped };
    }

    /// <summary>
    /// One source document: split into reports, repeats within it collapsed (the first place a paragraph appears, in
    /// reading order, is where it belongs), each report attributed and dated. Repeats are collapsed within a
    /// document only: the same paragraph in two documents stays with each, linked by its twin key.
    /// </summary>
    private List<Report> AssembleDocument(ReportSplitter splitter, Document document, List<DroppedLine> dropped, Corrections corrections)
    {
        var declaredOne = !string.IsNullOrWhiteSpace(document.Metadata?.Title);
        var split = splitter.Split(document.SourcePath, document.Lines, oneReport: declaredOne, maxParagraphChars: options.Limits.MaxPassageChars);
        var paged = Path.GetExtension(document.SourcePath).Equals(".pdf", StringComparison.OrdinalIgnoreCase);
        dropped.AddRange(split.Dropped.Select(d => new DroppedLine(document.SourcePath, Range(d.Line, paged), d.Reason, d.Line.Text)));
        // Text reading removed from a line (pinyin glosses) is recorded with the line as written: nothing disappears unaccounted.
        dropped.AddRange(document.Lines.Where(l => l.AsWritten is not null).DistinctBy(l => l.Number)
            .Select(l => new DroppedLine(document.SourcePath, Range(l, paged), $"pinyin glosses removed: {l.Removed}", l.AsWritten!)));

        // The collection's title and credits (a paper's page: 某省工人报官方网站 | …, 第3版, 出版日期 above its items) are
        // held by no report, yet they are the page's own lines: its items read them as site lines.
        var siteLines = split.Dropped.Select(d => d.Line.Text).Concat(split.CollectionCredits.Select(c => c.Text))
            .Concat(split.Collection is { } collection ? [collection] : []).ToList();
        IReadOnlyList<string> page = split.Reports.Count > 1 ? split.Reports.SelectMany(r => r.Paragraphs.Select(p => p.Line.Text)).ToList() : [];
        // The page's masthead above its first item (某省工人报官方网站 | …, 出版日期, 第3版) is kept as that item's credits,
        // yet it is the whole page's: every later item reads it as a site line.
        var laterItemsSiteLines = split.Reports.Count > 1 ? siteLines.Concat(PageHeader(split.Reports[0])).ToList() : siteLines;
        var infos = split.Reports.Select((draft, i) => Describe(document, draft, i + 1, split.Reports.Count, corrections, i == 0 ? siteLines : laterItemsSiteLines, page)).ToList();
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
                var actor = attributor.PassageActorWithEvidence(text, info.Attribution);
                var matched = themes.Match(fold.Fold(text));
                passages.Add(new PassageBuilder(info, normalized, text, paragraph.SectionPath,
                    actor?.Organisation ?? info.Attribution.Organisation, actor is null ? info.Attribution.Region : attributor.RegionOf(actor.Value.Organisation),
                    matched.Select(m => m.Theme).ToList(), [place])
                {
                    ThemeEvidence = matched.Count == 0 ? null : matched.ToDictionary(m => m.Theme, m => m.Keywords),
                    ActorEvidence = actor?.Evidence,
                });
            }
        }
        GiveOrphansTheirOwn(infos, passages);

        var result = new List<Report>();
        var byReport = passages.GroupBy(p => p.Report).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var info in infos)
        {
            if (!byReport.TryGetValue(info, out var own)) continue;
            var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
            var built = new List<Passage>(own.Count);
            foreach (var p in own)
            {
                var repeat = repeats.GetValueOrDefault(p.Normalized);
                repeats[p.Normalized] = repeat + 1;
                built.Add(new Passage(ContentIds.Passage(info.Id, p.Normalized, repeat), info.Id, built.Count + 1, p.Text, p.SectionPath,
                    p.Organisation, p.Region, p.Themes, p.Occurrences)
                {
                    TwinKey = Twins.KeyOfNormalized(p.Normalized),
                    ThemeEvidence = p.ThemeEvidence,
                    ActorEvidence = p.ActorEvidence,
                });
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
        var reportThemes = info.Themes
            ?? (meta?.Themes is { Count: > 0 } given ? given.Select(themes.Aliases.Canonical).Distinct().ToList()
            : themes.ForReport(fold.Fold(info.Subtitle is null ? info.Title : info.Title + "\n" + info.Subtitle), passages.SelectMany(p => p.SectionPath).Select(fold.Fold).ToList(),
                passages.Select(p => fold.Fold(p.Text)).ToList()));
        var credits = info.Draft.Credits.Concat(split.CollectionCredits).ToList();
        var stated = string.IsNullOrWhiteSpace(meta?.Date) ? credits.Select(c => StatedDate.In(c.Text)).FirstOrDefault(d => d is not null) : null;
        return new Report(info.Id, info.Title, info.Subtitle, info.Attribution.Organisation, info.Attribution.Region, reportThemes,
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
                // The first items are enough: a fused paragraph joins two reports' items near its start.
                foreach (var boundary in InlineItem().Matches(rest).Take(MaxFusedItems))
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
        var owners = passages.Select(p => p.Report).ToHashSet();
        var orphans = infos.Where(i => i.Draft.Paragraphs.Count > 0 && !owners.Contains(i)).ToDictionary(i => i.Id);
        if (orphans.Count == 0) return;
        var byText = new Dictionary<(string Report, string Text), PassageBuilder>();
        foreach (var passage in passages.ToList())
            foreach (var occurrence in passage.Occurrences.Where(o => orphans.ContainsKey(o.ReportId)).ToList())
            {
                var info = orphans[occurrence.ReportId];
                passage.Occurrences.Remove(occurrence);
                var normalized = Normalized(occurrence.Text);
                if (byText.TryGetValue((info.Id, normalized), out var own)) own.Occurrences.Add(occurrence);
                else passages.Add(byText[(info.Id, normalized)] = passage with
                {
                    Report = info, Normalized = normalized, Text = occurrence.Text, SectionPath = occurrence.SectionPath,
                    Organisation = info.Attribution.Organisation, Region = info.Attribution.Region, Occurrences = [occurrence],
                    ActorEvidence = null,
                });
            }
    }

    /// <summary>The credits a report holds above its text: the page's labels over its headline when it is the page's first item.</summary>
    private static IEnumerable<string> PageHeader(DraftReport first) =>
        first.Paragraphs.Count == 0 ? [] : first.Credits.Where(c => c.Number < first.Paragraphs.Min(p => p.Line.Number)).Select(c => c.Text);

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

    /// <param name="Themes">A person's correction of the report's themes; null when not corrected.</param>
    private sealed record ReportInfo(string Id, string Title, Attribution Attribution, DraftReport Draft, IReadOnlyList<string>? Themes)
    {
        public string? Subtitle { get; init; } = Draft.Subtitle;
    }

    private sealed record PassageBuilder(ReportInfo Report, string Normalized, string Text, IReadOnlyList<string> SectionPath, string Organisation, string? Region,
        IReadOnlyList<string> Themes, List<Occurrence> Occurrences)
    {
        public IReadOnlyDictionary<string, IReadOnlyList<string>>? ThemeEvidence { get; init; }
        public string? ActorEvidence { get; init; }
    }

    /// <summary>
    /// A report's id (from its place: the document's id or path and its ordinal), title (given for a document declared
    /// to be one report, else found), attribution (given metadata first, then what the byline, title and text say) and
    /// a person's correction of them, applied after the id, so correcting never changes it.
    /// </summary>
    private ReportInfo Describe(Document document, DraftReport draft, int ordinal, int reportsInDocument, Corrections corrections, IReadOnlyList<string> siteLines,
        IReadOnlyList<string> page)
    {
        var meta = document.Metadata;
        var title = reportsInDocument == 1 && !string.IsNullOrWhiteSpace(meta?.Title) ? meta!.Title!.Trim() : draft.Title;
        // A report split off by its actor, or an item headed by its organisation, has the splitter's organisation for a byline.
        var attribution = attributor.Attribute(new AttributionInput(document.SourcePath, title, draft.Subtitle ?? draft.Organisation,
            draft.Paragraphs.Select(p => p.Line.Text).ToList(), meta)
        {
            Headings = draft.Paragraphs.SelectMany(p => p.SectionPath).Distinct(StringComparer.Ordinal).ToList(),
            Credits = draft.Credits.Select(c => c.Text).ToList(),
            SiteLines = siteLines,
            PageParagraphs = page,
        });
        var id = document.Id is { } given ? ContentIds.ReportOfDocument(given, ordinal) : ContentIds.Report(document.SourcePath, ordinal);
        attributed?.Invoke(id, attribution);
        IReadOnlyList<string>? correctedThemes = null;
        if (corrections.For(id, document.SourcePath, ordinal) is { } correction)
        {
            attribution = attribution with
            {
                Organisation = correction.Organisation is { } o ? organisations.Canonical(o) : attribution.Organisation,
                OrganisationSource = correction.Organisation is not null ? "correction" : attribution.OrganisationSource,
                Region = correction.Region is { } r ? gazetteer.Resolve(r) ?? r : attribution.Region,
                RegionSource = correction.Region is not null ? "correction" : attribution.RegionSource,
            };
            correctedThemes = correction.Themes?.Select(themes.Aliases.Canonical).Distinct().ToList();
        }
        return new ReportInfo(id, title, attribution, draft, correctedThemes) { Subtitle = SubtitleKeepingTitleLine(document, draft, title) };
    }

    /// <summary>
    /// A given title (sidecar, API) takes the place of the title the text states; that line is still the text's, so
    /// it stays with the report as its subtitle rather than disappearing.
    /// </summary>
    private static string? SubtitleKeepingTitleLine(Document document, DraftReport draft, string title)
    {
        var stated = draft.Title.Trim();
        if (stated.Length == 0 || stated == title || title.Contains(stated, StringComparison.Ordinal)
            || stated == Path.GetFileNameWithoutExtension(document.SourcePath))
            return draft.Subtitle;
        return draft.Subtitle is null ? stated : $"{stated}　{draft.Subtitle}";
    }

    private const int MaxFusedItems = 12;

    [GeneratedRegex(@"(?<=[。；;])[二三四五六七八九十]+是")]
    private static partial Regex InlineItem();
}
