using System.ComponentModel.DataAnnotations;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;

namespace SearchService.Api.Contracts;

/// <summary>Building blocks of the parameter records.</summary>
internal static class Parameters
{
    public static ValidationResult OutOfRange(string name, long value, long min, long max) =>
        new($"{name}='{value}' must be a whole number from {min} to {max}.", [name]);

    public static FacetSelection Filters(string[]? organisation, string[]? region, string[]? theme, string[]? year = null) => new(new Dictionary<string, IReadOnlyList<string>>
    {
        [IndexSchema.Organisation] = Clean(organisation),
        [IndexSchema.Region] = Clean(region),
        [IndexSchema.Theme] = Clean(theme),
        [IndexSchema.Year] = Clean(year),
    });

    /// <summary>The year filters: each year four digits (or 未注明), a range within 1900–2100 and not reversed.</summary>
    public static IEnumerable<ValidationResult> ValidateYears(string[]? year, int? yearFrom, int? yearTo)
    {
        foreach (var value in Clean(year))
            if (value != IndexSchema.NoYear && !(value.Length == 4 && int.TryParse(value, out var y) && y is >= ReportDates.MinYear and <= ReportDates.MaxYear))
                yield return new ValidationResult($"year='{value}' must be a year from {ReportDates.MinYear} to {ReportDates.MaxYear} or {IndexSchema.NoYear}.", ["year"]);
        if (yearFrom is { } from && (from < ReportDates.MinYear || from > ReportDates.MaxYear)) yield return OutOfRange("yearFrom", from, ReportDates.MinYear, ReportDates.MaxYear);
        if (yearTo is { } to && (to < ReportDates.MinYear || to > ReportDates.MaxYear)) yield return OutOfRange("yearTo", to, ReportDates.MinYear, ReportDates.MaxYear);
        if (yearFrom is { } a && yearTo is { } b && a > b) yield return new ValidationResult($"yearFrom ({a}) may not be after yearTo ({b}).", ["yearFrom"]);
    }

    private static IReadOnlyList<string> Clean(string[]? values) =>
        values?.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList() ?? [];
}
