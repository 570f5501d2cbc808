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
    /// 某县总工会一行前往某区交流工会工作, 率考察团到某市学习考察: a study trip, the visitor's own programme; 一行到某县开展送温暖慰问:
    /// a visit that brings help. A visit that inspects (调研, 视察) without either is <see cref="VisitPurpose.None"/>.
    /// </summary>
    public static VisitPurpose Purpose(string text, int end)
    {
        var after = SentenceAfter(text, end);
        var going = GoesTo().Match(after);
        if (!going.Success) return VisitPurpose.None;
        var rest = after[going.Index..];
        if (Helping().IsMatch(rest)) return VisitPurpose.Help;
        return Learning().IsMatch(rest) ? VisitPurpose.Learn : VisitPurpose.None;
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

    private static int ClauseStart(string text, int start) => text.LastIndexOfAny(['，', ',', '。', '！', '？', '；', '：'], Math.Max(0, start - 1)) + 1;

    private static string SentenceAfter(string text, int end)
    {
        var stop = text.IndexOfAny(['。', '！', '？', '；'], end);
        return text[end..(stop < 0 ? text.Length : stop)];
    }

    [GeneratedRegex("(?:前往|来到|来|到|赴|走进|深入)")]
    private static partial Regex GoesTo();

    [GeneratedRegex("^[^。！？；]{0,30}?(?:学习|交流|取经|观摩)")]
    private static partial Regex Learning();

    [GeneratedRegex("^[^。！？；]{0,30}?(?:慰问|送温暖|送清凉|看望)")]
    private static partial Regex Helping();

    [GeneratedRegex("^(?:联合|共同)?(?:承办|协办|具体承办)")]
    private static partial Regex CoOrganiser();

    [GeneratedRegex("^(?:联合|共同|牵头)?主办")]
    private static partial Regex MainOrganiser();

    [GeneratedRegex("^[^，。！？；,、在为向到赴开组举以把将对给与和及等“”\"]{0,10}?(?:驿站|服务站|服务点|服务中心|职工之家|书屋|文化宫|活动中心|会议室|大楼|办公楼|大厅|门口|门前|现场|院内)")]
    private static partial Regex Facility();

    [GeneratedRegex("^[^，。！？；,]{0,6}?(?:召开|举行|举办|开幕|进行)")]
    private static partial Regex HeldIn();

    [GeneratedRegex("^(?:携手|会同|协同|带领|联合(?![主承协])|牵头(?!主办))")]
    private static partial Regex Partners();
}
