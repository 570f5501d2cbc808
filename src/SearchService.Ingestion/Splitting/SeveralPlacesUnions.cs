using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// Several places' unions named together by their count (<c>甲市、乙县、丙县三地总工会相继开展…</c>, <c>多地工会</c>,
/// <c>五个县区总工会</c>): as a lead's subject, like an area's unions together (<c>各县区工会</c>), no one union acts — a
/// round-up's lead over its places' items. Two places (<c>沪苏两地工会签署…</c>) are two unions acting jointly in one news
/// item, not a round-up.
/// </summary>
internal static partial class SeveralPlacesUnions
{
    /// <summary>Whether a text names three or more places' unions together by their count.</summary>
    public static bool IsNamedIn(string text) => Counted().IsMatch(text);

    /// <summary>Whether a place (<c>丙县</c>) stands among the places whose unions the text counts together.</summary>
    public static bool Lists(string text, string place) =>
        place.Length >= 2 && Counted().Matches(text).Any(m => m.Value.Contains(place, StringComparison.Ordinal));

    /// <summary>The text without the places' unions named together (the places listed before the count too), so that no one of them reads as acting.</summary>
    public static string Without(string text) => Counted().Replace(text, "");

    // The places listed before the count may be joined by 、 or 和/及/与; the count is three or more, or 多/数/几.
    [GeneratedRegex(@"(?:[\u4E00-\u9FFF]{2,10}?[、和及与])*[\u4E00-\u9FFF]{0,10}?(?:[三四五六七八九十多数几]|[3-9]|[1-9][0-9])(?:地|个(?:县市区|县区|区县|县市|县|区|市))(?:总工会|工会|總工會|工會)")]
    private static partial Regex Counted();
}
