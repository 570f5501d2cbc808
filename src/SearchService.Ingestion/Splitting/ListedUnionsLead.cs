using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// A page's lead naming, one after the other, the unions whose sections follow (<c>中秋前夕，市总工会、甲区总工会、乙县总工会
/// 分别深入…</c>): three or more unions listed together (joined by 、, 和, 与, 及) in its first sentence. Above unions' or
/// places' headings it introduces them all and is no item of its own: it opens the first item, as an area's unions
/// together do (<c>各县区工会</c>). One news item's lead naming joint organisers is never asked: only a page already read
/// as headed sections has a lead above its first heading.
/// </summary>
internal static class ListedUnionsLead
{
    private static readonly string[] Joins = ["、", "，", ",", "和", "与", "及", "以及", "同"];

    /// <summary>Whether the paragraph's first sentence lists three or more different unions one right after the other.</summary>
    public static bool IsListedIn(string paragraph, OrganisationDirectory organisations)
    {
        if (paragraph.Length < 20 || !LineShapes.EndsSentence(paragraph)) return false;
        var folded = ScriptFold.Default.Fold(paragraph);
        var sentence = Sentences.Opening(folded);
        // 某区总工会机关工会: a name inside another is part of that one.
        var mentions = organisations.Names.Find(sentence);
        var outer = mentions.Where(m => !mentions.Any(o => o != m && o.Start <= m.Start && m.End <= o.End && o.End - o.Start > m.End - m.Start)).OrderBy(m => m.Start).ToList();
        var run = new HashSet<string>(StringComparer.Ordinal);
        OrganisationMention? previous = null;
        foreach (var mention in outer)
        {
            var joined = previous is not null && mention.Start >= previous.End && Joins.Contains(sentence[previous.End..mention.Start].Trim());
            if (!joined) run.Clear();
            run.Add(mention.Name);
            if (run.Count >= 3) return true;
            previous = mention;
        }
        return false;
    }
}
