using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// What a place does in its sentence, as evidence of where the report's union is: the area a purpose clause serves
/// (为某市经济社会发展贡献力量, 为奋力谱写某县高质量发展新篇章作出贡献) is the writer's own. On tune, every such place lies
/// in the labelled region (27 mentions in 27 documents, in each of the 12 gathered sets that has one). A place people
/// come from (某省籍务工者) is no such sign either way: on tune it was the union's own place in two documents (a home
/// union caring for its migrant workers) and not in three.
/// </summary>
internal static partial class PlaceRoles
{
    /// <summary>How much a mention of a place counts, against an ordinary mention's 1.</summary>
    public static double Weight(string text, PlaceMention mention) => ServedArea(text, mention) ? ServedAreaWeight : 1;

    /// <summary>What a place in a purpose clause counts: as much as two ordinary mentions.</summary>
    public const double ServedAreaWeight = 2;

    private static bool ServedArea(string text, PlaceMention mention) =>
        PurposeOpening().IsMatch(text.AsSpan(0, mention.At)) && PurposeEnd().IsMatch(text.AsSpan(mention.At + mention.Length));

    // 为 and at most a few words before the place (为奋力谱写, 为实现, 为推动), within the clause.
    [GeneratedRegex("为[^，。；、,;]{0,8}$")]
    private static partial Regex PurposeOpening();

    // The place's development or construction, then the contribution, within the sentence.
    [GeneratedRegex("^[^，。；,;]{0,14}(?:发展|建设|振兴)[^。；;]{0,14}(?:贡献|作出|添砖加瓦|助力)")]
    private static partial Regex PurposeEnd();
}
