using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Shapes around one union's mention that a learnt scorer weighs as evidence (never as a verdict), read inside the
/// mention's sentence: the purpose of a visit it makes (to learn, to bring help), its part in an organiser line (主办,
/// 承办/协办).
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
}
