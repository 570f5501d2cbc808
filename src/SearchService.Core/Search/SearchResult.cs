using SearchService.Core.Search.Matching;

namespace SearchService.Core.Search;

/// <summary>
/// A page of hits and the facet counts. <see cref="Total"/> counts the complete matches — passages that hold every
/// word themselves — and the facets describe exactly those; <see cref="TitleMatches"/> hold the words only with their
/// report's title; <see cref="Related"/> hold most of the words (null when they were not looked for, the others
/// filling the page). The hits list the complete matches, then the title matches, then the related ones.
/// <see cref="DidYouMean"/>: a nearby query that has complete matches, when this one has none.
/// <see cref="SuggestedFilters"/>: the facet values the query's words name. <see cref="Cached"/>: the same search was
/// answered before and the index has not changed since.
/// </summary>
public sealed record SearchResult(
    string Query,
    int Total,
    int TitleMatches,
    int? Related,
    long TookMs,
    int Page,
    int Size,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    int? TotalGroups = null,
    string? DidYouMean = null,
    IReadOnlyList<SuggestedFilter>? SuggestedFilters = null,
    bool Cached = false);

/// <summary>
/// One passage that matched. <see cref="Match"/> says how, <see cref="MatchedIn"/> where (text, heading, title,
/// credits, organisation, region, theme). <see cref="Highlights"/> are HTML fragments of the text (escaped, <c>&lt;mark&gt;</c>
/// around matches); <see cref="TitleHighlight"/> and <see cref="SectionHighlight"/> the whole report title and heading
/// marked the same way, when a word matched there. A paragraph that stands in several reports is one hit, with
/// <see cref="AlsoInReports"/>.
/// <see cref="TextTruncated"/>: <see cref="Text"/> was cut at <see cref="LimitsOptions.MaxHitTextChars"/>; the passage
/// view has it whole.
/// </summary>
public sealed record SearchHit(
    string Id,
    string ReportId,
    string ReportTitle,
    string Organisation,
    string? Region,
    IReadOnlyList<string> RegionPath,
    IReadOnlyList<string> Themes,
    string Section,
    string Text,
    IReadOnlyList<string> Highlights,
    float Score,
    int? MatchingPassages = null,
    string? Explanation = null,
    bool TextTruncated = false)
{
    public MatchKind Match { get; init; }

    public IReadOnlyList<string> MatchedIn { get; init; } = [];

    public string? TitleHighlight { get; init; }

    public string? SectionHighlight { get; init; }

    /// <summary>
    /// For a title match that has a word through its report's credit lines (记者…, 编辑…, 来源…): those lines, marked;
    /// null otherwise.
    /// </summary>
    public string? CreditsHighlight { get; init; }

    /// <summary>The report's date as recorded (ISO: yyyy, yyyy-MM or yyyy-MM-dd); null when unknown.</summary>
    public string? Date { get; init; }

    /// <summary>
    /// In how many other reports the same paragraph stands (cross-report twins, counted and listed once); null for none.
    /// </summary>
    public int? AlsoInReports { get; init; }

    /// <summary>What a citation of the passage names (its permalink is the API's to add); null in an index written before citations.</summary>
    public Citations.CitationParts? Citation { get; init; }

    /// <summary>For a precedent: the key words of the passage it is similar to that it holds too, most telling first.</summary>
    public IReadOnlyList<string>? SharedTerms { get; init; }
}

/// <summary>Places a hit can match: its own text and heading, its report's title and credit lines, its own metadata.</summary>
public static class MatchPlaces
{
    public const string Text = "text";
    public const string Heading = "heading";
    public const string Title = "title";
    public const string Credits = "credits";
    public const string Organisation = "organisation";
    public const string Region = "region";
    public const string Theme = "theme";
}

/// <summary>A facet value a query word names, offered as a filter: for a region, <see cref="Value"/> is its name and <see cref="Path"/> the value to filter by.</summary>
public sealed record SuggestedFilter(string Facet, string Value, string? Path = null);

public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Organisation,
    IReadOnlyList<FacetValue> Region,
    IReadOnlyList<FacetValue> Theme,
    IReadOnlyList<FacetValue> Year);

/// <summary>A facet value and how many matches carry it. For regions <see cref="Path"/> is the full path (the value to filter by).</summary>
public sealed record FacetValue(string Value, int Count, bool Selected, string? Path = null, int? Level = null);
