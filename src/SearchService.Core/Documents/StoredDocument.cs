using System.Text.Json.Serialization;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.Core.Documents;

/// <summary>
/// A document written through the API, as the document store keeps it (<c>uploads/&lt;id&gt;.json</c>): what was
/// uploaded (the bytes are in <c>content/&lt;sha256&gt;</c>), the metadata the client gave and the reports ingestion
/// made of it. Enough to ingest it again exactly as it was ingested when the write was acknowledged. A deleted
/// document keeps its record (without content) as a tombstone. The JSON names are fixed; a change of shape needs a new
/// <see cref="CurrentVersion"/> and a reader for the old one.
/// </summary>
public sealed record StoredDocument(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("seq")] long Seq,
    [property: JsonPropertyName("deleted")] bool Deleted,
    [property: JsonPropertyName("fileName")] string? FileName,
    [property: JsonPropertyName("contentSha256")] string? ContentSha256,
    [property: JsonPropertyName("contentLength")] long ContentLength,
    [property: JsonPropertyName("metadata")] StoredMetadata? Metadata,
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("reportIds")] IReadOnlyList<string> ReportIds,
    [property: JsonPropertyName("writtenAt")] DateTimeOffset WrittenAt)
{
    public const int CurrentVersion = 1;

    /// <summary><see cref="Format"/> of a report copied from an index written before the store (its stored report JSON).</summary>
    public const string StoredReportFormat = "stored-report";

    public const string StoredReportFileName = "report.json";

    /// <summary>How the content is read: null for an upload (ingested), <see cref="StoredReportFormat"/> for a report kept as indexed.</summary>
    [JsonPropertyName("format")]
    public string? Format { get; init; }

    public bool IsLive => !Deleted && ContentSha256 is not null;
}

/// <summary>The metadata a client gave with a document (title, organisation, region, themes, date, source URL).</summary>
public sealed record StoredMetadata(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("organisation")] string? Organisation,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("themes")] IReadOnlyList<string>? Themes,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("sourceUrl")] string? SourceUrl)
{
    public static StoredMetadata From(ReportMetadata metadata) =>
        new(metadata.Title, metadata.Organisation, metadata.Region, metadata.Themes, metadata.Date, metadata.SourceUrl);

    public ReportMetadata ToMetadata() => new(Title, Organisation, Region, Themes, Date, SourceUrl);
}

/// <summary>
/// What a person decided about one report (<c>reports/&lt;id&gt;.json</c>), whether it came from the sources folder or
/// through the API: it is deleted (a tombstone), or its organisation, region or themes are corrected. Applies while it
/// is newer (<see cref="Seq"/>) than the last write of the report's document; a report of the sources folder has no
/// such write, so a decision about it lasts until another one replaces it.
/// </summary>
public sealed record ReportDecision(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("reportId")] string ReportId,
    [property: JsonPropertyName("seq")] long Seq,
    [property: JsonPropertyName("deleted")] bool Deleted,
    [property: JsonPropertyName("correction")] StoredCorrection? Correction,
    [property: JsonPropertyName("writtenAt")] DateTimeOffset WrittenAt)
{
    public const int CurrentVersion = 1;
}

/// <summary>
/// The same fields as a line of the corrections file (<c>Ingestion:CorrectionsPath</c>, see
/// <see cref="Correction"/>): null keeps what extraction found.
/// </summary>
public sealed record StoredCorrection(
    [property: JsonPropertyName("organisation")] string? Organisation,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("themes")] IReadOnlyList<string>? Themes)
{
    public bool IsEmpty => Organisation is null && Region is null && Themes is null;

    public Correction ToCorrection(string reportId) => new(reportId, Organisation, Region, Themes);
}

/// <summary>
/// The answer given to a request that carried an <c>Idempotency-Key</c> (<c>idempotency/&lt;hash of key&gt;.json</c>),
/// replayed when the same request comes again with the same key.
/// </summary>
public sealed record IdempotentAnswer(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("request")] string RequestFingerprint,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("location")] string? Location,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("writtenAt")] DateTimeOffset WrittenAt)
{
    public const int CurrentVersion = 1;
}
