namespace SearchService.Ingestion;

/// <summary>One experience report (one article of a compilation, one item of a news page, or one whole document).</summary>
/// <param name="Date">ISO 8601 at the precision known (<c>2024-01-12</c>, <c>2024-01</c>, <c>2024</c>): the given date (sidecar, API) or the one the text states.</param>
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

    /// <summary><c>day</c>, <c>month</c> or <c>year</c> when <see cref="Date"/> was read from the text; null when given or unknown.</summary>
    public string? DatePrecision { get; init; }

    /// <summary>The date as the text states it (<c>二〇二五年一月</c>, <c>发布时间：2024-01-12 09:30</c>); null when given or unknown.</summary>
    public string? DateText { get; init; }

    /// <summary>Lines that credit people or sources rather than report (责编, 来源, 记者, 通讯员, 摄, 作者), as written.</summary>
    public IReadOnlyList<string> Credits { get; init; } = [];

    /// <summary>The title of the compilation or news page the report is an item of, with its byline; null for a document of its own.</summary>
    public string? Collection { get; init; }

    /// <summary>Where <see cref="Organisation"/> came from: sidecar, api, byline, title, text, correction or none.</summary>
    public string OrganisationSource { get; init; } = "";

    /// <summary>Where <see cref="Region"/> came from: sidecar, api, gazetteer, title, text, correction or none.</summary>
    public string RegionSource { get; init; } = "";
}
