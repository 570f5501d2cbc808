namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Place names of the 长三角 → region paths (<c>浙江省/嘉兴市/平湖市</c>). Every place is known by its full name, by its
/// name without 省/市/区/县 (<c>吴江</c>, <c>嘉善</c>) when that leaves two characters or more, and by extra names from
/// the file. A name shared by several places (鼓楼区, 普陀区) resolves only as a full path.
/// </summary>
internal sealed class Gazetteer
{
    // Short forms that are ordinary words far more often than places.
    private static readonly HashSet<string> CommonWords = ["郊区", "大观", "江山", "开化", "天台", "临海", "太湖", "黄山", "滨江", "南湖", "新北", "江北", "明光", "上城", "和县", "东海", "滨海", "海安", "大通", "通州", "金湖", "天长", "长丰", "无为", "兴化", "宝应", "如东", "建湖", "岳西", "望江", "东至", "石台", "青阳", "义安", "花山", "雨山", "五河", "文成", "永康", "龙泉", "云和", "庆元", "安吉", "德清", "长兴", "新昌", "江阴", "海门", "启东", "东阳", "龙港", "洪泽", "钟楼", "天宁", "鼓楼", "普陀", "海州", "连云", "云龙", "泉山", "铜山", "铜官", "相山", "烈山", "杜集", "三门", "仙居"];

    private readonly Dictionary<string, List<string>> byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> paths = new(StringComparer.Ordinal);

    public Gazetteer(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            var path = parts[0].Trim();
            paths.Add(path);
            var name = path[(path.LastIndexOf('/') + 1)..];
            Add(name, path);
            var shortName = ShortForm(name);
            if (shortName is not null && !CommonWords.Contains(shortName)) Add(shortName, path);
            if (parts.Length > 1)
                foreach (var alias in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) Add(alias, path);
        }
        Names = byName.Keys.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToArray();
    }

    public static Gazetteer Load(string path) => new(File.ReadLines(path));

    public int Count => paths.Count;

    /// <summary>All names, longest first (for scanning text).</summary>
    public IReadOnlyList<string> Names { get; }

    public bool IsPath(string path) => paths.Contains(path);

    /// <summary>The place a name stands for, or null when unknown or ambiguous.</summary>
    public string? Resolve(string name) =>
        byName.TryGetValue(name, out var found) && found.Count == 1 ? found[0] : paths.Contains(name) ? name : null;

    /// <summary>
    /// The most specific place named in a text such as an organisation name (<c>上海市青浦区总工会</c> →
    /// <c>上海市/青浦区</c>): names are matched longest first, left to right; a later, deeper place inside an earlier
    /// one wins.
    /// </summary>
    public string? MostSpecificIn(string text)
    {
        string? best = null;
        foreach (var (_, path) in Mentions(text))
        {
            if (best is null || (path.StartsWith(best + "/", StringComparison.Ordinal))) best = path;
            else if (!best.StartsWith(path, StringComparison.Ordinal)) break;
        }
        return best;
    }

    /// <summary>Every unambiguous place name in the text, left to right, longest match at each position.</summary>
    public IEnumerable<(int At, string Path)> Mentions(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var name in CandidatesAt(text, i))
            {
                if (Resolve(name) is { } path)
                {
                    yield return (i, path);
                    i += name.Length - 1;
                    break;
                }
            }
        }
    }

    private IEnumerable<string> CandidatesAt(string text, int i)
    {
        for (var length = Math.Min(8, text.Length - i); length >= 2; length--)
        {
            var candidate = text.Substring(i, length);
            if (byName.ContainsKey(candidate)) yield return candidate;
        }
    }

    private void Add(string name, string path)
    {
        if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
        if (!list.Contains(path)) list.Add(path);
    }

    private static string? ShortForm(string name)
    {
        foreach (var suffix in new[] { "畲族自治县", "自治县", "新区", "省", "市", "区", "县" })
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2) return name[..^suffix.Length];
        return null;
    }
}
