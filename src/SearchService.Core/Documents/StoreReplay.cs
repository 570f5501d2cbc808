using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Indexing;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Core.Documents;

/// <summary>
/// Brings the index up to the document store: every change with a sequence number above the one the index's last
/// commit records is written to the index, in one commit that records the store's last sequence number. Each API write
/// calls it right after keeping its change (so it normally applies just that one); start-up calls it to replay what a
/// crash left between the store and the index. The caller holds the <see cref="WriteGate"/>.
/// </summary>
public sealed class StoreReplay(
    IndexService index, DocumentStore store, DocumentIngestion ingestion, DecisionRules decisions, SourceIndexer sources, SourcesOptions sourcesOptions,
    ILogger<StoreReplay>? logger = null)
{
    private readonly ILogger log = logger ?? (ILogger)NullLogger.Instance;

    /// <param name="fresh">Documents the caller has just ingested (by id, for the record it kept), so they are not ingested twice.</param>
    /// <returns>The number of store changes applied.</returns>
    public int CatchUp(IReadOnlyDictionary<string, (long Seq, IReadOnlyList<Report> Reports)>? fresh = null)
    {
        var from = index.AppliedSequence;
        var (changedDocuments, changedDecisions) = store.ChangedSince(from);
        if (changedDocuments.Count == 0 && changedDecisions.Count == 0) return 0;
        var to = Math.Max(changedDocuments.Select(d => d.Seq).DefaultIfEmpty().Max(), changedDecisions.Select(d => d.Seq).DefaultIfEmpty().Max());

        // Documents to write again: those changed, and those owning a report a decision is about.
        var documentIds = new HashSet<string>(changedDocuments.Select(d => d.Id), StringComparer.Ordinal);
        var deletedSourceReports = new List<string>();
        var correctedSourceReports = new List<string>();
        foreach (var decision in changedDecisions)
        {
            if (store.LiveDocumentYielding(decision.ReportId) is { } owner) documentIds.Add(owner.Id);
            else if (decision.Deleted) deletedSourceReports.Add(decision.ReportId);
            else correctedSourceReports.Add(decision.ReportId);
        }

        var rewrite = new List<(string Id, IReadOnlyList<Report> Reports)>();
        foreach (var id in documentIds)
        {
            var document = store.Document(id)!;
            if (!document.IsLive)
            {
                rewrite.Add((id, []));
                continue;
            }
            var reports = fresh?.TryGetValue(id, out var given) == true && given.Seq == document.Seq ? given.Reports : IngestKept(document);
            rewrite.Add((id, decisions.ForDocument(document, reports)));
        }

        // Corrections of reports of the sources folder: their files are read again, so removing a correction restores
        // what extraction found.
        var sourcePaths = correctedSourceReports.Select(SourcePathOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var sourceReports = sourcePaths.Count == 0 ? [] : sources.ReadSources(sourcesOptions.Path, sourcePaths);

        index.Commit(batch =>
        {
            foreach (var (id, reports) in rewrite)
            {
                batch.DeleteDocument(id);
                foreach (var report in reports) batch.Put(report, id);
            }
            foreach (var reportId in deletedSourceReports) batch.DeleteReport(reportId);
            foreach (var path in sourcePaths) batch.DeleteSourceReports(path);
            foreach (var report in sourceReports) batch.Put(report);
        }, to);
        if (from > 0 || to > 1)
            log.LogDebug("Applied document-store changes {From}–{To} to the index", from + 1, to);
        return changedDocuments.Count + changedDecisions.Count;
    }

    private IReadOnlyList<Report> IngestKept(StoredDocument document)
    {
        try
        {
            return ingestion.Ingest(document).Reports;
        }
        catch (Exception ex) when (ex is DocumentReadException or InvalidDataException)
        {
            // Still kept in the store; a later rebuild (other limits, a repaired disk) tries again.
            log.LogError("Document {Id} could not be indexed: {Message}", document.Id, ex.Message);
            return [];
        }
    }

    private string? SourcePathOf(string reportId) => index.Search(searcher =>
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.ReportKind)), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.ReportId, reportId)), Occur.MUST },
        };
        var top = searcher.Search(query, 1);
        return top.TotalHits == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexSchema.SourcePath);
    });
}
