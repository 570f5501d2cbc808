using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// What a place does in its sentence, as evidence of where the report's union is: the area a purpose clause serves
/// (为某市经济社会发展贡献力量, 为奋力谱写某县高质量发展新篇章作出贡献) is the writer's own: on tune every such place lies in
/// the labelled region, in every gathered set that has one. A place people come from (某省籍务工者) is no such sign either
/// way (a home union caring for its migrant workers names its own place so, a host union its visitors'), so it counts as
/// an ordinary mention. The counts are in tests/real-documents/README.md.
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
