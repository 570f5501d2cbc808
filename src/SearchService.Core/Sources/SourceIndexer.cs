using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Ingestion;

namespace SearchService.Core.Sources;

/// <summary>
/// Brings the index in line with the sources folder and the document store. A rebuild (or an index never built) ingests
/// every file of the folder and every document kept in the store and replaces the index in one commit; documents
/// written while it reads are ingested too before that commit, so no acknowledged write is left out. Otherwise it is
/// incremental: files whose content hash is unchanged are left alone, changed and new files are re-indexed, deleted files
/// removed — also in one commit, so an interrupted run leaves the previous index intact. Either way the store's
/// decisions (deletions, corrections, reports replaced through the API) are applied (<see cref="DecisionRules"/>). The
/// whole folder is still read on an incremental run because duplicates are detected across files.
/// </summary>
public sealed class SourceIndexer
{
    private readonly IndexService index;
    private readonly IngestionPipeline pipeline;
    private readonly DocumentStore store;
    private readonly DocumentIngestion documents;
    private readonly DecisionRules decisions;
    private readonly WriteGate gate;
    private readonly ILogger log;

    public SourceIndexer(IndexService index, IngestionPipeline pipeline, DocumentStore store, WriteGate gate, ILogger<SourceIndexer>? logger = null)
    {
        this.index = index;
        this.pipeline = pipeline;
        this.store = store;
        this.gate = gate;
        documents = new DocumentIngestion(pipeline, store);
        decisions = new DecisionRules(store, pipeline);
        log = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>For tools and tests that index a folder on their own: the document store in its default place in the index folder.</summary>
    public SourceIndexer(IndexService index, IngestionPipeline pipeline)
        : this(index, pipeline, new DocumentStore(Path.Combine(index.IndexPath, DocumentsOptions.DefaultFolderName)), new WriteGate())
    {
    }

    /// <param name="progress">
    /// Phase (scanning, reading, documents, indexing) with its done/total counts: files of the folder, then (a rebuild)
    /// documents of the store, then passages.
    /// </param>
    public IndexRunSummary Run(string sourcesPath, bool rebuild = false, IProgress<IndexProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new IndexProgress("scanning", 0, 0));
        var current = SourceFiles.Scan(sourcesPath);
        var indexed = index.Sources().ToDictionary(s => s.Path, s => s.Hash, StringComparer.Ordinal);
        rebuild |= !index.HasBeenBuilt;

        var changed = rebuild ? current : current.Where(f => !indexed.TryGetValue(f.Path, out var hash) || hash != f.Hash).ToList();
        var removed = rebuild ? [] : indexed.Keys.Except(current.Select(f => f.Path), StringComparer.Ordinal).ToList();
        if (!rebuild && changed.Count == 0 && removed.Count == 0)
        {
            log.LogInformation("Index is up to date with {Files} source files", current.Count);
            return Summary(current.Count, 0, 0, [], [], 0);
        }

        var reading = progress is null ? null : new SyncProgress<(int Done, int Total)>(p => progress.Report(new IndexProgress("reading", p.Done, p.Total)));
        var result = rebuild ? pipeline.IngestPath(sourcesPath, reading) : pipeline.IngestFiles(sourcesPath, changed.Select(f => f.Path).ToList(), reading);
        foreach (var problem in result.Problems) log.LogWarning("Skipped {Path}: {Message}", problem.Path, problem.Message);

        var failed = result.Problems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var changedPaths = changed.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var sourceReports = result.Reports.Where(r => changedPaths.Contains(r.SourcePath)).ToList();
        var fingerprints = changed.Where(f => !failed.Contains(f.Path) && !failed.Contains(Path.Combine(sourcesPath, f.Path))).ToList();
        var problems = result.Problems.ToList();

        var written = progress is null ? null : new SyncProgress<(int Done, int Total)>(p => progress.Report(new IndexProgress("indexing", p.Done, p.Total)));
        if (!rebuild)
        {
            IReadOnlyList<Report> reports;
            using (gate.Enter())
            {
                reports = decisions.ForSources(sourceReports);
                index.ReplaceSources(reports, fingerprints, removed, written);
            }
            return Logged(Summary(current.Count, fingerprints.Count, removed.Count, problems, reports, 0) with { LinesDropped = result.Dropped.Count });
        }

        // Reports only the index holds (written through the API before the store existed) are kept first, or the
        // rebuild would drop them.
        if (index.HasBeenBuilt)
            using (gate.Enter())
                new IndexOnlyReports(index, store, null).Import();

        // The documents kept in the store, read outside the gate (writes go on meanwhile) …
        var readUpTo = store.LastSeq;
        var ingested = new Dictionary<string, (StoredDocument Document, IReadOnlyList<Report> Reports)>(StringComparer.Ordinal);
        var live = store.LiveDocuments();
        for (var i = 0; i < live.Count; i++)
        {
            Ingest(live[i], ingested, problems);
            progress?.Report(new IndexProgress("documents", i + 1, live.Count));
        }
        using (gate.Enter(rebuilding: true))
        {
            // … then, inside it, those written or deleted since, so the new index holds every acknowledged write.
            foreach (var document in store.ChangedSince(readUpTo).Documents)
            {
                ingested.Remove(document.Id);
                if (document.IsLive) Ingest(document, ingested, problems);
            }
            var all = decisions.ForSources(sourceReports).Select(r => (r, (string?)null))
                .Concat(ingested.Values.SelectMany(d => decisions.ForDocument(d.Document, d.Reports).Select(r => (r, (string?)d.Document.Id))))
                .ToList();
            var appliedSequence = store.LastSeq;
            index.Commit(batch =>
            {
                batch.DeleteAll();
                batch.AddAll(all, written);
                foreach (var source in fingerprints) batch.PutSource(source);
            }, appliedSequence, built: true);
            var removedContent = store.RemoveUnreferencedContent();
            if (removedContent > 0) log.LogInformation("Removed {Count} uploads no document refers to any more", removedContent);
            return Logged(Summary(current.Count, fingerprints.Count, 0, problems, all.Select(r => r.Item1).ToList(), ingested.Count) with { Rebuilt = true, LinesDropped = result.Dropped.Count });
        }

        IndexRunSummary Logged(IndexRunSummary summary)
        {
            log.LogInformation(
                "Indexed {Files} of {Seen} files from {Source} and {Documents} API documents in {Elapsed:0.0}s: {Reports} reports, {Passages} passages ({Duplicates} duplicate paragraphs collapsed, {Dropped} lines of page chrome dropped), {Problems} files skipped",
                summary.FilesIndexed, summary.FilesSeen, Path.GetFullPath(sourcesPath), summary.Documents, summary.Elapsed.TotalSeconds, summary.Reports,
                summary.Passages, summary.DuplicatesCollapsed, summary.LinesDropped, summary.Problems.Count);
            return summary;
        }

        IndexRunSummary Summary(int seen, int indexedFiles, int removedFiles, IReadOnlyList<IngestionProblem> found, IReadOnlyList<Report> reports, int documentCount)
        {
            var passages = reports.SelectMany(r => r.Passages).ToList();
            return new IndexRunSummary(
                false, seen, indexedFiles, Math.Max(0, seen - indexedFiles - found.Count(p => !p.Path.StartsWith(DocumentProblemPrefix, StringComparison.Ordinal))),
                removedFiles, found, reports.Count, passages.Count, passages.Sum(p => Math.Max(1, p.Occurrences.Count)),
                passages.GroupBy(p => p.Organisation).ToDictionary(g => g.Key, g => g.Count()),
                clock.Elapsed) { Documents = documentCount };
        }
    }

    /// <summary>
    /// The reports of some files of the sources folder as they should be indexed now (ingested, the store's decisions
    /// applied), without writing anything: the caller, inside the <see cref="WriteGate"/>, writes them in its own commit.
    /// </summary>
    public IReadOnlyList<Report> ReadSources(string sourcesPath, IReadOnlyCollection<string> sourcePaths)
    {
        var result = pipeline.IngestFiles(sourcesPath, sourcePaths.ToList());
        return decisions.ForSources(result.Reports);
    }

    /// <summary>How a document of the store is named in a run's problems.</summary>
    public const string DocumentProblemPrefix = "documents/";

    private void Ingest(StoredDocument document, Dictionary<string, (StoredDocument, IReadOnlyList<Report>)> into, List<IngestionProblem> problems)
    {
        try
        {
            into[document.Id] = (document, documents.Ingest(document).Reports);
        }
        catch (Exception ex) when (ex is DocumentReadException or InvalidDataException)
        {
            // Kept in the store: a later run with other limits (or a repaired disk) indexes it again.
            log.LogError("Document {Id} could not be indexed again: {Message}", document.Id, ex.Message);
            problems.Add(new IngestionProblem(DocumentProblemPrefix + document.Id, ex.Message));
        }
    }
}
