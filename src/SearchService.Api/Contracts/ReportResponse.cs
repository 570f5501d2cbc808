using SearchService.Api.Infrastructure;
using SearchService.Core.Search.Citations;
using SearchService.Ingestion;

namespace SearchService.Api.Contracts;

/// <summary>
/// One report: its metadata, its sections in order and, for each passage, every place its text occurred.
/// <c>organisationSource</c> and <c>regionSource</c> say where the metadata came from (sidecar, api, byline, title,
/// text, gazetteer, correction or none); <c>passages</c> repeats the sections' passages in order. <c>date</c> is ISO
/// 8601 at its precision; when the text stated it, <c>datePrecision</c> (day, month, year) and <c>dateText</c> say how.
/// <c>credits</c> are the lines crediting people and sources (责编, 来源, 记者…); <c>collection</c> the compilation or
/// news page the report is an item of (as written), <c>compilation</c> that compilation's title, headline, publisher and
/// date where known. <c>citation</c> cites the report (GB/T 7714, ending with its permalink), <c>citationParts</c>
/// gives the pieces; each passage carries its own.
/// </summary>
public sealed record ReportResponse(
    string Id,
    string Title,
    string? Subtitle,
    string Organisation,
    string? Region,
    IReadOnlyList<string> Themes,
    string? Date,
    string? SourceUrl,
    string SourcePath,
    IReadOnlyList<SectionResponse> Sections,
    IReadOnlyList<ReportPassageResponse> Passages,
    string OrganisationSource,
    string RegionSource,
    string? DatePrecision,
    string? DateText,
    IReadOnlyList<string> Credits,
    string? Collection)
{
    public CompilationResponse? Compilation { get; init; }

    public string? Citation { get; init; }

    public CitationPartsResponse? CitationParts { get; init; }

    /// <param name="links">The permalinks the citations end with; null cites without them.</param>
    public static ReportResponse From(Report report, Permalinks? links = null)
    {
        var sections = report.Sections.Select(s => SectionResponse.From(report, s, links)).ToList();
        var parts = SearchService.Core.Search.Citations.CitationParts.Of(report);
        var (citation, cited) = links is null ? (CitationFormatter.Format(parts), parts) : links.Cite(parts, links.Report(report.Id));
        return new(report.Id, report.Title, report.Subtitle, report.Organisation, report.Region, report.Themes, report.Date, report.SourceUrl,
            report.SourcePath, sections, sections.SelectMany(s => s.Passages).ToList(), report.OrganisationSource, report.RegionSource,
            report.DatePrecision, report.DateText, report.Credits, report.Collection)
        {
            Compilation = CompilationResponse.From(SearchService.Core.Search.Citations.Compilation.Of(report.Collection, report.Credits)),
            Citation = citation,
            CitationParts = CitationPartsResponse.From(cited),
        };
    }
}

/// <summary>A run of passages under one heading; <c>headingPath</c> is outermost first, empty before the first heading.</summary>
public sealed record SectionResponse(IReadOnlyList<string> HeadingPath, IReadOnlyList<ReportPassageResponse> Passages, string Heading)
{
    public static SectionResponse From(Report report, Section section, Permalinks? links = null) =>
        new(section.HeadingPath, section.Passages.Select(p => ReportPassageResponse.From(report, p, links)).ToList(), section.Heading);
}

/// <summary>
/// A passage of a report (duplicates collapsed into it; <c>occurrences</c> lists every place, first place first), with
/// why it has its themes (<c>themeEvidence</c>: the keywords found per theme) and, when it is attributed to another
/// organisation than its report's, the words that show it (<c>actorEvidence</c>). <c>twinKey</c> is shared by the same
/// paragraph in other reports.
/// </summary>
public sealed record ReportPassageResponse(
    string Id,
    string ReportId,
    int Ordinal,
    string Text,
    IReadOnlyList<string> SectionPath,
    string Organisation,
    string? Region,
    IReadOnlyList<string> Themes,
    IReadOnlyList<OccurrenceResponse> Occurrences,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? ThemeEvidence,
    string? ActorEvidence,
    string TwinKey)
{
    public string? Citation { get; init; }

    public CitationPartsResponse? CitationParts { get; init; }

    public static ReportPassageResponse From(Report report, Passage passage, Permalinks? links = null)
    {
        var parts = SearchService.Core.Search.Citations.CitationParts.Of(report, passage);
        var (citation, cited) = links is null ? (CitationFormatter.Format(parts), parts) : links.Cite(parts, links.Passage(passage.Id));
        return new(
            passage.Id, passage.ReportId, passage.Ordinal, passage.Text, passage.SectionPath, passage.Organisation, passage.Region, passage.Themes,
            OccurrenceResponse.From(passage.Occurrences), passage.ThemeEvidence, passage.ActorEvidence, passage.TwinKey)
        {
            Citation = citation,
            CitationParts = CitationPartsResponse.From(cited),
        };
    }
}

/// <summary>
/// Where a passage's text (or a near-duplicate of it) stood in a source file: its first line (on <c>page</c> of a PDF),
/// section and the text there; <c>ranges</c> every run of lines it was joined from (a wrapped paragraph, a line and its
/// continuation further down).
/// </summary>
public sealed record OccurrenceResponse(string ReportId, string SourcePath, int Line, IReadOnlyList<string> SectionPath, string Text, int? Page,
    IReadOnlyList<LineRangeResponse> Ranges)
{
    public static IReadOnlyList<OccurrenceResponse> From(IReadOnlyList<Occurrence> occurrences) =>
        occurrences.Select(o => new OccurrenceResponse(o.ReportId, o.SourcePath, o.Line, o.SectionPath, o.Text, o.Page,
            o.Ranges.Select(r => new LineRangeResponse(r.First, r.Last, r.FirstPage, r.LastPage)).ToList())).ToList();
}

/// <summary>Lines <c>first</c> to <c>last</c> of a source file (1-based, inclusive); in a PDF, of pages <c>firstPage</c> to <c>lastPage</c>.</summary>
public sealed record LineRangeResponse(int First, int Last, int? FirstPage, int? LastPage);
