namespace SearchService.Ingestion;

/// <summary>One experience report (one article of a compilation, or one whole document).</summary>
public sealed record Report(
    string Id,
    string Title,
    string? Subtitle,
    string Organisation,
    string? Region,
    IReadOnlyList<string> Themes,
    string? Date,
    string? SourceUrl,
    string SourcePath,
    IReadOnlyList<Section> Sections)
{
    public IEnumerable<Passage> Passages => Sections.SelectMany(s => s.Passages);

    /// <summary>Where <see cref="Organisation"/> came from: sidecar, api, byline, title, text, correction or none.</summary>
    public string OrganisationSource { get; init; } = "";

    /// <summary>Where <see cref="Region"/> came from: sidecar, api, gazetteer, title, text, correction or none.</summary>
    public string RegionSource { get; init; } = "";
}
