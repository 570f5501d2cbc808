using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// A sector's or an industry's union (某市交通建设工会, 某省能源化学工会, 某县快递行业工会联合会, 某区教育工会, 某集团林业工会):
/// neither a place's general union nor one enterprise's, and often named beside its place's general union, so the scorer
/// weighs it apart from enterprise unions.
/// </summary>
internal static partial class SectorUnion
{
    public static bool Is(string name) => !name.EndsWith("总工会", StringComparison.Ordinal) && Sector().IsMatch(name);

    [GeneratedRegex("(?:产业|行业|系统|教育|卫生|交通|建设|海员|财贸|农林|林业|水利|金融|邮电|邮政|机械|冶金|建材|能源|化学|化工|纺织|轻纺|轻工|国防|铁路|民航|文化|科技|科教|社建|商贸|旅游|建筑|电力|石油|煤矿|城建|直机关)[^，。、]{0,6}?工会(?:联合会|委员会)?$")]
    private static partial Regex Sector();
}
