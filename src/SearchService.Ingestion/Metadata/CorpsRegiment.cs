using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// A regiment (团) of a division (师) of the Production and Construction Corps, written as the corps writes it:
/// <c>三师六十团</c>, <c>第二师九十团</c>, <c>7师123团</c>. A regiment is a farm-and-town unit of its own with its own
/// union (<c>某师某团工会</c>), neither its division's general union nor an enterprise's; its name is kept as written
/// (folded to simplified script), and it lies in 新疆维吾尔自治区 — in the city its division runs when the division is
/// written as the gazetteer knows it (<c>第五师</c>, with 第: 三师 alone is another word too), else in the region only.
/// </summary>
internal static partial class CorpsRegiment
{
    public const string Region = "新疆维吾尔自治区";

    /// <summary>Whether a name's stem (its words before 工会) is a division's regiment and nothing more.</summary>
    public static bool IsRegiment(string stem) => Shape().IsMatch(stem);

    /// <summary>
    /// The place of a regiment's union (<c>某师某团工会</c>): the division's city where the gazetteer has the division,
    /// else the region; null for any other name.
    /// </summary>
    public static string? PlaceOf(string name, Gazetteer gazetteer)
    {
        var stem = name.EndsWith("工会", StringComparison.Ordinal) ? name[..^2] : name;
        if (Shape().Match(stem) is not { Success: true } regiment) return null;
        var division = regiment.Groups["division"].Value;
        if (!regiment.Groups["ordinal"].Success) return Region;
        var numeral = division.All(char.IsAsciiDigit) ? ChineseNumeral(int.Parse(division)) : division;
        return numeral is not null && gazetteer.Resolve("第" + numeral + "师") is { } city && Gazetteer.Within(city, Region) ? city : Region;
    }

    // 第五师, 5师, 三师; then the regiment by its number, 九十团, 123团.
    [GeneratedRegex("^(?<ordinal>第)?(?<division>[一二三四五六七八九十]{1,3}|[0-9]{1,2})师(?:[一二三四五六七八九十百零〇]{1,5}|[0-9]{1,3})团$")]
    private static partial Regex Shape();

    // 1–99 in Chinese numerals as divisions are written (十四, 二十): the corps has fourteen.
    private static string? ChineseNumeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n switch
        {
            <= 0 or > 99 => null,
            < 10 => digits[n].ToString(),
            < 20 => "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };
    }
}
