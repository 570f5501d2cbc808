using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// The labels' convention on a visit between unions (conv22, tests/real-documents/README.md "Visitors and hosts"), in
/// the words a text uses: (1) the visitor's when the headline or the visit's sentence gives it something to hand over or
/// run (慰问, 送温暖, 宣讲, 授牌); (2) else the host's when the visit goes to one area or unit whose union receives it —
/// reports or presents its work (汇报, 介绍), chairs the meeting (主持), receives the guests (接见, 会见, 接待), or is
/// what is visited: itself, its premises (职工之家, 帮扶中心, 驿站) or its 工会工作 — or when a study or exchange visit
/// (考察, 学习交流) is told from the host's side (来我县, 来厦, 到我州); (3) else the visitor's: a tour of units or sites, the visited's union only escorting.
/// The scorer weighs visitors and hosts by their mentions; these are the words that settle between the two.
/// </summary>
internal static partial class VisitConvention
{
    /// <summary>A visit in the sentence after a union's name (<paramref name="end"/>): where it goes (the words between the going word and the visit word, or the 20 after the going word), and the rest of the sentence from the going word.</summary>
    public static (string Way, string Told, bool FromHostSide)? VisitAfter(string text, int end)
    {
        var after = SentenceAfter(text, end);
        var going = GoesTo().Match(after);
        if (!going.Success) return null;
        var rest = after[going.Index..];
        var from = going.Groups["go"].Index + going.Groups["go"].Length - going.Index;
        var word = VisitWord().Match(rest, from);
        if (!word.Success || word.Index - from > 30) return null;
        var way = rest[from..word.Index];
        // 来厦, 来通, 来我县, 到我州, 莅临: the writer is the one visited. 来到某地 is anyone's account.
        var go = going.Groups["go"].Value;
        var fromHost = go is "莅临" || go is "来" or "到" && (way.StartsWith('我') || go == "来" && way.Length > 0 && !way.StartsWith('自'));
        return (way, rest, fromHost);
    }

    /// <summary>Whether the text gives the visitor something to hand over or run at the visit.</summary>
    public static bool Delivers(string text) => Delivering().IsMatch(text);

    /// <summary>Whether the text names the visited union's own work or premises as what is visited.</summary>
    public static bool UnionWorkVisited(string text) => UnionWork().IsMatch(text);

    /// <summary>Whether a visit goes to an enterprise, a unit or a site rather than to an area (到某公司, 深入某工程现场).</summary>
    public static bool GoesToUnit(string way) => Unit().IsMatch(way);

    /// <summary>Whether the text tells of a tour of several stops (调研组先后来到…).</summary>
    public static bool Tours(string text) => Tour().IsMatch(text);

    /// <summary>Whether the union named at <paramref name="start"/> is where someone goes (到县总工会查看, 来到某区总工会调研).</summary>
    public static bool VisitedAt(string text, int start) => VisitedBefore().IsMatch(text.AsSpan(0, start));

    /// <summary>
    /// Whether the union named at <paramref name="start"/> is what a visit inspects, named right after the visit word
    /// (调研某公司工会民主管理工作, 检查指导某工会): the visited union itself, as when the visit goes to its door.
    /// </summary>
    public static bool InspectedAt(string text, int start) => InspectedBefore().IsMatch(text.AsSpan(0, start));

    /// <summary>Whether a visit is one of study or exchange (考察, 学习交流, 对接), not an inspection.</summary>
    public static bool Studies(string text) => Studying().IsMatch(text);

    /// <summary>Whether the union named before <paramref name="end"/> (its people after it) reports, presents, chairs or receives the guests in that sentence.</summary>
    public static bool Receives(string text, int end) => ReceivesAfter().IsMatch(SentenceAfter(text, end));

    /// <summary>
    /// Whether the union named before <paramref name="end"/> goes along with the visit (在省总工会主席某某陪同下, 某市总工会
    /// 主席某某陪同): one of the visiting party when the visit goes to a company, not the company's union it visits.
    /// </summary>
    public static bool Escorts(string text, int end) => EscortsAfter().IsMatch(SentenceAfter(text, end));

    private static string SentenceAfter(string text, int end)
    {
        var stop = text.IndexOfAny(['。', '！', '？', '；', '!', '?', ';'], end);
        return text[end..(stop < 0 ? text.Length : stop)];
    }

    // Organising others' visit (组织职工参观) is acting, not visiting: no such word may come before the going word.
    // A party set off by a comma (某工会副主席某某一行，到某公司调研) still goes, and so does one whose escort is a
    // clause of its own (某某，在某某等陪同下，到某县调研): the escort names who receives the visit, not another goer.
    [GeneratedRegex("^[^，,。；]{0,24}?(?:一行[，,]|[，,](?=在))?(?:在[^，,。；]{0,40}?陪同下[，,]?)?(?<!组织[^，,。；]{0,6})(?<go>前往|来到|莅临|来|到|赴|走进|深入)")]
    private static partial Regex GoesTo();

    [GeneratedRegex("调研(?!员)|视察|考察|检查|指导|交流|对接|学习|走访|访问|督导|观摩|慰问|宣讲|送温暖|送清凉")]
    private static partial Regex VisitWord();

    [GeneratedRegex("慰问|送温暖|送清凉|看望|宣讲|授牌|颁授|颁奖|颁发|赠送|捐赠|送去|送上|送书|送文化|送法|义诊")]
    private static partial Regex Delivering();

    [GeneratedRegex("公司|集团|企业|工厂|[^工]厂|项目|工地|车间|医院|学校|银行|矿|现场|工程|村")]
    private static partial Regex Unit();

    [GeneratedRegex("先后(?:来到|到|深入|走进|前往|走访|实地)")]
    private static partial Regex Tour();

    [GeneratedRegex("(?:来到|前往|走进|深入|莅临|到|来|赴)(?:了)?[\u4e00-\u9fff]{0,4}$")]
    private static partial Regex VisitedBefore();

    [GeneratedRegex("工会[^，,。；]{0,6}(?:工作|加强年|规范化)|工会建设|工会组织建设|职工之家|职工小家|帮扶中心|服务中心|驿站|工人文化宫|职工书屋|工会[^，,。；]{0,4}阵地")]
    private static partial Regex UnionWork();

    // Inspection words only: a study visit's object (考察某工会) is still told from either side, and 慰问某工会 hands over.
    [GeneratedRegex("(?:调研|视察|检查|指导|督导|考核)(?:了)?$")]
    private static partial Regex InspectedBefore();

    [GeneratedRegex("考察|学习|交流|对接|取经|观摩")]
    private static partial Regex Studying();

    [GeneratedRegex("^[^。；]{0,40}?陪同")]
    private static partial Regex EscortsAfter();

    [GeneratedRegex("^[^，,。；]{0,40}?(?:汇报|介绍|主持|接见|会见|接待)")]
    private static partial Regex ReceivesAfter();
}
