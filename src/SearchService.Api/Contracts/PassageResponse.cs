using SearchService.Core.Search;

namespace SearchService.Api.Contracts;

/// <summary>
/// A passage with its report and every place its text (or a near-duplicate) occurred: what a citation needs; and why
/// it has its themes (<c>themeEvidence</c>).
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
    public static PassageResponse From(PassageView passage) => new(
        passage.Id, passage.ReportId, passage.ReportTitle, passage.Organisation, passage.Region, passage.Themes, passage.Section, passage.Ordinal,
        passage.Text, passage.SourcePath, OccurrenceResponse.From(passage.Occurrences), passage.ThemeEvidence);
}
