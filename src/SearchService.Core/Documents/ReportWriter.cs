using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Ingestion;

namespace SearchService.Core.Documents;

/// <summary>
/// Every write of the API: add a document, create or replace one under a client's id, delete a report, correct a
/// report's metadata. The order is always the same — the slow reading of an upload first, outside the
/// <see cref="WriteGate"/>; then, inside it, the check the write depends on, the change kept in the
/// <see cref="DocumentStore"/> (flushed to disk), the index brought up to the store (<see cref="StoreReplay"/>, one Lucene
/// commit) — and only then the answer. So an acknowledged write is on disk twice, two writes on one id cannot interleave,
/// and a write that fails after the store kept it is still applied at the next write or start.
/// </summary>
public sealed class ReportWriter(
    DocumentStore store, IndexService index, WriteGate gate, StoreReplay replay, DocumentIngestion ingestion, DecisionRules decisions, ReportCatalog catalog,
    LimitsOptions limits, ILogger<ReportWriter>? logger = null)
{
    private readonly ILogger log = logger ?? (ILogger)NullLogger.Instance;

    private TimeSpan Wait => TimeSpan.FromMilliseconds(limits.WriteWaitMs);

    /// <summary>
    /// POST: a new document under the server's id. An upload whose content and given metadata equal a document's already
    /// kept (all of whose reports are still there) returns that document's reports instead (<see cref="WriteStatus.Existing"/>).
    /// </summary>
    /// <exception cref="DocumentReadException">The upload is over a limit or unreadable.</exception>
    public async Task<WriteOutcome> CreateAsync(DocumentUpload upload, CancellationToken cancellation)
    {
        var fingerprint = DocumentIds.Fingerprint(upload.Content, upload.Metadata);
        // Read under the id it will most likely get; checked again inside the gate.
        var provisional = DocumentIds.ServerId(fingerprint, id => store.Document(id)?.Fingerprint);
        var ingested = ingestion.Ingest(upload, provisional, cancellation);
        if (ingested.Reports.Count == 0) return WriteOutcome.Of(WriteStatus.NoReports);

        using var pass = await gate.TryEnterAsync(Wait, cancellation);
        if (pass is null) return Busy();
        if (store.LiveDocumentWithFingerprint(fingerprint) is { } same && same.ReportIds.All(r => !decisions.IsDeleted(r, same)))
            return new WriteOutcome(WriteStatus.Existing, Current(same.ReportIds), ingested.Problems) { Dropped = ingested.Dropped };

        var id = DocumentIds.ServerId(fingerprint, other => store.Document(other)?.Fingerprint);
        if (id != provisional) ingested = ingestion.Ingest(upload, id, CancellationToken.None);
        return Keep(id, upload, fingerprint, ingested, WriteStatus.Created);
    }

    /// <summary>
    /// PUT: the document with this id, created or replaced; it must make exactly one report, which gets the id.
    /// <paramref name="precondition"/> (If-Match: * / If-None-Match: *) limits it to replacing or to creating.
    /// </summary>
    /// <exception cref="DocumentReadException">The upload is over a limit or unreadable.</exception>
    public async Task<WriteOutcome> PutAsync(string id, DocumentUpload upload, WritePrecondition precondition, CancellationToken cancellation)
    {
        var fingerprint = DocumentIds.Fingerprint(upload.Content, upload.Metadata);
        var ingested = ingestion.Ingest(upload, id, cancellation);
        if (ingested.Reports.Count != 1) return new WriteOutcome(WriteStatus.NotOneReport, ingested.Reports, ingested.Problems) { Dropped = ingested.Dropped };

        using var pass = await gate.TryEnterAsync(Wait, cancellation);
        if (pass is null) return Busy();
        var exists = index.ContainsReport(id);
        if (!precondition.HoldsFor(exists)) return WriteOutcome.Of(WriteStatus.PreconditionFailed);
        return Keep(id, upload, fingerprint, ingested, exists ? WriteStatus.Replaced : WriteStatus.Created);
    }

    /// <summary>DELETE: the report goes, and stays gone through re-indexing and restarts (a tombstone in the store).</summary>
    public async Task<WriteOutcome> DeleteAsync(string reportId, WritePrecondition precondition, CancellationToken cancellation)
    {
        using var pass = await gate.TryEnterAsync(Wait, cancellation);
        if (pass is null) return Busy();
        var exists = index.ContainsReport(reportId);
        if (!exists) return WriteOutcome.Of(precondition.RequiresExisting ? WriteStatus.PreconditionFailed : WriteStatus.NotFound);
        if (!precondition.HoldsFor(exists)) return WriteOutcome.Of(WriteStatus.PreconditionFailed);

        var owner = store.LiveDocumentYielding(reportId);
        var decision = store.Decide(reportId, deleted: true, correction: null);
        // Once none of its reports is left, the document itself is a tombstone and its bytes can go.
        if (owner is not null && owner.ReportIds.All(r => decisions.IsDeleted(r, owner))) store.DeleteDocument(owner.Id);
        replay.CatchUp();
        log.LogInformation("Deleted report {Id} (change {Seq})", reportId, decision.Seq);
        return new WriteOutcome(WriteStatus.Deleted, [], []) { Seq = decision.Seq };
    }

    /// <summary>
    /// PATCH: a person's correction of a report's organisation, region or themes, merged into any earlier one (a field
    /// set to null removes its correction). Kept in the store, so re-indexing keeps it; ids never change.
    /// </summary>
    public async Task<WriteOutcome> CorrectAsync(string reportId, CorrectionPatch patch, CancellationToken cancellation)
    {
        using var pass = await gate.TryEnterAsync(Wait, cancellation);
        if (pass is null) return Busy();
        if (!index.ContainsReport(reportId)) return WriteOutcome.Of(WriteStatus.NotFound);
        var owner = store.LiveDocumentYielding(reportId);
        var merged = patch.ApplyTo(decisions.CorrectionOf(reportId, owner));
        var decision = store.Decide(reportId, deleted: false, merged);
        replay.CatchUp();
        log.LogInformation("Corrected report {Id} (change {Seq})", reportId, decision.Seq);
        return new WriteOutcome(WriteStatus.Corrected, Current([reportId]), []) { Seq = decision.Seq };
    }

    private WriteOutcome Keep(string id, DocumentUpload upload, string fingerprint, IngestionResult ingested, WriteStatus status)
    {
        var reports = ingested.Reports;
        var kept = store.WriteDocument(id, upload.FileName, upload.Content, upload.Metadata, fingerprint, reports.Select(r => r.Id).ToList());
        replay.CatchUp(new Dictionary<string, (long, IReadOnlyList<Report>)> { [id] = (kept.Seq, reports) });
        log.LogInformation("{Status} document {Id} with {Count} report(s) (change {Seq})", status, id, reports.Count, kept.Seq);
        return new WriteOutcome(status, Current(kept.ReportIds), ingested.Problems) { Seq = kept.Seq, Dropped = ingested.Dropped };
    }

    /// <summary>The reports as the index now holds them (corrections applied, deleted ones left out).</summary>
    private IReadOnlyList<Report> Current(IEnumerable<string> reportIds) => reportIds.Select(catalog.GetReport).OfType<Report>().ToList();

    private WriteOutcome Busy() =>
        WriteOutcome.Of(WriteStatus.Busy) with { RetryAfter = gate.IsRebuilding ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(1) };
}

