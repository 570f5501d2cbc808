using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// What the page's <c>——</c> lines are, decided once for the whole page: on a feature (one such line) a subtitle ending
/// in its genre (<c>——某市工会工作扫描</c>, <c>——某某工会服务职工纪实</c>) is the headline's subtitle, whoever it names; on a
/// compilation (several) each article carries one, and there they are the bylines that divide it.
/// </summary>
internal sealed record PageBylines(bool IsFeature)
{
    public static PageBylines Of(IReadOnlyList<SourceLine> lines) =>
        new(lines.Count(l => LineShapes.IsByline(l.Text.Trim())) == 1);

    /// <summary>Whether a line reads as a byline on this page: a <c>——</c> line that is not the feature's subtitle.</summary>
    public bool IsByline(string text) => LineShapes.IsByline(text) && !(IsFeature && LineShapes.IsFeatureSubtitle(text));
}
