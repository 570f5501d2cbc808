using SearchService.Api.Infrastructure;
using SearchService.Core.Search;
using SearchService.Core.Search.Citations;

namespace SearchService.Api.Contracts;

/// <summary>
/// A passage with its report and every place its text (or a near-duplicate) occurred: what a citation needs; and why
/// it has its themes (<c>themeEvidence</c>); <c>citation</c> cites it (GB/T 7714, ending with its permalink) and
/// <c>citationParts</c> gives the pieces.
/// </summary>
public sealed record PassageResponse(
    string Id,
    string ReportId,
    string ReportTitle,
    string Organisation,
    string? Region,
    IReadOnlyList<string> Themes,
    string Section,
    int Ordinal,
    string Text,
    string SourcePath,
    IReadOnlyList<OccurrenceResponse> Occurrences,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? ThemeEvidence)
{
    public string? Citation { get; init; }

    public CitationPartsResponse? CitationParts { get; init; }

    public static PassageResponse From(PassageView passage, Permalinks? links = null)
    {
        var cited = passage.Citation is null ? ((string, CitationParts)?)null
            : links is null ? (CitationFormatter.Format(passage.Citation), passage.Citation) : links.Cite(passage.Citation, links.Passage(passage.Id));
        return new(
            passage.Id, passage.ReportId, passage.ReportTitle, passage.Organisation, passage.Region, passage.Themes, passage.Section, passage.Ordinal,
            passage.Text, passage.SourcePath, OccurrenceResponse.From(passage.Occurrences), passage.ThemeEvidence)
        {
            Citation = cited?.Item1,
            CitationParts = cited is { } c ? CitationPartsResponse.From(c.Item2) : null,
        };
    }
}
