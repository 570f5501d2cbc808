using System.Text.Json;
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
public sealed class IngestionPipeline
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly IngestionOptions options;
    private readonly Gazetteer gazetteer;
    private readonly OrganisationDirectory organisations;
    private readonly ThemeTaxonomy themes;
    private readonly DocumentReader reader;
    private readonly ReportAttributor attributor;
    private readonly Corrections corrections;

    public IngestionPipeline(IngestionOptions? options = null)
    {
        this.options = options ?? new IngestionOptions();
        reader = new DocumentReader(this.options.Limits.Validated());
        gazetteer = Gazetteer.Load(IngestionOptions.DataFile(this.options.GazetteerPath, "gazetteer.tsv"));
        organisations = OrganisationDirectory.Load(IngestionOptions.DataFile(this.options.OrganisationsPath, "organisations.tsv"), gazetteer);
        themes = ThemeTaxonomy.Load(IngestionOptions.DataFile(this.options.ThemesPath, "themes.tsv"), this.options.ThemeThreshold);
        attributor = new ReportAttributor(organisations, gazetteer);
        corrections = Corrections.Load(IngestionOptions.DataFile(this.options.CorrectionsPath, "corrections.tsv"));
    }

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
        var documents = new List<Document>();
        var problems = new List<IngestionProblem>();
        var folderCorrections = Corrections.Empty;
        if (File.Exists(path))
        {
            Read(Path.GetFileName(path), path, documents, problems, cancellation);
        }
        else if (Directory.Exists(path))
        {
            folderCorrections = Corrections.Load(Path.Combine(path, CorrectionsFileName));
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => DocumentReader.Extensions.Contains(Path.GetExtension(f)))
                .Order(StringComparer.Ordinal)
                .ToList();
            for (var i = 0; i < files.Count; i++)
            {
                Read(Path.GetRelativePath(path, files[i]).Replace('\\', '/'), files[i], documents, problems, cancellation);
                filesRead?.Report((i + 1, files.Count));
            }
        }
        else
        {
            problems.Add(new IngestionProblem(path, "no such file or folder"));
        }
        return Assemble(documents, problems, folderCorrections.Then(corrections));
    }

    /// <summary>
    /// One uploaded file; <paramref name="fileName"/> is a label and decides the format by its extension. Read within
    /// <see cref="IngestionOptions.Limits"/>: a file that cannot be read is an exception, not a problem in the result,
    /// since there is nothing else to ingest.
    /// </summary>
    /// <exception cref="DocumentTooLargeException">The file is over a limit (bytes, inflated part, text, pages, content stream).</exception>
    /// <exception cref="DocumentUnreadableException">The file is corrupt, not of its extension's format, nested too deep, or too slow to read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public IngestionResult IngestFile(string fileName, Stream content, ReportMetadata? metadata = null, CancellationToken cancellation = default)
    {
        var lines = reader.Read(fileName, content, cancellation);
        return Assemble([new Document(fileName, lines, metadata)], [], corrections);
    }

    /// <inheritdoc cref="IngestFile"/>
    public IngestionResult IngestText(string sourceName, string text, ReportMetadata? metadata = null, CancellationToken cancellation = default)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return IngestFile(Path.HasExtension(sourceName) && DocumentReader.Extensions.Contains(Path.GetExtension(sourceName)) ? sourceName : sourceName + ".txt", stream, metadata, cancellation);
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

    private sealed record Document(string SourcePath, IReadOnlyList<SourceLine> Lines, ReportMetadata? Metadata);

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
        var splitter = new ReportSplitter(organisations);
        var dedup = new NearDuplicateIndex(options.NearDuplicateResemblance);
        var drafts = new List<(DraftReport Draft, ReportMetadata? Meta, ReportInfo Info)>();
        var passages = new List<PassageBuilder>();

        foreach (var document in documents)
        {
            var reports = splitter.Split(document.SourcePath, document.Lines);
            var described = reports.Select((draft, i) => (Draft: draft, Info: Describe(draft, document.Metadata, reports.Count, i + 1, corrections))).ToList();
            drafts.AddRange(described.Select(d => (d.Draft, document.Metadata, d.Info)));
            // In the order of the file, not of the reports: the first place a paragraph appears is where it belongs.
            var inFileOrder = described
                .SelectMany(d => d.Draft.Paragraphs.Select(p => (d.Draft, d.Info, Paragraph: p)))
                .OrderBy(x => x.Paragraph.Line.Number);
            foreach (var (draft, info, paragraph) in inFileOrder)
            {
                {
                    var normalized = TextNormalizer.Normalize(paragraph.Line.Text);
                    if (normalized.Length == 0) continue;
                    var occurrence = new Occurrence(info.Id, draft.SourcePath, paragraph.Line.Number, paragraph.SectionPath, paragraph.Line.Text);
                    var earlier = dedup.FindOrAdd(normalized, passages.Count);
                    if (earlier >= 0)
                    {
                        passages[earlier].Occurrences.Add(occurrence);
                        continue;
                    }
                    var actor = attributor.PassageActorWithEvidence(paragraph.Line.Text, info.Attribution);
                    var organisation = actor?.Organisation ?? info.Organisation;
                    var region = actor is null ? info.Region : attributor.RegionOf(organisation);
                    var matched = themes.Match(ScriptFold.Default.Fold(paragraph.Line.Text));
                    passages.Add(new PassageBuilder(info, ContentIds.Passage(info.Id, normalized), paragraph.Line.Text, paragraph.SectionPath,
                        organisation, region, matched.Select(m => m.Theme).ToList(), [occurrence])
                    {
                        ThemeEvidence = matched.Count == 0 ? null : matched.ToDictionary(m => m.Theme, m => m.Keywords),
                        ActorEvidence = actor?.Evidence,
                    });
                }
            }
        }

        var byReport = passages.GroupBy(p => p.Report.Id).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<Report>();
        foreach (var (draft, meta, info) in drafts.DistinctBy(d => d.Info.Id))
        {
            if (!byReport.TryGetValue(info.Id, out var own)) continue;
            var built = own.Select((p, ordinal) => new Passage(p.Id, info.Id, ordinal + 1, p.Text, p.SectionPath, p.Organisation, p.Region, p.Themes, p.Occurrences)
                { ThemeEvidence = p.ThemeEvidence, ActorEvidence = p.ActorEvidence }).ToList();
            var sections = new List<Section>();
            foreach (var passage in built)
            {
                if (sections.Count > 0 && sections[^1].HeadingPath.SequenceEqual(passage.SectionPath))
                    ((List<Passage>)sections[^1].Passages).Add(passage);
                else
                    sections.Add(new Section(passage.SectionPath, new List<Passage> { passage }));
            }
            var reportThemes = info.Themes
                ?? (meta?.Themes is { Count: > 0 } given ? given.Select(themes.Aliases.Canonical).Distinct().ToList()
                : themes.Aggregate(built.Select(p => p.Themes).ToList(), ScriptFold.Default.Fold(info.Title + "\n" + string.Join("\n", built.Select(p => p.Text)))));
            result.Add(new Report(info.Id, info.Title, draft.Subtitle, info.Organisation, info.Region, reportThemes, meta?.Date, meta?.SourceUrl, draft.SourcePath, sections)
            {
                OrganisationSource = info.Attribution.OrganisationSource,
                RegionSource = info.Attribution.RegionSource,
            });
        }
        return new IngestionResult(result, problems);
    }

    private sealed record ReportInfo(string Id, string Title, Attribution Attribution, IReadOnlyList<string>? Themes)
    {
        public string Organisation => Attribution.Organisation;
        public string? Region => Attribution.Region;
    }

    private sealed record PassageBuilder(ReportInfo Report, string Id, string Text, IReadOnlyList<string> SectionPath, string Organisation, string? Region,
        IReadOnlyList<string> Themes, List<Occurrence> Occurrences)
    {
        public IReadOnlyDictionary<string, IReadOnlyList<string>>? ThemeEvidence { get; init; }
        public string? ActorEvidence { get; init; }
    }

    /// <summary>
    /// Title, organisation and region of a report (given metadata first, then what the byline, title and text say) and
    /// a person's correction of them. The id is computed before the correction, so correcting never changes it.
    /// </summary>
    private ReportInfo Describe(DraftReport draft, ReportMetadata? meta, int reportsInDocument, int ordinal, Corrections corrections)
    {
        var title = reportsInDocument == 1 && !string.IsNullOrWhiteSpace(meta?.Title) ? meta!.Title!.Trim() : draft.Title;
        var attribution = attributor.Attribute(new AttributionInput(draft.SourcePath, title, draft.Subtitle, draft.Paragraphs.Select(p => p.Line.Text).ToList(), meta));
        var id = ContentIds.Report(draft.SourcePath, title, attribution.Organisation);
        IReadOnlyList<string>? correctedThemes = null;
        if (corrections.For(id, draft.SourcePath, ordinal) is { } correction)
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
        return new ReportInfo(id, title, attribution, correctedThemes);
    }
}
