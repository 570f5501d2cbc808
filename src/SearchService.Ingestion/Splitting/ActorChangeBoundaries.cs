using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// Item boundaries of a page no shape claimed, found where the acting union changes and stays changed: a general
/// method instead of one more page shape. Each whole paragraph in which a union acts at the opening is a candidate
/// start; its features (the union opens it, it is another union than the current item's, of a place neither within nor
/// around the item's place, the item's union is never named again, the new union was never named before, a time lead
/// opens the paragraph, the page's title names neither, the paragraph is long) are weighed by learnt weights
/// (<see cref="ActorChangeWeights"/>, read from <c>actor-change.tsv</c>), and a candidate above the threshold starts an item. A single news item that names a
/// visitor, a host, a co-organiser or a higher union it quotes keeps its own union named later or names the other
/// one before, so it stays whole.
/// </summary>
internal static partial class ActorChangeBoundaries
{
    /// <summary>The names of the features, in the order of <see cref="Features"/> and of the weights.</summary>
    public static readonly ImmutableArray<string> FeatureNames =
        ["bias", "opens-with-union", "other-union", "other-place", "item-union-gone", "new-union-new", "time-lead", "title-names-neither", "long", "delegation-goes-on",
            "place-or-slogan-lead", "next-another-union", "item-union-bare", "area-lead", "lower-than-item"];

    /// <summary>A paragraph that may start an item: its index, the union acting at its opening, and its features.</summary>
    public sealed record Candidate(int Index, string Union, double[] Features);

    /// <summary>
    /// The indexes of the paragraphs that start a new item (the first paragraph never does), read left to right: a
    /// boundary makes its union the current item's.
    /// </summary>
    public static IReadOnlyList<int> Boundaries(IReadOnlyList<string> paragraphs, string title, OrganisationDirectory organisations, ActorChangeWeights weights)
    {
        var starts = new List<int>();
        var areaLead = ListDocument.IntroducesSections(paragraphs[0], organisations);
        var itemUnion = FirstUnion(paragraphs[0], title, areaLead, organisations);
        var area = LeadsItsArea(paragraphs[0], itemUnion, organisations);
        for (var i = 1; i < paragraphs.Count; i++)
        {
            // Until a union acts, there is no item to leave: the first one acting is the first item's.
            if (itemUnion is null)
            {
                itemUnion = LeadingUnion(paragraphs[i], organisations);
                continue;
            }
            if (CandidateAt(paragraphs, i, itemUnion, title, areaLead, organisations) is not { } candidate || Within(candidate.Union, area, organisations)) continue;
            if (weights.Score(candidate.Features) <= weights.Threshold) continue;
            starts.Add(i);
            itemUnion = candidate.Union;
        }
        return starts;
    }

    /// <summary>
    /// A report the shapes left whole, cut into one report per item where the acting union changes. Each item takes
    /// the paragraphs from its start to the next item's, in reading order, with a heading nothing stood under right
    /// above its start (its headline, which titles it); else its title is the heading it stands under, or its first clause.
    /// </summary>
    public static List<DraftReport> Split(DraftReport report, OrganisationDirectory organisations, ActorChangeWeights weights)
    {
        var ordered = report.Paragraphs.OrderBy(p => p.Sequence).ToList();
        var prose = ordered.Where(p => !p.WasHeading).ToList();
        if (prose.Count < 2) return [report];
        var starts = Boundaries(prose.Select(p => p.Line.Text).ToList(), report.Title, organisations, weights);
        if (starts.Count == 0) return [report];
        var cuts = new List<(int At, string Title)>();
        foreach (var start in starts)
        {
            var at = ordered.IndexOf(prose[start]);
            var previous = prose[start - 1];
            if (at > 0 && ordered[at - 1].WasHeading && ordered[at - 1].Sequence > previous.Sequence)
                cuts.Add((at - 1, ordered[at - 1].Line.Text.Trim()));
            else
                cuts.Add((at, prose[start].SectionPath is [.., var heading] && !previous.SectionPath.Contains(heading) ? heading : ListDocument.ItemTitle(prose[start].Line.Text)));
        }
        var result = new List<DraftReport> { report };
        report.Paragraphs.Clear();
        report.Paragraphs.AddRange(ordered.Take(cuts[0].At));
        for (var c = 0; c < cuts.Count; c++)
        {
            var end = c + 1 < cuts.Count ? cuts[c + 1].At : ordered.Count;
            var item = new DraftReport(report.SourcePath, cuts[c].Title, null, null) { IsItem = true };
            item.Paragraphs.AddRange(ordered.Skip(cuts[c].At).Take(end - cuts[c].At));
            // The headline titles the item and is not also its text (unless it is all the item has).
            if (item.Paragraphs.Count > 1 && item.Paragraphs[0].WasHeading && item.Paragraphs[0].Line.Text.Trim() == item.Title) item.Paragraphs.RemoveAt(0);
            result.Add(item);
        }
        return result;
    }

