using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// What a place does in its sentence, as evidence of where the report's union is. The area a purpose clause serves
/// (为某市经济社会发展贡献力量, 为奋力谱写某县高质量发展新篇章作出贡献) is the writer's own: on tune, every such place
/// lies in the labelled region. A place that says where people come from (某省籍务工者, 某市专家代表, 某地客人) is not
/// where the news happens: on tune, such places lay outside the labelled region six times in eight.
/// </summary>
internal static partial class PlaceRoles
{
    /// <summary>How much a mention of a place counts, against an ordinary mention's 1.</summary>
    public static double Weight(string text, PlaceMention mention)
    {
        var after = text.AsSpan(mention.At + mention.Length);
        if (Origin().IsMatch(after)) return 0;
        if (ServedArea(text, mention)) return ServedAreaWeight;
        return 1;
    }

    /// <summary>The text with the places that say where people come from blanked out (a headline's 某省籍务工者 places nothing).</summary>
    public static string WithoutOrigins(string text, Gazetteer gazetteer)
    {
        char[]? chars = null;
        foreach (var mention in gazetteer.Mentions(text))
            if (Origin().IsMatch(text.AsSpan(mention.At + mention.Length)))
                (chars ??= text.ToCharArray()).AsSpan(mention.At, mention.Length).Fill('　');
        return chars is null ? text : new string(chars);
    }

    /// <summary>What a place in a purpose clause counts: as much as two ordinary mentions.</summary>
    public const double ServedAreaWeight = 2;

    private static bool ServedArea(string text, PlaceMention mention)
    {
        var before = text[..mention.At];
        var after = text[(mention.At + mention.Length)..];
        return PurposeOpening().IsMatch(before) && PurposeEnd().IsMatch(after);
    }

    // 为 and at most a few words before the place (为奋力谱写, 为实现, 为推动), within the clause.
    [GeneratedRegex("为[^，。；、,;]{0,8}$")]
    private static partial Regex PurposeOpening();

    // The place's development or construction, then the contribution, within the sentence.
    [GeneratedRegex("^[^，。；,;]{0,14}(?:发展|建设|振兴)[^。；;]{0,14}(?:贡献|作出|添砖加瓦|助力)")]
    private static partial Regex PurposeEnd();

    // People or guests from the place: 籍 (某省籍员工), 专家, 客人, 代表团, 考察团, 来宾, 游客, 老乡.
    [GeneratedRegex("^(?:籍|专家|客人|代表团|考察团|来宾|游客|老乡)")]
    private static partial Regex Origin();
}
