using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// The grammar a text uses to make several general unions act together as equals (labelled with no organisation), read
/// in the headline and the first sentence of the lead's first two paragraphs before any candidate is scored: such
/// reports are not the ones whose best candidate scores lowest, so no threshold finds them. Each shape is a flag; which
/// of them decide is chosen by leaving one gathered set out (<see cref="Deciding"/>, the harness's
/// <c>--organisations joint</c>).
/// </summary>
[Flags]
internal enum JointAction
{
    None = 0,

    /// <summary>Two or more general unions named one after another, then a word of doing it together (甲县总工会、乙县总工会相继开展…, 某市总工会、某区总工会联合某局…, …等单位共同开展).</summary>
    ListedTogether = 1,

    /// <summary>Two or more general unions among the bodies of one organiser clause (某部、市总工会、团市委、某区总工会主办).</summary>
    OrganisersListed = 2,

    /// <summary>Places listed before their levels' unions (某省、某市、某区三级总工会组成的慰问队).</summary>
    LevelsTogether = 4,

    /// <summary>Two or more general unions named one after another opening a clause and acting, without a word of doing it together (甲市总工会、乙市总工会签署…).</summary>
    ListedSubject = 8,

    /// <summary><see cref="ListedTogether"/> in the first sentence of a paragraph after the lead's first two.</summary>
    ListedTogetherLater = 16,

    /// <summary>The unions of several provinces counted together doing something (三省一市总工会共同发布…, 两省总工会签订…) in a sentence of the lead's first two paragraphs: unions of two or more provinces acting together, labelled with no organisation whatever their levels (conv23).</summary>
    ProvincesTogether = 32,
}

internal static partial class JointActions
{
    /// <summary>The shapes that decide a report has no organisation (chosen leaving one set out, figures in the Ingestion README).</summary>
    public const JointAction Deciding = JointAction.ListedTogether | JointAction.ProvincesTogether;

    /// <summary>Whether a paragraph has the unions of several provinces, counted, acting together as a sentence's subject (<see cref="JointAction.ProvincesTogether"/>).</summary>
    public static bool ProvincesTogetherIn(string paragraph) => ProvincesCounted().IsMatch(paragraph);

    /// <summary>The co-action shapes of one text (a headline, or a lead paragraph's first sentence, <paramref name="end"/> its end) with the union mentions found in it.</summary>
    public static JointAction In(string text, int end, IReadOnlyList<OrganisationMention> mentions)
    {
        var found = JointAction.None;
        var outer = mentions.Where(m => m.End <= end && m.Role is OrganisationRole.Actor or OrganisationRole.Organiser
                && !mentions.Any(o => o != m && o.Start <= m.Start && m.End <= o.End && o.End - o.Start > m.End - m.Start))
            .OrderBy(m => m.Start).ToList();
        // 甲县总工会、乙县总工会（、丙社区联合工会）等单位共同开展…: a run of names joined by 、/和/与, two of them general unions, then doing it together.
        // 甲市总工会副主席某某带队联合乙州总工会…: the subject joined to another union by a word of doing it together.
        for (var i = 0; i < outer.Count; i++)
        {
            var j = RunEnd(text, outer, i, out var broughtAlong);
            var general = outer.Skip(i).Take(j - i + 1).Count(IsGeneral);
            var rest = text.AsSpan(outer[j].End, Math.Min(end, text.Length) - outer[j].End);
            if (general >= 2 && (broughtAlong || Together().IsMatch(rest))) found |= JointAction.ListedTogether;
            else if (general >= 2 && OpensClause(text, outer[i].Start) && Acts().IsMatch(rest)) found |= JointAction.ListedSubject;
            i = j;
        }
        // 由某部、市总工会、团市委、某区总工会主办: one organiser clause naming two general unions.
        foreach (Match clause in OrganiserClause().Matches(text[..Math.Min(end, text.Length)]))
            if (outer.Count(m => m.Start >= clause.Index && m.End <= clause.Index + clause.Length && IsGeneral(m)) >= 2)
                found |= JointAction.OrganisersListed;
        if (LevelsListed().IsMatch(text.AsSpan(0, Math.Min(end, text.Length)))) found |= JointAction.LevelsTogether;
        return found;
    }