    /// <summary>
    /// The candidates of a page whose items are known (<paramref name="itemStarts"/>), each with the union of the item
    /// it stands in as the current one, and whether it starts an item: the examples the weights are learnt from.
    /// </summary>
    public static IEnumerable<(Candidate Candidate, bool Starts)> Examples(IReadOnlyList<string> paragraphs, string title, IReadOnlySet<int> itemStarts, OrganisationDirectory organisations)
    {
        var areaLead = ListDocument.IntroducesSections(paragraphs[0], organisations);
        var itemUnion = FirstUnion(paragraphs[0], title, areaLead, organisations);
        var area = LeadsItsArea(paragraphs[0], itemUnion, organisations);
        for (var i = 1; i < paragraphs.Count; i++)
        {
            if (itemUnion is null && !itemStarts.Contains(i))
            {
                itemUnion = LeadingUnion(paragraphs[i], organisations);
                continue;
            }
            var candidate = itemUnion is null ? null : CandidateAt(paragraphs, i, itemUnion, title, areaLead, organisations);
            if (candidate is not null && Within(candidate.Union, area, organisations)) candidate = null;
            if (itemStarts.Contains(i)) itemUnion = candidate?.Union ?? ActingUnion(paragraphs[i], organisations);
            if (candidate is not null) yield return (candidate, itemStarts.Contains(i));
        }
    }

    /// <summary>
    /// The region of the union the page's lead has acting with its area's unions together (<c>某市总工会在全市开展…，各县市区工会同步行动</c>):
    /// the unions within it that act further down are its parts, not items of their own. Null when the lead reads otherwise.
    /// </summary>
    private static string? LeadsItsArea(string lead, string? union, OrganisationDirectory organisations)
    {
        if (union is null) return null;
        return AreaUnions().IsMatch(LineShapes.WithLevelsUnbracketed(Sentences.Opening(lead))) ? RegionOf(union, organisations) : null;
    }

    private static bool Within(string union, string? area, OrganisationDirectory organisations) =>
        area is not null && organisations.RegionOf(union) is { } region && region.StartsWith(area, StringComparison.Ordinal);

    /// <summary>
    /// The union of the page's first item when its first paragraph or its title names one acting. Under a round-up's lead
    /// (the area's unions together, <c>连日来，全市各级工会…</c>) the page's headline is one item's, so the first union
    /// acting below the lead holds the first item, whatever the headline names.
    /// </summary>
    private static string? FirstUnion(string paragraph, string title, bool areaLead, OrganisationDirectory organisations) =>
        LeadingUnion(paragraph, organisations) ?? (areaLead ? null : organisations.ActorIn(title, title.Length));

    /// <summary>
    /// The union acting in a paragraph that can lead an item (40 characters or more): a short line (<c>某某市总工会也派人前来交流。</c>)
    /// leads none, nor does a leader's name and posts from the site's list of its leaders (<c>王明 某某省总工会主席</c>): nobody acts there.
    /// </summary>
    private static string? LeadingUnion(string paragraph, OrganisationDirectory organisations) =>
        paragraph.Length >= 40 && !ListDocument.IsProfileCaption(paragraph) ? ActingUnion(paragraph, organisations) : null;

    private static string? ActingUnion(string paragraph, OrganisationDirectory organisations) =>
        ListDocument.OpeningUnion(paragraph, organisations) ?? organisations.ActorIn(paragraph, OpeningReach) ?? BareUnion(paragraph);

    /// <summary>
    /// A union named by its level alone acting at the paragraph's opening (<c>1月14日，市总工会组织…</c>): the page's own
    /// union of that level, whose name the page never writes in full. It is an item's union (another union acting later
    /// may start an item) but never a candidate start itself (the page's own union coming back).
    /// </summary>
    internal static string? BareUnion(string paragraph) =>
        paragraph.Length >= 40 && BareUnionOpening().Match(ScriptFold.Default.Fold(paragraph)) is { Success: true } bare ? bare.Groups["union"].Value : null;

