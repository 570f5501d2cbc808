using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// A sector's or an industry's union (某市交通建设工会, 某省能源化学工会, 某县快递行业工会联合会, 某区教育工会, 某集团林业工会,
/// 市直机关工会): neither a place's general union nor one enterprise's. One list of sector words serves both readings: the
/// scorer's flag (often named beside its place's general union, so weighed apart from enterprise unions) and the names'
/// rule that writes out a place's short form before a union named by its sector (苏州教育工会 → 苏州市教育工会).
/// </summary>
internal static class SectorUnion
{
    // The national industry unions' sectors and their local branches' (教科文卫体, 财贸轻纺烟草, 机械冶金建材, 海员建设 …).
    private static readonly string[] Words =
    [
        "产业", "行业", "系统", "机关", "教育", "卫生", "交通", "建设", "运输", "海员", "财贸", "农林", "农林水", "林业", "水利", "气象", "金融",
        "邮电", "邮政", "机械", "冶金", "建材", "能源", "化学", "化工", "纺织", "轻纺", "轻工", "烟草", "国防", "铁路", "民航", "文化",
        "科技", "科教", "教科文卫体", "科教文卫体", "社建", "商贸", "旅游", "建筑", "电力", "石油", "煤矿", "城建",
    ];

    // A sector word, a few more words of the union's own (快递行业, 能源化学, 林业), then the union.
    private static readonly Regex Sector = new("(?:" + string.Join('|', Words.OrderByDescending(w => w.Length)) + ")[^，。、]{0,6}?工会(?:联合会|委员会)?$",
        RegexOptions.CultureInvariant);

    /// <summary>Whether a union's name is a sector's (the scorer's flag): a sector word before its 工会, and no 总工会.</summary>
    public static bool Is(string name) => !name.EndsWith("总工会", StringComparison.Ordinal) && Sector.IsMatch(name);

    /// <summary>Whether the words before a union's suffix end with its sector (教育, 海员建设, 某某行业, 市直机关).</summary>
    public static bool EndsWithSector(string words) => Words.Any(w => words.EndsWith(w, StringComparison.Ordinal));

    /// <summary>The sector words themselves (教育, 煤矿, 机关 …).</summary>
    public static IReadOnlyList<string> SectorWords => Words;
}