    /// <summary>
    /// The runs of unions that make <see cref="JointAction.ListedTogether"/> in one text (<paramref name="end"/> the end of
    /// what is read): each run's names as written, for weighing their levels (<c>某区总工会、某街道总工会等单位共同开展</c>).
    /// </summary>
    public static List<List<OrganisationMention>> TogetherRuns(string text, int end, IReadOnlyList<OrganisationMention> mentions)
    {
        var runs = new List<List<OrganisationMention>>();
        var outer = Outer(mentions, end);
        for (var i = 0; i < outer.Count; i++)
        {
            var j = RunEnd(text, outer, i, out var broughtAlong);
            var run = outer.GetRange(i, j - i + 1);
            if (run.Count(IsGeneral) >= 2 && (broughtAlong || Together().IsMatch(text.AsSpan(outer[j].End, Math.Min(end, text.Length) - outer[j].End)))) runs.Add(run);
            i = j;
        }
        return runs;
    }

    /// <summary>
    /// The parts of the organiser statements of one text (<c>由甲主办，乙承办</c>, <c>由甲组织实施，乙支持协助</c>,
    /// <c>由甲指导，乙、丙主办</c>): the unions of the clauses that host it (主办, 组织实施, 举办) and those of the clauses that
    /// undertake or support it (承办, 协办, 支持, 协助); a clause that only guides (指导) is neither, and the statement ends at
    /// the first clause that plays no such part. Only statements opening before <paramref name="end"/> are read, and only up to it.
    /// </summary>
    public static List<(List<OrganisationMention> Hosts, List<OrganisationMention> Helpers)> OrganiserStatements(string text, int end, IReadOnlyList<OrganisationMention> mentions)
    {
        var statements = new List<(List<OrganisationMention>, List<OrganisationMention>)>();
        var outer = Outer(mentions, end);
        foreach (Match by in By().Matches(text[..Math.Min(end, text.Length)]))
        {
            var stop = text.IndexOfAny(Sentences.StopsOrSemicolon, by.Index);
            var sentenceEnd = Math.Min(end, stop < 0 ? text.Length : stop);
            var hosts = new List<OrganisationMention>();
            var helpers = new List<OrganisationMention>();
            for (var from = by.Index + 1; from < sentenceEnd;)
            {
                var comma = text.IndexOfAny(['，', ','], from, sentenceEnd - from);
                var to = comma < 0 ? sentenceEnd : comma;
                // 由某区总工会指导、某街道工会主办: the guide's part ends at 指导 though no comma follows it.
                if (text.IndexOf("指导", from, to - from, StringComparison.Ordinal) is var guide and >= 0 && guide + 2 < to && text[guide + 2] is '、' or '和' or '与')
                    to = guide + 2;
                // 由甲总工会主办、乙总工会承办: each part ends at its own verb, though no comma follows it.
                else if (PartEnds().Match(text, from, to - from) is { Success: true } part && part.Index + part.Length - 1 < to)
                    to = part.Index + part.Length - 1;
                var clause = text.AsSpan(from, to - from);
                var inClause = outer.Where(m => m.Start >= from && m.End <= to).ToList();
                if (HelpsClause().IsMatch(clause)) helpers.AddRange(inClause);
                else if (HostsClause().IsMatch(clause)) hosts.AddRange(inClause);
                else if (!GuidesClause().IsMatch(clause)) break;
                from = to + 1;
            }
            if (hosts.Count > 0) statements.Add((hosts, helpers));
        }
        return statements;
    }

    private static List<OrganisationMention> Outer(IReadOnlyList<OrganisationMention> mentions, int end) =>
        mentions.Where(m => m.End <= end && m.Role is OrganisationRole.Actor or OrganisationRole.Organiser
                && !mentions.Any(o => o != m && o.Start <= m.Start && m.End <= o.End && o.End - o.Start > m.End - m.Start))
            .OrderBy(m => m.Start).ToList();

    // 由 opening an organiser statement, not 自由, 理由, 由于, 由此.
    [GeneratedRegex("(?<![自理缘经来])由(?![于此])")]
    private static partial Regex By();

    // An organising part's verb and the 、 (or 和) that joins the next part to it.
    [GeneratedRegex("(?:主办|承办|协办|举办)[、和]")]
    private static partial Regex PartEnds();

    [GeneratedRegex("(?:主办|组织实施|举办|主导)")]
    private static partial Regex HostsClause();

    [GeneratedRegex("(?:承办|协办|支持|协助|执行)")]
    private static partial Regex HelpsClause();

    [GeneratedRegex("指导$")]
    private static partial Regex GuidesClause();

    private static bool OpensClause(string text, int start) =>
        start <= 2 || text.AsSpan(0, start).TrimEnd() is var before && before.Length > 0 && before[^1] is '，' or ',' or '：' or ':' or '。';

