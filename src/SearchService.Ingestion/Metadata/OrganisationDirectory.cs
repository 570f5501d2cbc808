using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Organisations: canonical names with aliases and regions from the shipped file, and recognition of organisation
/// names in text (<c>…总工会</c>, <c>…工会</c>, <c>…集团</c>) so a byline or a passage's actor can be attributed.
/// </summary>
internal sealed partial class OrganisationDirectory
{
    // Names that are a role, not an organisation ("集团工会" in a group's own report, "各级工会").
    private static readonly string[] GenericPrefixes = ["集团", "公司", "企业", "各级", "基层", "本", "该", "全市", "全区", "全县", "全省", "市", "区", "县", "省", "两地", "三地", "各地", "地方", "相关", "行业", "产业", "同级", "上级", "属地"];

    private readonly Dictionary<string, string> canonical = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> regions = new(StringComparer.Ordinal);
    private readonly Gazetteer gazetteer;

    public OrganisationDirectory(IEnumerable<string> lines, Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            var name = parts[0].Trim();
            canonical[name] = name;
            if (parts.Length > 1 && parts[1].Trim().Length > 0) regions[name] = parts[1].Trim();
            if (parts.Length > 2)
                foreach (var alias in parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    canonical[alias] = name;
        }
        KnownNames = canonical.Keys.OrderByDescending(n => n.Length).ToArray();
    }

    public static OrganisationDirectory Load(string path, Gazetteer gazetteer) => new(File.ReadLines(path), gazetteer);

    private IReadOnlyList<string> KnownNames { get; }

    public string Canonical(string name) => canonical.TryGetValue(name.Trim(), out var c) ? c : name.Trim();

    /// <summary>The organisation's region: from the file, else the most specific place in its name.</summary>
    public string? RegionOf(string organisation) =>
        regions.TryGetValue(Canonical(organisation), out var region) ? region : gazetteer.MostSpecificIn(organisation);

    /// <summary>The organisation a byline starts with (<c>——苏州市总工会助力…</c> → 苏州市总工会).</summary>
    public string? FromByline(string byline)
    {
        var text = byline.TrimStart('—', '-', '－', ' ', '\u3000');
        foreach (var known in KnownNames)
            if (text.StartsWith(known, StringComparison.Ordinal)) return Canonical(known);
        var match = OrganisationName().Match(text);
        return match.Success && match.Index == 0 && IsOrganisation(match.Value) ? Canonical(match.Value) : null;
    }

    /// <summary>
    /// The organisation acting in a passage: a known organisation, or a name ending in 总工会/工会/集团, within its
    /// opening (the subject of its first sentences).
    /// </summary>
    public string? ActorIn(string passage, int within = 60)
    {
        // "一是苏州市总工会…": the ordinal is not part of the name.
        passage = Dedup.TextNormalizer.WithoutOrdinal(passage);
        var opening = passage.Length > within ? passage[..within] : passage;
        foreach (Match match in OrganisationName().Matches(opening))
        {
            var name = match.Value;
            foreach (var known in KnownNames)
            {
                var at = name.IndexOf(known, StringComparison.Ordinal);
                if (at >= 0 && at + known.Length == name.Length) return Canonical(known);
            }
            if (IsOrganisation(name)) return Canonical(name);
        }
        foreach (var known in KnownNames)
            if (opening.Contains(known, StringComparison.Ordinal)) return Canonical(known);
        return null;
    }

    /// <summary>
    /// An unknown name counts as an organisation only when its proper part names a place (<c>钱塘区总工会</c>) or ends
    /// like an enterprise (<c>中铁四局工会</c>); generic roles (<c>集团工会</c>) and phrases that merely end in 工会
    /// (<c>落实工会</c>) do not.
    /// </summary>
    private bool IsOrganisation(string name)
    {
        if (canonical.ContainsKey(name)) return true;
        var stem = name;
        foreach (var suffix in new[] { "总工会", "工会", "集团" })
            if (stem.EndsWith(suffix, StringComparison.Ordinal)) { stem = stem[..^suffix.Length]; break; }
        if (stem.Length < 2 || GenericPrefixes.Any(p => stem == p || (stem.StartsWith(p, StringComparison.Ordinal) && stem.Length <= p.Length + 1)))
            return false;
        return gazetteer.Mentions(stem).Any() || EnterpriseEndings.Any(e => stem.EndsWith(e, StringComparison.Ordinal));
    }

    private static readonly string[] EnterpriseEndings = ["局", "公司", "集团", "厂", "院", "矿", "中心", "银行", "大学", "学院", "所", "站", "场", "港", "铁路", "电力", "能源"];

    [GeneratedRegex(@"[\u4e00-\u9fa5]{2,12}?(?:总工会|工会|集团)")]
    private static partial Regex OrganisationName();
}
