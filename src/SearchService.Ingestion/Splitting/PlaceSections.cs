using System.Text.RegularExpressions;
using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// Round-ups in place sections: a place on a line of its own heads the item of that place's union. Two shapes beyond the
/// written-out place lines <see cref="ItemHeadIn(string)"/> knows:
/// <list type="bullet">
/// <item>a province's round-up headed by its cities' bare names (<c>济南</c>, <c>威海</c>: the short form, no level), each
/// over its item's own headline and text;</item>
/// <item>a union's own news followed by one place's section (<c>某某市总工会开展…</c> … then <c>某某区</c> over
/// <c>某某区总工会携手…</c>): the page's text is the first item, the section the second, when the section's text names that
/// place's union acting and the page's text another union.</item>
/// </list>
/// </summary>
internal static partial class ListDocument
{
    /// <summary>The organisation or place heading an item, as <see cref="ItemHeadIn(string)"/>, or a place written bare (<c>威海</c>) alone on its line.</summary>
    public static ItemHead? ItemHeadIn(string text, OrganisationDirectory organisations) =>
        ItemHeadIn(text) ?? (BarePlace(text, organisations) is { } place ? new ItemHead(place, IsOrganisation: false, Inline: false) : null)
        ?? ShortPlaceTitled(text, organisations);

    /// <summary>
    /// A place written by its short form before a colon with the item's own headline after it (<c>某某:“双基地”联动送暖
    /// 多元服务暖人心</c>), as a written-out place titles its item (<see cref="PlaceTitledHeading"/>); a short form before a
    /// colon with text after it is a quote's or a field's, and heads nothing.
    /// </summary>
    private static ItemHead? ShortPlaceTitled(string text, OrganisationDirectory organisations)
    {
        if (ShortPlaceColon().Match(text.Trim()) is not { Success: true } match) return null;
        var (name, rest) = (match.Groups["name"].Value, match.Groups["rest"].Value.Trim());
        return organisations.Names.IsPlacePrefix(ScriptFold.Default.Fold(name)) && PlaceTitledHeading.IsHeadline(rest)
            ? new ItemHead(name, IsOrganisation: false, Inline: false, rest)
            : null;
    }

    /// <summary>
    /// A place written bare on a line of its own (<c>济南</c>, <c>■威海</c>): two to six characters that are all one
    /// place's name or short form; null for anything else.
    /// </summary>
    private static string? BarePlace(string text, OrganisationDirectory organisations)
    {
        var name = ItemMarker().Replace(text.Trim(), "", 1).Trim();
        return name.Length is >= 2 and <= 6 && HanOnly().IsMatch(name) && organisations.Names.IsPlacePrefix(ScriptFold.Default.Fold(name)) ? name : null;
    }

    /// <summary>
    /// Whether the heading at <paramref name="at"/> has an item under it: a text of 20 characters or more right under
    /// it, or, under a place, a headline with that text under it (a section's own headline, <c>济南</c> over
    /// <c>某某区首家驿站启用</c>); a union's name over a headline is a letterhead, the document's signature.
    /// </summary>
    private static bool HeadsItem(IReadOnlyList<SourceLine> lines, int at, bool isPlace, bool afterText = false)
    {
        var under = NextIndex(lines, at + 1);
        if (under < 0) return false;
        var text = lines[under].Text.Trim();
        if (text.Length >= 20) return ItemHeadIn(text) is null;
        var after = NextIndex(lines, under + 1);
        // After the page's text has begun a union's name is no letterhead: over its item's own headline (a compilation's
        // unit over the title of its experience, 某某县总工会 / “三个一”工作法…) it heads the item as a place does.
        return (isPlace || afterText) && IsHeadingLike(text) && ItemHeadIn(text) is null && after >= 0 && lines[after].Text.Trim() is { Length: >= 20 } prose && !IsHeadingLike(prose);
    }

    /// <summary>
    /// A union's own news with one place's section after it: the only place heading stands after a whole paragraph in
    /// which a union acts, and the text under the heading names that place's union acting, another union. A single
    /// report's section on a place tells what the same union did there (<c>在某某区，市总工会…</c>) and stays whole.
    /// </summary>
    private static bool IsPlaceSectionAfterOwnNews(IReadOnlyList<SourceLine> lines, OrganisationDirectory organisations)
    {
        int? heading = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0 || ItemHeadIn(text, organisations) is not { Inline: false } head || !HeadsItem(lines, i, !head.IsOrganisation)) continue;
            // A place-titled heading (某某县：headline) is PlaceTitledHeading's shape, which asks for a whole paragraph right above it.
            if (heading is not null || head.Headline is not null) return false;
            heading = i;
        }
        if (heading is not { } at) return false;
        var place = ScriptFold.Default.Fold(ItemHeadIn(lines[at].Text.Trim(), organisations)!.Name);
        var own = lines.Take(at).Select(l => l.Text.Trim()).FirstOrDefault(t => t.Length >= 40 && LineShapes.EndsSentence(t));
        if (own is null || organisations.ActorIn(own) is not { } ownUnion) return false;
        var sectionText = lines.Skip(at + 1).Select(l => l.Text.Trim()).FirstOrDefault(t => t.Length >= 20 && !IsHeadingLike(t));
        return sectionText is not null && organisations.ActorIn(sectionText) is { } sectionUnion && sectionUnion != ownUnion
            && sectionUnion.Contains(PlaceStem(place), StringComparison.Ordinal);
    }

    /// <summary>A place's name without its level (芝罘区 → 芝罘), as a union's canonical name writes it.</summary>
    private static string PlaceStem(string place) =>
        place.Length > 2 && place[^1] is '省' or '市' or '区' or '县' or '州' or '旗' or '盟' or '镇' or '乡' ? place[..^1] : place;

    private static int NextIndex(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (lines[i].Text.Trim().Length > 0) return i;
        return -1;
    }

    [GeneratedRegex(@"^[\u3400-\u9FFF]+$")]
    private static partial Regex HanOnly();

    [GeneratedRegex(@"^(?<name>[\u3400-\u9FFF]{2,6})\s*[:：](?<rest>.+)$")]
    private static partial Regex ShortPlaceColon();
}
