namespace SearchService.Ingestion.Metadata;

/// <summary>What the attributor is told about one report: where it is, its title and byline as the splitter found them, its paragraphs, and any metadata given with it.</summary>
/// <remarks>
/// <see cref="Headings"/> are the report's section headings in reading order (a news page's headline often stands as
/// the first one, under a site name taken for the title); <see cref="Credits"/> its credit and dateline lines
/// (来源：某某电视台), read only for the places they name; <see cref="SiteLines"/> likewise, more weakly.
/// </remarks>
internal sealed record AttributionInput(string SourcePath, string? Title, string? Byline, IReadOnlyList<string> Paragraphs, ReportMetadata? Given)
{
    public IReadOnlyList<string> Headings { get; init; } = [];

    public IReadOnlyList<string> Credits { get; init; } = [];

    /// <summary>The page's chrome the splitter dropped (breadcrumbs, 版权所有 ©某市总工会): where the site is, read only for its places, weakly.</summary>
    public IReadOnlyList<string> SiteLines { get; init; } = [];

    /// <summary>
    /// Every paragraph of the page when it holds several reports (empty for a page of one): read only to settle a town
    /// or street several counties have (某街道某社区) in an item that names no place of its own, as the page's
    /// other items name their district, or the area of an item that speaks only of 我省/全市.
    /// </summary>
    public IReadOnlyList<string> PageParagraphs { get; init; } = [];
}

/// <summary>
/// A report's organisation and region, each with where it came from: <c>sidecar</c> or <c>api</c> (given with the
/// document), <c>byline</c>, <c>title</c>, <c>text</c>, <c>gazetteer</c> (the place in the organisation's name or the
/// organisations file), <c>credit</c> or <c>site</c> (a region read from the credits or the page's site lines of a text
/// that names no place), <c>page</c> (the area the page of several items is about, for an item saying 我省/全市), <c>correction</c>, or <c>none</c>. Names and places are in simplified script.
/// </summary>
internal sealed record Attribution(string Organisation, string? Region, string OrganisationSource, string RegionSource)
{
    /// <summary>Given from outside (sidecar, API, a person's correction): extraction must not override it.</summary>
    public bool OrganisationGiven => OrganisationSource is "sidecar" or "api" or "correction";

    /// <summary>The candidates the organisation was chosen from, when the attributor was asked to record them (measuring scorers); else null.</summary>
    public OrganisationChoice? Choice { get; init; }

    /// <summary>
    /// For a report placed by its organisation's name, where its page's own evidence (title, venue, the text's places,
    /// the page, credits, site) would have placed it, with that source, when the attributor was asked to record choices
    /// (measuring whether the page should win when the two disagree); else null.
    /// </summary>
    public (string? Region, string Source)? OwnPlace { get; init; }
}
