using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Indexing;
using SearchService.Ingestion;

namespace SearchService.Core.Sources;

/// <summary>
/// Brings the index in line with a sources folder. A rebuild (or an empty index) ingests everything and replaces the
/// index in one commit. Otherwise it is incremental: files whose content hash is unchanged are left alone, changed and
/// new files are re-indexed, deleted files removed — also in one commit, so an interrupted run leaves the previous
/// index intact. The whole folder is still read on an incremental run because duplicates are detected across files.
/// </summary>
public sealed class SourceIndexer(IndexService index, IngestionPipeline pipeline, ILogger<SourceIndexer>? logger = null)
{
    private readonly ILogger log = logger ?? (ILogger)NullLogger.Instance;

    /// <param name="progress">Phase (scanning, reading, indexing) with its done/total counts (files, then passages).</param>
    public IndexRunSummary Run(string sourcesPath, bool rebuild = false, IProgress<IndexProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new IndexProgress("scanning", 0, 0));
        var current = SourceFiles.Scan(sourcesPath);
        var indexed = index.Sources().ToDictionary(s => s.Path, s => s.Hash, StringComparer.Ordinal);
        rebuild |= index.IsEmpty;

        var changed = rebuild ? current : current.Where(f => !indexed.TryGetValue(f.Path, out var hash) || hash != f.Hash).ToList();
        var removed = rebuild ? [] : indexed.Keys.Except(current.Select(f => f.Path), StringComparer.Ordinal).ToList();
        if (!rebuild && changed.Count == 0 && removed.Count == 0)
        {
            log.LogInformation("Index is up to date with {Files} source files", current.Count);
            return Summary(current.Count, 0, 0, [], []);
        }

        var reading = progress is null ? null : new SyncProgress<(int Done, int Total)>(p => progress.Report(new IndexProgress("reading", p.Done, p.Total)));
        var result = rebuild ? pipeline.IngestPath(sourcesPath, reading) : pipeline.IngestFiles(sourcesPath, changed.Select(f => f.Path).ToList(), reading);
        foreach (var problem in result.Problems) log.LogWarning("Skipped {Path}: {Message}", problem.Path, problem.Message);

        var failed = result.Problems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var changedPaths = changed.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var reports = result.Reports.Where(r => changedPaths.Contains(r.SourcePath)).ToList();
        var fingerprints = changed.Where(f => !failed.Contains(f.Path) && !failed.Contains(Path.Combine(sourcesPath, f.Path))).ToList();

        var written = progress is null ? null : new SyncProgress<(int Done, int Total)>(p => progress.Report(new IndexProgress("indexing", p.Done, p.Total)));
        if (rebuild) index.Rebuild(reports, fingerprints, written);
        else index.ReplaceSources(reports, fingerprints, removed, written);

        var summary = Summary(current.Count, fingerprints.Count, removed.Count, result.Problems, reports) with { Rebuilt = rebuild, LinesDropped = result.Dropped.Count };
        log.LogInformation(
            "Indexed {Files} of {Seen} files from {Source} in {Elapsed:0.0}s: {Reports} reports, {Passages} passages ({Duplicates} duplicate paragraphs collapsed, {Dropped} lines of page chrome dropped), {Problems} files skipped",
            summary.FilesIndexed, summary.FilesSeen, Path.GetFullPath(sourcesPath), summary.Elapsed.TotalSeconds, summary.Reports,
            summary.Passages, summary.DuplicatesCollapsed, summary.LinesDropped, summary.Problems.Count);
        return summary;

        IndexRunSummary Summary(int seen, int indexedFiles, int removedFiles, IReadOnlyList<IngestionProblem> problems, IReadOnlyList<Report> written)
        {
            var passages = written.SelectMany(r => r.Passages).ToList();
            return new IndexRunSummary(
                false, seen, indexedFiles, seen - indexedFiles - problems.Count, removedFiles, problems,
                written.Count, passages.Count, passages.Sum(p => Math.Max(1, p.Occurrences.Count)),
                passages.GroupBy(p => p.Organisation).ToDictionary(g => g.Key, g => g.Count()),
                clock.Elapsed);
        }
    }
}
