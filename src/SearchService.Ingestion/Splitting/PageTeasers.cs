using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// A tag page of teasers without headlines of their own: the page's first teaser is a headline over its lead, and the
/// others are paragraphs of other pages printed under it. Two shapes tell them apart from one article's paragraphs:
/// <list type="bullet">
/// <item>paragraphs the site cut to one length (every paragraph from some point on stops short of a clause's end at the same number of
/// characters, two or more): a writer's paragraphs differ in length and end their sentences, and a page cut short is
/// cut once, at its end;</item>
/// <item>a headline over its lead printed twice (the teaser's summary, then its opening), followed by paragraphs placing
/// themselves in another province than the lead: each such paragraph opens an item, the paragraphs after it naming its
/// province or none staying with it. An article printing its summary over its text goes on in its own place.</item>
/// </list>
/// </summary>
internal static partial class ListDocument
{
    /// <summary>A paragraph the site cut to its teaser's length is at least this long: longer than any hard wrap's line (tune's widest wrap is 50 characters).</summary>
    private const int MinCutTeaserLength = 80;

    /// <summary>
    /// The indexes of the lines opening a teaser of a tag page whose teasers have no headlines (<see cref="PageTeasers"/>
    /// shapes); empty when the page is not one. The text above the first is the page's own first teaser.
    /// </summary>
    /// <param name="cutOnly">Only the first shape, teasers the site cut to one length (asked before the other list shapes: the cut says more than any item's opening).</param>
    public static IReadOnlySet<int> PageTeaserStarts(IReadOnlyList<SourceLine> lines, ScriptFold fold, OrganisationDirectory organisations, bool cutOnly = false)
    {
        var paragraphs = new List<(int Index, string Text)>();
        int? headline = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0) continue;
            // Other pages' links after a related list's label are no teasers of this page.
            if (LineClassifier.StartsLinkList(text, fold)) break;
            if (LineClassifier.Classify(text, afterLinkList: false, fold) != LineKind.Prose) continue;
            if (IsHeadingLike(text))
            {
                if (paragraphs.Count == 0) headline ??= i;
                continue;
            }
            if (text.Length >= 20) paragraphs.Add((i, text));
        }
        if (CutToOneLength(paragraphs) is { Count: > 0 } cut) return cut;
        return headline is null || cutOnly ? new HashSet<int>() : AfterRepeatedLead(lines[headline.Value].Text.Trim(), paragraphs, organisations);
    }

    /// <summary>The paragraphs closing the page that the site cut to one length, two or more; none otherwise.</summary>
    private static HashSet<int> CutToOneLength(List<(int Index, string Text)> paragraphs)
    {
        var run = CutTeaserRun(paragraphs.Select(p => p.Text).ToList());
        return run >= 2 ? paragraphs.TakeLast(run).Select(p => p.Index).ToHashSet() : [];
    }

    /// <summary>Whether the last of these paragraphs are two or more the site cut to one length.</summary>
    public static bool EndsInCutTeasers(IReadOnlyList<string> paragraphs) => CutTeaserRun(paragraphs) >= 2;

    /// <summary>
    /// How many of the last paragraphs are the site's teasers of the last one's length: all that length, two at least
    /// cut short of a clause's end (a teaser may happen to stop right after a sentence, the last one too); 0 otherwise.
    /// </summary>
    private static int CutTeaserRun(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0 || paragraphs[^1].Length < MinCutTeaserLength) return 0;
        var length = paragraphs[^1].Length;
        int run = 0, cut = 0;
        for (var p = paragraphs.Count - 1; p >= 0 && paragraphs[p].Length == length && IsMostlyChinese(paragraphs[p]); p--)
        {
            run++;
            if (IsCutTeaser(paragraphs[p])) cut++;
        }
        return cut >= 2 ? run : 0;
    }

    /// <summary>
    /// A paragraph the site cut: long, mostly Chinese, and stopping short of a clause's end (mid-word, or after a comma:
    /// the site counts characters, not clauses; an ellipsis it adds ends it as one). A caption signed by its
    /// photographer or source (<c>…。/ 某某工会供图</c>, <c>… 王明 摄</c>) ends its sentence before the credit: it is whole.
    /// </summary>
    private static bool IsCutTeaser(string text) => text.Length >= MinCutTeaserLength && !LineShapes.EndsClause(text) && IsMostlyChinese(text) && !IsPhotoCaption(text);

    private static bool IsMostlyChinese(string text) => text.Count(LineShapes.IsHan) * 2 >= text.Length;

    /// <summary>
    /// After a headline's lead printed twice (a whole paragraph, then the same again), the paragraphs that place
    /// themselves in a province neither the headline, the lead nor the item read so far names (by a place, or by the
    /// union acting at their opening): each opens an item.
    /// </summary>
    private static HashSet<int> AfterRepeatedLead(string headline, List<(int Index, string Text)> paragraphs, OrganisationDirectory organisations)
    {
        var starts = new HashSet<int>();
        if (paragraphs.Count < 3 || paragraphs[0].Text != paragraphs[1].Text || paragraphs[0].Text.Length < 40 || !LineShapes.EndsSentence(paragraphs[0].Text))
            return starts;
        var provinces = ProvincesIn(headline, organisations);
        provinces.UnionWith(ProvincesIn(paragraphs[0].Text, organisations));
        if (provinces.Count == 0) return starts;
        foreach (var (index, text) in paragraphs.Skip(2))
        {
            if (text == paragraphs[0].Text) continue;
            var named = ProvincesIn(text, organisations);
            if (named.Count > 0 && !named.Overlaps(provinces))
            {
                starts.Add(index);
                provinces = named;
            }
            else provinces.UnionWith(named);
        }
        return starts;
    }

    /// <summary>The provinces a paragraph places itself in: those of the places it names, and of the union acting at its opening.</summary>
    private static HashSet<string> ProvincesIn(string text, OrganisationDirectory organisations)
    {
        var provinces = organisations.PlacesIn(text).Select(m => Gazetteer.UpToDepth(m.Path, 1)).ToHashSet();
        if (organisations.ActorIn(text) is { } actor && organisations.RegionOf(actor) is { Length: > 0 } region) provinces.Add(Gazetteer.UpToDepth(region, 1));
        return provinces;
    }
}
