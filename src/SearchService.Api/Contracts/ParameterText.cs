namespace SearchService.Api.Contracts;

/// <summary>Descriptions shared by the parameters of several endpoints.</summary>
internal static class ParameterText
{
    public const string Query = "The query: words (a complete match holds every one in its text or heading, by a synonym, or — for a word naming an organisation, place or theme — by its own metadata; function and question words such as 的, 如何, 哪些 do not count), \"phrases\", -exclusions, OR, parentheses and inline filters organisation:…, region:…, theme:… (a top-level filter, or -organisation:… to exclude one). At most Limits:MaxQueryLength characters; empty lists every passage.";
    public const string Organisation = "Filter by organisation; repeat for several (ORed). Facets are ANDed, and each facet's counts ignore its own selection.";
    public const string Region = "Filter by region, as a full path (浙江省/嘉兴市) or a name (嘉兴市); repeat for several (ORed).";
    public const string Theme = "Filter by theme; repeat for several (ORed).";
    public const string Sort = "`relevance` (default), `report` (by report title, then order in the report), `organisation`, or `date` (report date, newest first, undated last); within each kind of match.";
    public const string GroupBy = "`report`: one hit per report (its best passage) with the number of its passages that matched; the counts of the complete matches add up to `total`.";
    public const string Explain = "true: each hit carries the explanation of its score by the query of its kind of match (not cached; for debugging a ranking).";
    public const string FacetSize = "Values returned per facet (per parent for regions), from 1 to Limits:MaxFacetSize (default 20); selected values always.";
    public const string Year = "Filter by the year of the report's date (four digits), or 未注明 for reports without a date; repeat for several (ORed).";
    public const string YearFrom = "Only passages of reports dated in or after this year (1900–2100); undated reports are left out.";
    public const string YearTo = "Only passages of reports dated in or before this year (1900–2100); undated reports are left out.";
    public const string ReportId = "A report id, from a search hit or the report list.";
    public const string PassageId = "A passage id, from a search hit or a report.";
    public const string Operator = "How words combine: `auto` (default: every word; passages with most of them are listed after the complete and title matches when those do not fill the page), `and` (every word, no related passages) or `or` (any word).";
}