    /// <summary>How far into a paragraph its acting union is looked for: a news lead (本报讯…) and a date or a purpose clause come first.</summary>
    private const int OpeningReach = 100;

    /// <param name="areaLead">Whether the page's first paragraph is a round-up's lead (<see cref="ListDocument.IntroducesSections"/>), read once per page.</param>
    private static Candidate? CandidateAt(IReadOnlyList<string> paragraphs, int i, string? itemUnion, string title, bool areaLead, OrganisationDirectory organisations)
    {
        var text = paragraphs[i];
        var (union, opening) = CandidateUnion(text, organisations);
        if (union is null) return null;
        var otherUnion = itemUnion is not null && union != itemUnion;
        var newKeys = Keys(union, organisations);
        // A delegation already met going on with its visit (王明一行来到某县总工会…): the union it comes to is its host, no new actor.
        var folded = ScriptFold.Default.Fold(text);
        var named = newKeys.Select(k => folded.IndexOf(k, StringComparison.Ordinal)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
        if (named > 0 && Delegation().IsMatch(folded[..named])) return null;
        var oldKeys = itemUnion is null ? [] : Keys(itemUnion, organisations);
        var otherPlace = itemUnion is not null && !Nested(RegionOf(union, organisations), RegionOf(itemUnion, organisations));
        var itemUnionGone = itemUnion is not null && !paragraphs.Skip(i).Any(p => Mentions(p, oldKeys));
        var newUnionNew = !paragraphs.Take(i).Any(p => Mentions(p, newKeys));
        var titleNamesNeither = !Mentions(title, newKeys) && !Mentions(title, oldKeys);
        double[] features =
        [
            1, opening is not null ? 1 : 0, otherUnion ? 1 : 0, otherPlace ? 1 : 0, itemUnionGone ? 1 : 0, newUnionNew ? 1 : 0,
            TimeLead().IsMatch(text) ? 1 : 0, titleNamesNeither ? 1 : 0, text.Length >= 120 ? 1 : 0,
            Delegation().IsMatch(text.Length > 40 ? text[..40] : text) ? 1 : 0,
            opening is not null && ClauseLead().IsMatch(text) ? 1 : 0,
            NextAnotherUnion(paragraphs, i, union, itemUnion, organisations) ? 1 : 0,
            itemUnion is not null && BareUnionName().IsMatch(itemUnion) ? 1 : 0,
            areaLead ? 1 : 0, itemUnion is not null && Lower(union, itemUnion, organisations) ? 1 : 0,
        ];
        return new Candidate(i, union, features);
    }

    /// <summary>
    /// The union a paragraph that may start an item has acting at its opening, and whether it opens the paragraph: a whole
    /// paragraph, or a long one the passage limit or the page cut before its full stop.
    /// </summary>
    private static (string? Union, string? Opening) CandidateUnion(string text, OrganisationDirectory organisations)
    {
        if (text.Length < 40 || !LineShapes.EndsSentence(text) && text.Length < 120) return (null, null);
        // Cut with an ellipsis before 120 characters: another page's teaser (某某报讯 记者王明近日，某某区总工会…...) or an
        // abstract, which leads no item here.
        if (text.Length < 120 && ListDocument.IsCutWithEllipsis(text)) return (null, null);
        // Under a higher body's guidance (在某省总工会的指导下，…): that union guides, the item's own union goes on acting.
        if (GuidanceOpening().Match(text) is { Success: true } guidance)
        {
            var rest = text[guidance.Length..];
            var own = ListDocument.OpeningUnion(rest, organisations);
            return (own ?? organisations.ActorIn(rest, OpeningReach), own);
        }
        var opening = ListDocument.OpeningUnion(text, organisations);
        return (opening ?? organisations.ActorIn(text, OpeningReach), opening);
    }

    /// <summary>
    /// Whether the next paragraph may start an item of a third union (neither the current item's nor this one's): a
    /// digest's briefs follow one another, each another union's, where one news item goes on with its own union.
    /// </summary>
    private static bool NextAnotherUnion(IReadOnlyList<string> paragraphs, int i, string union, string? itemUnion, OrganisationDirectory organisations) =>
        i + 1 < paragraphs.Count && CandidateUnion(paragraphs[i + 1], organisations).Union is { } next && next != union && next != itemUnion;

    /// <summary>A union's region; none for one named by its level alone (市总工会), whose place the page does not write.</summary>
    private static string? RegionOf(string union, OrganisationDirectory organisations) =>
        BareUnionName().IsMatch(union) ? null : organisations.RegionOf(union);

    /// <summary>
    /// Whether a union is a lower one of the item's union's area (a city's union under its province's, a district's under
    /// its city's): a round-up's items under the area union's own news, or one item naming the lower unions taking part.
    /// A union named by its level alone (省总工会, 市总工会) is above every union of a deeper level.
    /// </summary>
    private static bool Lower(string union, string itemUnion, OrganisationDirectory organisations)
    {
        if (RegionOf(union, organisations) is not { } region) return false;
        var depth = region.Split('/').Length;
        if (BareUnionName().IsMatch(itemUnion)) return itemUnion[0] == '省' ? depth >= 2 : itemUnion[0] is '市' or '州' && depth >= 3;
        return RegionOf(itemUnion, organisations) is { } itemRegion && region.Length > itemRegion.Length && region.StartsWith(itemRegion + "/", StringComparison.Ordinal);
    }

    /// <summary>Whether one region lies within the other (a county in its city, a city in its province), or either is unknown.</summary>
    private static bool Nested(string? a, string? b) =>
        a is null || b is null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    /// <summary>How a text may name a union: its name, its place, and the place without its level (秦州区总工会, 秦州区, 秦州).</summary>
    private static string[] Keys(string union, OrganisationDirectory organisations)
    {
        var keys = new List<string> { union };
        if (RegionOf(union, organisations) is { } region)
        {
            var place = region[(region.LastIndexOf('/') + 1)..];
            keys.Add(place);
            if (place.Length > 2 && place[^1] is '省' or '市' or '区' or '县') keys.Add(place[..^1]);
        }
        // The name without the place written before it (某某市某某区总工会 → 某某区总工会).
        var level = union.IndexOfAny(['区', '县', '市', '旗']);
        if (level > 0 && union.Length - level - 1 >= 4) keys.Add(union[(level + 1)..]);
        return keys.Where(k => k.Length >= 2).Distinct().ToArray();
    }

    private static bool Mentions(string text, string[] keys)
    {
        var folded = ScriptFold.Default.Fold(text);
        return keys.Any(k => folded.Contains(k, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"各(?:县市区|县区|区县|市县|县市|县|区|市|镇|乡镇|街道)?(?:级)?(?:工会|工會|总工会|總工會)|(?:全市|全县|全区|全省)各级(?:工会|工會)")]
    private static partial Regex AreaUnions();

    // A delegation already introduced going on with its visit (董永祥一行来到…, 调研组先后…): the item goes on.
    [GeneratedRegex(@"一行|調研組|调研组|慰问组|慰問組|检查组|檢查組|考察团|考察團|代表团|代表團")]
    private static partial Regex Delegation();

    [GeneratedRegex(@"^\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|^\s*(?:近日|日前|近期|连日来|連日來|昨天|昨日|今天|今日|日前|目前|今年以来|今年以來)")]
    private static partial Regex TimeLead();

    // A place or a slogan leading into the union that acts (在某市，某某工会… / 某市：某某市总工会… / “留某过大年”，某某市总工会…).
    [GeneratedRegex(@"^\s*(?:在[\u4E00-\u9FFF]{2,8}[，,]|[\u4E00-\u9FFF]{2,6}[：:]|[“""][^”""]{2,24}[”""][，,])")]
    private static partial Regex ClauseLead();

    // The page's own union by its level alone, acting at the paragraph's opening past a date or a time lead.
    [GeneratedRegex(@"^\s*(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚上?)?\s*[，,]?\s*|(?:近日|日前|近期|连日来|今年以来)\s*[，,]\s*)?(?<union>[省市县区州]总工会|[省市县区]工会)(?![的和与、])")]
    private static partial Regex BareUnionOpening();

    [GeneratedRegex(@"^[省市县区州](?:总)?工会$")]
    private static partial Regex BareUnionName();

    [GeneratedRegex(@"^在[^，,。；]{2,30}?(?:的)?(?:指导|领导|支持|带领|关心|帮助|推动|关怀|倡导|号召|指導|領導|帶領|關心|幫助|關懷|倡導|號召)下\s*[，,]?")]
    private static partial Regex GuidanceOpening();
}
