namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Who a report is by and where: the seam between splitting and metadata. Given metadata wins; then the byline, the
/// title, the organisation most often acting in the text; the region of the organisation (organisations file or the
/// place in its name), else the place the text names most.
/// </summary>
internal sealed class ReportAttributor(OrganisationDirectory organisations, Gazetteer gazetteer)
{
    public Attribution Attribute(AttributionInput input)
    {
        var given = input.Given;
        // A document posted to the API is labelled api/…; every other given metadata comes from a sidecar.
        var givenSource = input.SourcePath.StartsWith("api/", StringComparison.Ordinal) ? "api" : "sidecar";

        var (organisation, organisationSource) =
            !string.IsNullOrWhiteSpace(given?.Organisation) ? (organisations.Canonical(given!.Organisation!), givenSource)
            : input.Byline is not null && organisations.FromByline(input.Byline) is { } byByline ? (byByline, "byline")
            : input.Title is not null && organisations.FromByline(input.Title) is { } byTitle ? (byTitle, "title")
            : MostActive(input.Paragraphs) is { } byText ? (byText, "text")
            : ("", "none");

        var (region, regionSource) =
            !string.IsNullOrWhiteSpace(given?.Region) ? (given!.Region!.Trim().Replace(" › ", "/").Replace('›', '/'), givenSource)
            : organisation.Length > 0 && organisations.RegionOf(organisation) is { } ofOrganisation ? (ofOrganisation, "gazetteer")
            : MostNamedPlace(input.Paragraphs) is { } named ? (named, "text")
            : ((string?)null, "none");

        return new Attribution(organisation, region, organisationSource, regionSource);
    }

    /// <summary>Another organisation, when a passage is clearly that organisation's own work; null when it is the report's.</summary>
    public string? PassageActor(string paragraph, Attribution report)
    {
        if (report.OrganisationGiven) return null;
        var actor = organisations.ActorIn(paragraph);
        return actor is not null && actor != report.Organisation ? actor : null;
    }

    /// <summary>The region of an organisation a passage is attributed to.</summary>
    public string? RegionOf(string organisation) => organisations.RegionOf(organisation);

    private string? MostActive(IReadOnlyList<string> paragraphs) =>
        paragraphs.Select(p => organisations.ActorIn(p, within: int.MaxValue)).OfType<string>()
            .GroupBy(o => o).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <summary>The place the report names most often (a deeper place counts for its ancestors too).</summary>
    private string? MostNamedPlace(IReadOnlyList<string> paragraphs)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
            foreach (var (_, path) in gazetteer.Mentions(paragraph))
                counts[path] = counts.GetValueOrDefault(path) + 1;
        return counts.OrderByDescending(c => c.Value).ThenByDescending(c => c.Key.Count(ch => ch == '/')).Select(c => c.Key).FirstOrDefault();
    }
}
