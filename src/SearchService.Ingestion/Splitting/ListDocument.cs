using System.Text.RegularExpressions;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>How a document lists separate items, each of which is a report of its own.</summary>
internal enum ListKind
{
    None,

    /// <summary>Items opened by a marker (<c>△</c>, <c>●</c>, <c>■</c>…), as a newspaper's page index or news roundup has them.</summary>
    MarkedItems,

    /// <summary>Items headed by the organisation they are about (<c>马山县总工会：</c>), as a compilation of unions' summaries has them.</summary>
    OrganisationHeadings,
}

/// <summary>
/// Recognises a document that is a list of separate items rather than one report with sections. Two shapes are
/// reliable enough to split on: at least three body lines opened by the same kind of item marker, and at least two
/// heading lines that are nothing but an organisation's name (ending in 工会, 总工会, 工会联合会…, in either script).
/// One such line alone is a byline or a section of one report, so it does not make a list.
/// </summary>
internal static partial class ListDocument
{
    public static ListKind KindOf(IReadOnlyList<SourceLine> lines)
    {
        var marked = new List<string>();
        var organisations = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0) continue;
            if (IsMarkedItem(text) && text.Length > 8) marked.Add(ItemMarker().Replace(text, "", 1));
            // A name heading an item has the item's text under it; a name alone at the top or bottom signs the document.
            if (IsOrganisationHeading(text) && i + 1 < lines.Count && lines[i + 1].Text.Trim() is { Length: >= 20 } next && !IsOrganisationHeading(next))
                organisations++;
        }
        return marked.Count >= 3 && AreSeparateNews(marked) ? ListKind.MarkedItems
            : organisations >= 2 ? ListKind.OrganisationHeadings
            : ListKind.None;
    }

    /// <summary>
    /// Marked lines are separate news items, not the bullet points of one report, when most of them open with who did
    /// it — a union, a company, a bureau — and not all with the same one.
    /// </summary>
    private static bool AreSeparateNews(List<string> items)
    {
        var actors = items.Select(i => ActorOpening().Match(i)).Where(m => m.Success).Select(m => m.Value).ToList();
        return actors.Count * 5 >= items.Count * 3 && actors.Distinct().Count() >= 2;
    }

    public static bool IsMarkedItem(string text) => text.Length > 1 && ItemMarker().IsMatch(text);

    public static bool IsOrganisationHeading(string text) => text.Length <= 30 && OrganisationHeading().IsMatch(text);

    public static string OrganisationName(string heading) => heading.Trim().TrimEnd(':', '：').Trim();

    /// <summary>An item's title: its first clause without the marker, at most 40 characters.</summary>
    public static string ItemTitle(string text)
    {
        var body = ItemMarker().Replace(text, "", 1).Trim();
        var end = body.IndexOfAny(['，', ',', '。', '；', ';', '！', '？']);
        var clause = end > 0 ? body[..end] : body;
        return clause.Length > 40 ? clause[..40] + "…" : clause;
    }

    // Who acted, named at the opening of an item: up to 16 characters ending in the kind of body that acts.
    [GeneratedRegex(@"^[^，,。；;：:]{1,16}?(?:总工会|總工會|工会|工會|公司|集团|集團|厂|廠|局|医院|醫院|学校|學校|大学|大學|协会|協會|委员会|委員會|政府|街道|社区|社區|中心)")]
    private static partial Regex ActorOpening();

    [GeneratedRegex(@"^\s*[△▲▽▼●○◆◇■□★☆◎※▶►▷]\s*")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"^[\u3400-\u9FFF（）()·]{2,24}?(?:总工会|總工會|工会联合会|工會聯合會|工会委员会|工會委員會|联合工会|聯合工會|工会|工會)\s*[:：]?$")]
    private static partial Regex OrganisationHeading();
}