public enum WriteStatus
{
    Created,
    Replaced,
    Existing,
    Deleted,
    Corrected,
    NotFound,
    PreconditionFailed,
    NoReports,
    NotOneReport,
    Busy,
}

/// <summary>
/// What a write did, with the reports as they now are, what could not be read, the lines of the upload left out on
/// purpose, and the store's change number.
/// </summary>
public sealed record WriteOutcome(WriteStatus Status, IReadOnlyList<Report> Reports, IReadOnlyList<IngestionProblem> Problems)
{
    public long Seq { get; init; }

    public IReadOnlyList<DroppedLine> Dropped { get; init; } = [];

    /// <summary>For <see cref="WriteStatus.Busy"/>: when to try again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static WriteOutcome Of(WriteStatus status) => new(status, [], []);
}

/// <summary>HTTP's <c>If-Match: *</c> (the report must exist) and <c>If-None-Match: *</c> (it must not).</summary>
public readonly record struct WritePrecondition(bool RequiresExisting, bool RequiresAbsent)
{
    public static WritePrecondition None => default;

    public bool HoldsFor(bool exists) => (!RequiresExisting || exists) && (!RequiresAbsent || !exists);
}

/// <summary>
/// A JSON merge patch of a report's correction: a field given sets it, a field given as null removes its correction,
/// a field left out stays as it is.
/// </summary>
public sealed record CorrectionPatch(
    bool SetsOrganisation, string? Organisation, bool SetsRegion, string? Region, bool SetsThemes, IReadOnlyList<string>? Themes)
{
    public StoredCorrection ApplyTo(StoredCorrection? current) => new(
        SetsOrganisation ? Organisation : current?.Organisation,
        SetsRegion ? Region : current?.Region,
        SetsThemes ? Themes : current?.Themes);
}
