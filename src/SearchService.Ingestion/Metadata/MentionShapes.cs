using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Shapes around one union's mention that a learnt scorer weighs as evidence (never as a verdict), read inside the
/// mention's sentence: the purpose of a visit it makes (to learn, to bring help), its part in an organiser line (主办,
/// 承办/协办), a place named after it (a meeting held in its building, its station), and the partners it brings along.
/// </summary>
internal static partial class MentionShapes
{
    /// <summary>What a union goes somewhere to do, as the rest of its sentence says.</summary>
    internal enum VisitPurpose { None, Learn, Help }

    /// <summary>
    /// 某县总工会一行前往某区交流工会工作, 率考察团到某市学习考察: a study trip, the visitor's own programme; 一行到某县开展送温暖慰问,
    /// 一行在我市开展慰问, 赴某县宣讲, 某某调研慰问: a visit that delivers something itself. A visit that inspects (调研, 视察, 检查指导,
    /// 考核) and delivers nothing is <see cref="VisitPurpose.None"/>: the labels file it under the host, which the scorer
    /// learns from the host's features (a feature of its own for inspecting lost a report leaving one set out).
    /// </summary>
    public static VisitPurpose Purpose(string text, int end)
    {
        var after = SentenceAfter(text, end);
        var going = GoesTo().Match(after);
        if (!going.Success)
            // 某省总工会党组书记某某调研慰问: the visit word a few words after the name, with no going word.
            return InspectsRightAfter().IsMatch(after) && Helping().IsMatch(after) ? VisitPurpose.Help : VisitPurpose.None;
        var rest = after[going.Index..];
        if (Helping().IsMatch(rest)) return VisitPurpose.Help;
        return Learning().IsMatch(rest) ? VisitPurpose.Learn : VisitPurpose.None;
    }

    /// <summary>
    /// 某市总工会领导一行来我区调研, 莅临我局指导: a visit told from the host's side (the writer is the one visited), not the
    /// visitor's own account of its trip (赴, 到某县).
    /// </summary>
    public static bool SeenFromHost(string text, int end) => FromHost().IsMatch(SentenceAfter(text, end));

    /// <summary>
    /// 某市总工会副主席某某等参加活动, 某县总工会主席陪同慰问: the union's people take part in, or go along with, what someone
    /// else does. A union that gets others to take part (组织职工参加) is not one.
    /// </summary>
    public static bool Attends(string text, int end)
    {
        var found = AttendsAfter().Match(text, end);
        return found.Success && found.Index == end && !Mobilises().IsMatch(found.Value);
    }

    /// <summary>某市总工会承办, 某工会协办: the union that runs an event someone else organises.</summary>
    public static bool CoOrganises(string text, int end) => CoOrganiser().IsMatch(text.AsSpan(end));

    /// <summary>某省总工会主办的…, 由某省总工会主办: the union an organiser line puts first.</summary>
    public static bool MainlyOrganises(string text, int end) => MainOrganiser().IsMatch(text.AsSpan(end));

    /// <summary>
    /// A place named after the union, not the union doing something: 在某市总工会召开, 在某区总工会服务中心门口, 某社区工会驿站活动现场,
    /// 某工会驿站内. The union's own office (机关) is the union.
    /// </summary>
    public static bool NamesAPlace(string text, int start, int end)
    {
        if (Facility().IsMatch(text.AsSpan(end))) return true;
        var clauseStart = ClauseStart(text, start);
        return text.AsSpan(clauseStart, start - clauseStart).EndsWith("在") && HeldIn().IsMatch(text.AsSpan(end));
    }

    /// <summary>某区总工会携手某工会、某镇工会来…, 某市总工会联合某局…: the union that brings the others along.</summary>
    public static bool LeadsPartners(string text, int end) => Partners().IsMatch(text.AsSpan(end));

    /// <summary>甲县总工会、乙县总工会, 甲区总工会和乙区总工会: two unions' names with only a joining word between them.</summary>
    public static bool Joined(string text, int end, int nextStart) =>
        nextStart > end && nextStart - end <= 2 && JoiningWord().IsMatch(text.AsSpan(end, nextStart - end));

    private static int ClauseStart(string text, int start) => text.LastIndexOfAny(['，', ',', '。', '！', '？', '；', '：'], Math.Max(0, start - 1)) + 1;

    private static string SentenceAfter(string text, int end)
    {
        var stop = text.IndexOfAny(Sentences.StopsOrSemicolon, end);
        return text[end..(stop < 0 ? text.Length : stop)];
    }

    [GeneratedRegex("(?:前往|来到|来|到|赴|走进|深入|莅临|在我[市区县州旗盟镇])")]
    private static partial Regex GoesTo();

    [GeneratedRegex("^[^，,。！？；]{0,14}?(?:调研|视察|检查指导|督查|督导|考核)")]
    private static partial Regex InspectsRightAfter();

    [GeneratedRegex("(?:来|到|莅临|莅)我[市区县州旗盟镇局司厂校院部处]|莅临|莅[\u4e00-\u9fff]{0,8}(?:调研|视察|检查|指导)")]
    private static partial Regex FromHost();

    [GeneratedRegex("\\G[^，,。！？；]{0,24}?(?:参加|陪同|随同)")]
    private static partial Regex AttendsAfter();

    [GeneratedRegex("组织|带领|动员|号召|邀请|鼓励|安排|引导|发动|率")]
    private static partial Regex Mobilises();

    [GeneratedRegex("^[^。！？；]{0,30}?(?:学习|交流|取经|观摩)")]
    private static partial Regex Learning();

    [GeneratedRegex("^[^。！？；]{0,30}?(?:慰问|送温暖|送清凉|看望|宣讲|授牌|颁奖|颁发|赠送|捐赠|送去|送上|送书|送文化|送法|义诊)")]
    private static partial Regex Helping();

    [GeneratedRegex("^(?:联合|共同)?(?:承办|协办|具体承办)")]
    private static partial Regex CoOrganiser();

    [GeneratedRegex("^(?:联合|共同|牵头)?主办")]
    private static partial Regex MainOrganiser();

    [GeneratedRegex("^[^，。！？；,、在为向到赴开组举以把将对给与和及等“”\"]{0,10}?(?:驿站|服务站|服务点|服务中心|职工之家|书屋|文化宫|活动中心|会议室|大楼|办公楼|大厅|门口|门前|现场|院内)")]
    private static partial Regex Facility();

    [GeneratedRegex("^[^，。！？；,]{0,6}?(?:召开|举行|举办|开幕|进行)")]
    private static partial Regex HeldIn();

    [GeneratedRegex("^(?:、|和|与|及|以及|同)$")]
    private static partial Regex JoiningWord();

    [GeneratedRegex("^(?:携手|会同|协同|带领|联合(?![主承协])|牵头(?!主办))")]
    private static partial Regex Partners();
}
