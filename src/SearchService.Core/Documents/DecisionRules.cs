using SearchService.Ingestion;

namespace SearchService.Core.Documents;

/// <summary>
/// What the store's decisions make of reports just ingested, the same on every path to the index (a write, a replay, an
/// incremental run, a rebuild): a deleted report is left out, a corrected one is corrected, and a report of the sources
/// folder or of a compilation whose id a client has since written a document under (PUT) gives way to that document.
/// For an API document a decision counts only when it is newer than the document's last write: writing a document
/// again states it anew.
/// </summary>
public sealed class DecisionRules(DocumentStore store, IngestionPipeline pipeline)
{
    /// <summary>Reports of the sources folder.</summary>
    public IReadOnlyList<Report> ForSources(IEnumerable<Report> reports) => reports.Select(r => Apply(r, owner: null)).OfType<Report>().ToList();

    /// <summary>Reports ingested from an API document.</summary>
    public IReadOnlyList<Report> ForDocument(StoredDocument document, IEnumerable<Report> reports) =>
        reports.Select(r => Apply(r, document)).OfType<Report>().ToList();

    /// <summary>A report of <paramref name="owner"/> (null: of the sources folder) is deleted by a decision that still counts.</summary>
    public bool IsDeleted(string reportId, StoredDocument? owner) => store.Decision(reportId) is { Deleted: true } d && d.Seq > (owner?.Seq ?? 0);

    /// <summary>The correction of a report that still counts, if any.</summary>
    public StoredCorrection? CorrectionOf(string reportId, StoredDocument? owner) =>
        store.Decision(reportId) is { Deleted: false, Correction: { } c } d && d.Seq > (owner?.Seq ?? 0) ? c : null;

    private Report? Apply(Report report, StoredDocument? owner)
    {
        if (IsDeleted(report.Id, owner)) return null;
        // A document written under this report's id replaces it (a client's PUT of a seed report, say).
        if (owner?.Id != report.Id && store.Document(report.Id) is { IsLive: true } replacement && replacement.ReportIds.Contains(report.Id)) return null;
        return CorrectionOf(report.Id, owner) is { } correction ? pipeline.Correct(report, correction.ToCorrection(report.Id)) : report;
    }
}
