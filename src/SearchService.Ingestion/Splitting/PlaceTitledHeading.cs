using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// A round-up's item heading that names its place (or union) before a colon and then gives the item's own headline
/// (<c>某某县：深入一线送关怀，温暖相伴</c>, <c>某某街道:情暖新春</c>), the item's text on the lines under it. The place
/// says whose item follows and the rest titles it: the whole line is the item's title. A place before a colon with a
/// sentence after it opens the item's text on the same line (<see cref="ListDocument.ItemHeadIn"/>), and a field's label
/// (<c>地点：</c>, <c>主办单位：</c>) names no place.
/// </summary>
internal static partial class PlaceTitledHeading
{
    /// <summary>
    /// Whether the words after a place's colon are a headline: four Chinese characters or more, no sentence ending or
    /// standing in them (a headline may exclaim, <c>某某驿站很贴心！</c>), not a telephone number, an address or a date alone, and either shorter than an item's text on
    /// the line (20 characters; a comma between two phrases is a headline's, <c>深入一线送关怀，温暖相伴</c>) or no longer
    /// than a headline and without a comma (the text of an item opening on the line has its clauses: <c>近日，…</c>).
    /// </summary>
    public static bool IsHeadline(string rest) =>
        rest.Length > 0 && (rest.Length < 20 || rest.Length <= LineShapes.MaxHeadingLength && !LineShapes.HasComma(rest))
        && rest.Count(LineShapes.IsHan) >= 4 && !LineShapes.EndsSentence(rest.TrimEnd('！', '!')) && !rest.Contains('。') && !NotAHeadline().IsMatch(rest);

    /// <summary>
    /// Whether the paragraph under a place-titled heading is that place's item: it names the place (the place's union
    /// acting, <c>年味渐浓，某某街道总工会集中开展…</c>, or the place itself, in full or short), in either script. One such
    /// heading under a page's own text makes two items: the page's lead and the place's; a report's part headed by a
    /// function (<c>阅读区：藏书两千册</c>) names no place of its own under it.
    /// </summary>
    public static bool TextNamesPlace(string place, string paragraph, Metadata.ScriptFold fold)
    {
        var (name, text) = (fold.Fold(place), fold.Fold(paragraph));
        return text.Contains(name, StringComparison.Ordinal) || name.Length > 2 && ShortForm(name) is { } shortForm && text.Contains(shortForm, StringComparison.Ordinal);
    }

    /// <summary>A place's name without its level (某某县 → 某某, 某某街道 → 某某), when two characters or more remain.</summary>
    private static string? ShortForm(string place)
    {
        var match = PlaceLevel().Match(place);
        return match.Success && match.Index >= 2 ? place[..match.Index] : null;
    }

    [GeneratedRegex(@"(?:省|市|区|區|县|縣|州|旗|盟|镇|鎮|乡|鄉|街道)$")]
    private static partial Regex PlaceLevel();

    // A telephone number, a street address (…路12号), a date alone: what a contact line or a field gives after a colon.
    // A headline may hold a count or a year (350家, 2024年).
    [GeneratedRegex(@"\d{3,4}[-－—]\d{6,8}|\d{7,}|[路街巷]\d|\d+号|^\d{1,2}月\d{1,2}日$")]
    private static partial Regex NotAHeadline();
}
