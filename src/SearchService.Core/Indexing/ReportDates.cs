using System.Text.RegularExpressions;

namespace SearchService.Core.Indexing;

/// <summary>
/// A report's date as the index keeps it: its year (the facet and the year filters) and a number that sorts by date.
/// Ingestion records dates as ISO 8601 at the precision known (<c>2024</c>, <c>2024-01</c>, <c>2024-01-12</c>);
/// dates given through a sidecar or the API before that was enforced may also read <c>2024/1/12</c> or
/// <c>2024年1月12日</c>, which are understood too. Anything else counts as no date.
/// </summary>
public static partial class ReportDates
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    /// <param name="Year">Four digits.</param>
    /// <param name="SortKey">yyyyMMdd with unknown month or day as 0, so a year sorts before its dated days.</param>
    public readonly record struct Parsed(string Year, long SortKey);

    public static Parsed? Parse(string? date)
    {
        if (string.IsNullOrWhiteSpace(date)) return null;
        var match = DatePattern().Match(date.Trim());
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value);
        if (year is < MinYear or > MaxYear) return null;
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value) : 0;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value) : 0;
        if (month is < 0 or > 12) month = 0;
        if (day is < 0 or > 31 || month == 0) day = 0;
        return new Parsed(year.ToString("D4"), year * 10_000L + month * 100L + day);
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:\s*[-/.年]\s*(?<m>\d{1,2})(?:\s*[-/.月]\s*(?<d>\d{1,2}))?)?")]
    private static partial Regex DatePattern();
}
