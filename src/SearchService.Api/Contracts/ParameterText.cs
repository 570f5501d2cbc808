namespace SearchService.Api.Contracts;

/// <summary>Descriptions shared by the parameters of several endpoints.</summary>
internal static class ParameterText
{
    public const string Query = "The query: words (all must match; a question falls back to passages with most of its words), \"phrases\", -exclusions, OR, parentheses and inline filters organisation:…, region:…, theme:…. At most Limits:MaxQueryLength characters; empty lists every passage.";
    public const string Organisation = "Filter by organisation; repeat for several (ORed). Facets are ANDed, and each facet's counts ignore its own selection.";
    public const string Region = "Filter by region, as a full path (浙江省/嘉兴市) or a name (嘉兴市); repeat for several (ORed).";
    public const string Theme = "Filter by theme; repeat for several (ORed).";
    public const string Sort = "`relevance` (default), `report` (by report title, then order in the report), `organisation`, or `date` (report date, newest first, undated last).";
    public const string Year = "Filter by the year of the report's date (four digits), or 未注明 for reports without a date; repeat for several (ORed).";
    public const string YearFrom = "Only passages of reports dated in or after this year (1900–2100); undated reports are left out.";
    public const string YearTo = "Only passages of reports dated in or before this year (1900–2100); undated reports are left out.";
    public const string ReportId = "A report id, from a search hit or the report list.";
    public const string PassageId = "A passage id, from a search hit or a report.";
    public const string Operator = "How words combine: `auto` (default: all words, falling back to most of them when too few passages match), `and` (all words) or `or` (any word).";
}
