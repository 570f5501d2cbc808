using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// A province's sector union (某省交通工会, 某省财贸轻纺烟草工会, 某自治区纺织服装产业工会): a body of the province's union
/// system, named with the province written out and then its sector. Like the province's general union it is the
/// province's, whichever city it visits; an enterprise's union named with its province (某省电力公司工会, 福建邮政工会)
/// is not, and is placed where its text happens.
/// </summary>
internal static partial class ProvincialSectorUnion
{
    /// <summary>Whether <paramref name="name"/> is the sector union of the province at <paramref name="province"/> (a path of one level).</summary>
    public static bool Is(string name, string province) =>
        !province.Contains('/') && name.StartsWith(province, StringComparison.Ordinal) && name.Length > province.Length
        && SectorUnion.Is(name) && !Unit().IsMatch(name[province.Length..]);

    // An enterprise's or an institution's words: its union is the unit's, not the sector's.
    [GeneratedRegex("公司|集团|银行|厂|矿|局|院|所|校|大学|中心|站")]
    private static partial Regex Unit();
}
