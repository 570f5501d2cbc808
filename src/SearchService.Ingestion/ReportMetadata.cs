namespace SearchService.Ingestion;

/// <summary>Metadata given from outside (a <c>.meta.json</c> sidecar or an API request); set values override extraction.</summary>
public sealed record ReportMetadata(
    string? Title = null,
    string? Organisation = null,
    string? Region = null,
    IReadOnlyList<string>? Themes = null,
    string? Date = null,
    string? SourceUrl = null);