    /// <summary>
    /// The last union of the run that starts at <paramref name="i"/>: names joined by 、/和/与, or the first brought along
    /// by a word of doing it together (<paramref name="broughtAlong"/>, <see cref="BringsAlong"/>).
    /// </summary>
    private static int RunEnd(string text, List<OrganisationMention> outer, int i, out bool broughtAlong)
    {
        broughtAlong = false;
        var j = i;
        while (j + 1 < outer.Count && (MentionShapes.Joined(text, outer[j].End, outer[j + 1].Start)
            || j == i && BringsAlong(text, outer[i], outer[i + 1]) && (broughtAlong = true))) j++;
        return j;
    }

    /// <summary>
    /// The unions that open a clause of one text (up to <paramref name="end"/>) and bring another union along by a word of
    /// doing it together (<see cref="BringsAlong"/>), each with the first union it brings: 甲市总工会联动乙州总工会 → (甲, 乙).
    /// </summary>
    public static IEnumerable<(OrganisationMention Subject, OrganisationMention Partner)> BroughtAlong(string text, int end, IReadOnlyList<OrganisationMention> mentions)
    {
        var outer = Outer(mentions, end);
        for (var i = 0; i + 1 < outer.Count; i++)
            if (BringsAlong(text, outer[i], outer[i + 1])) yield return (outer[i], outer[i + 1]);
    }

    /// <summary>
    /// Whether the union <paramref name="subject"/>, opening its clause, is joined to the union <paramref name="partner"/>
    /// by a word of doing it together, with only its own people between them (甲市总工会联合乙市总工会…, 甲市总工会党组成员、
    /// 副主席某某带队联动乙州总工会…): the two act together as a run joined by 、 does (conv28 (1)). Not another body listed
    /// before the word (甲区总工会、区委宣传部携手…: the word joins that list), nor one of the partner's departments
    /// (携手某市总工会宣教部、基层部: a department serves, the union does not act).
    /// </summary>
    private static bool BringsAlong(string text, OrganisationMention subject, OrganisationMention partner) =>
        partner.Start > subject.End && OpensClause(text, subject.Start)
        && PeopleThenTogether().IsMatch(text.AsSpan(subject.End, partner.Start - subject.End))
        && !Department().IsMatch(text.AsSpan(partner.End));

    // The subject's own people (党组成员、副主席某某带队), then the word that brings the partner along.
    [GeneratedRegex("^(?![、和与及同])[\\u4e00-\\u9fff、·]{0,20}?(?:联合|联动|携手|会同)$")]
    private static partial Regex PeopleThenTogether();

    // A union's department or office named right after it (宣教部、基层部, 办公室, 职工服务中心).
    [GeneratedRegex("^(?:[\\u4e00-\\u9fff]{1,6}?部|办公室|[\\u4e00-\\u9fff]{0,6}?中心)(?:[、，,和及与以]|$)")]
    private static partial Regex Department();

    private static bool IsGeneral(OrganisationMention mention) => mention.Name.EndsWith("总工会", StringComparison.Ordinal);

    [GeneratedRegex("^\\s*(?:等(?:单位|部门|多家单位)?\\s*)?[^，,。；;：:、]{0,12}?(?:联合|共同|携手|会同|相继|分别|一起|一道)")]
    private static partial Regex Together();

    [GeneratedRegex("^\\s*(?:等(?:单位|部门)?\\s*)?(?:在|于|签|举|召|开|组|启|发|共|联|走|深|为|向|对|到|赴|前)")]
    private static partial Regex Acts();

    [GeneratedRegex("[^，,。；;：:]+?(?:联合|共同)?主办")]
    private static partial Regex OrganiserClause();

    // A sentence or clause opening (a time such as 近年来 may come first) with 三省一市总工会, 两省区工会 and the like, then
    // doing something together; 两地工会 is not read, since a visit between two places' unions is written so too.
    [GeneratedRegex("(?:^|[。；;！？!?，,])\\s*[^，,。；;]{0,6}?[两二三四五六七八九](?:省(?:一市|二市|区市|区|市)?)(?:总)?工会(?:领导)?[^，,。；;]{0,4}?(?:共同|联合|携手|一起|一道|签订|签署|发布|建立|成立|围绕|就)")]
    private static partial Regex ProvincesCounted();

    [GeneratedRegex("[省市区县州旗](?:[、和与][\\u4e00-\\u9fff]{1,10}?[省市区县州旗])+[两三四五]级(?:总)?工会")]
    private static partial Regex LevelsListed();
}
