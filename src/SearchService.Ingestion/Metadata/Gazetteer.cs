namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Every province, prefecture and county-level division of China (<c>gazetteer.tsv</c>, generated from GB/T 2260
/// data) plus curated extra names (<c>place-aliases.tsv</c> beside it). A place is known by its full name, its usual
/// names (<c>紫云自治县</c>), its former names (<c>开封县</c>, <c>吴江市</c>), its aliases, and its short form
/// (<c>吴江</c>, <c>大通</c>) — unless an ordinary word crosses it there, it ends a person's or a village's name, or it is
/// itself an ordinary word, which names the place only right after its city (<c>苏州常熟</c>). A name several places share
/// (鼓楼区, 朝阳区, 普陀) resolves through context — a province or city named in the same text or given by the caller —
/// or, failing that, to what its places have in common (both 鼓楼区 of 江苏 give 江苏省), else not at all.
/// </summary>
internal sealed partial class Gazetteer
{
    private const int MaxNameLength = 12;

    private readonly Dictionary<string, Place[]> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> byNameSpan;
    private readonly Dictionary<string, Place> byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> abbreviations = new(StringComparer.Ordinal);
    private readonly HashSet<string> fullNames = new(StringComparer.Ordinal);
    // Words that contain a place's name without naming it (示范县 holds 范县), by that name.
    private readonly Dictionary<string, List<(string Word, int At)>> insideWords = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> fullNamesSpan;
    // Short forms that are ordinary words (常熟, 大兴, 江南): places only right after a place they lie in (苏州常熟).
    private readonly Dictionary<string, Place[]> afterParent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> afterParentSpan;
    // Names a place had before it was renamed or changed its level (开封县 → 祥符区, 吴江市 → 吴江区).
    private readonly HashSet<string> formerNames = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> formerNamesSpan;
    // Former names whose stem is an ordinary word (新建县, 长寿县): before 级 or 域 they are the word and a level
    // (新建县级服务中心, a newly built county-level centre), not the place.
    private readonly HashSet<string> formerNamesOfWords = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> formerNamesOfWordsSpan;
    // Longest name starting with each character (0: no name does), so scanning skips most characters with one read.
    private readonly byte[] longestFrom = new byte[char.MaxValue + 1];

    // Areas inside a place that are no division of their own (雄安新区 in 河北省): they place a text, but do not name the place.
    private readonly HashSet<string> areaNames = new(StringComparer.Ordinal);

    // The short forms of provinces and prefectures, by path (济宁 for 山东省/济宁市).
    private readonly Dictionary<string, string> upperShortForms = new(StringComparer.Ordinal);

    // Provinces whose short form is also the name of one of their cities (吉林: 吉林省 and 吉林市), by the province.
    private readonly Dictionary<string, string> sameNamedCities = new(StringComparer.Ordinal);

    // Towns, townships and streets by name: the county-level places they lie in (towns.tsv). Read on the first
    // question about a town: most documents name none, and reading the 38,000 rows would double the start-up.
    private readonly Lazy<Dictionary<string, List<string>>> towns;

    // The county of a town several counties share, by the town and one of its communities (观澜街道 + 桂花社区), for the
    // pairs one county has (town-communities.tsv). Read on the first shared town written with a community.
    private readonly Lazy<Dictionary<string, string>> townCommunities;

    // Ordinary words that cross or hold a short form (弘扬 over 扬中 in 弘扬中华, place-crossing-words.tsv). Read on the
    // first short form met, as towns are: 11,000 rows would add half again to the start-up.
    private readonly Lazy<CrossingWords> crossingWords;

    public Gazetteer(IEnumerable<string> places, IEnumerable<string>? aliases = null, IEnumerable<string>? townRows = null,
        IEnumerable<string>? crossingWordRows = null, IEnumerable<string>? communityRows = null)
    {
        crossingWords = new(() => new CrossingWords(crossingWordRows ?? []), LazyThreadSafetyMode.ExecutionAndPublication);
        var names = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var shortForms = new List<(string Name, Place Place)>();
        var afterParentNames = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var (number, parts) in DataRows.Fields(places))
        {
            if (parts.Length < 2) throw new FormatException($"gazetteer, line {number}: expected 'code<TAB>path<TAB>kind<TAB>short form[<TAB>usual name]'");
            var path = parts[1];
            var kind = parts.Length > 2 && Enum.TryParse<PlaceKind>(parts[2], ignoreCase: true, out var k) ? k : PlaceKind.County;
            var place = new Place(parts[0], path, kind);
            byPath[path] = place;
            Add(names, place.Name, place);
            fullNames.Add(place.Name);
            if (parts.Length > 3 && parts[3].Length >= 2)
            {
                shortForms.Add((parts[3], place));
                if (kind is PlaceKind.Province or PlaceKind.Prefecture) upperShortForms[path] = parts[3];
            }
            // 常熟, 大兴, 白云: a short form that is an ordinary word names the place only right after a place it lies in.
            if (parts.Length > 5 && parts[5].Length >= 2) Add(afterParentNames, parts[5], place);
            // 恩施州, 大通县, 紫云自治县: the usual names of an autonomous unit count as full names.
            if (parts.Length > 4)
                foreach (var usual in parts[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    if (usual.Length >= 3)
                    {
                        Add(names, usual, place);
                        fullNames.Add(usual);
                    }
            // 新建县, 大兴县: a former full name jieba knows as a place, for a place whose short form cannot stand alone.
            if (parts.Length > 6)
                foreach (var former in parts[6].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    if (former.Length >= 3)
                    {
                        Add(names, former, place);
                        fullNames.Add(former);
                        formerNames.Add(former);
                        formerNamesOfWords.Add(former);
                    }
        }
        var notPlaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, parts) in DataRows.Fields(aliases ?? []))
        {
            if (parts.Length < 2 || !byPath.TryGetValue(parts[1], out var place))
                throw new FormatException($"place aliases, line {number}: expected 'name<TAB>path' with a path of the gazetteer");
            switch (parts.Length > 2 ? parts[2] : "")
            {
                case "abbreviation": abbreviations[parts[0]] = place; break;
                case "not-a-place": notPlaces.Add(parts[0]); break;
                case "former":
                    Add(names, parts[0], place);
                    formerNames.Add(parts[0]);
                    if (EndsWithLevel(parts[0])) fullNames.Add(parts[0]);
                    break;
                case "area":
                    Add(names, parts[0], place);
                    areaNames.Add(parts[0]);
                    // 贵安新区, 两江新区: written out with its level, an area is named in full (雄安 alone is its short form).
                    if (EndsWithLevel(parts[0])) fullNames.Add(parts[0]);
                    break;
                case "inside-word":
                    // The word holds the place's name or one of the aliases above it (第一师范 holds 第一师).
                    var inner = NameInside(parts[0], place, names);
                    if (inner is null) throw new FormatException($"place aliases, line {number}: '{parts[0]}' holds no name of {place.Path}");
                    if (!insideWords.TryGetValue(inner, out var words)) insideWords[inner] = words = [];
                    words.Add((parts[0], parts[0].IndexOf(inner, StringComparison.Ordinal)));
                    break;
                default: Add(names, parts[0], place); break;
            }
        }
        foreach (var (name, place) in shortForms)
            if (place.Kind == PlaceKind.Province && byPath.TryGetValue(place.Path + "/" + name + "市", out var city))
                sameNamedCities[place.Path] = city.Path;
        foreach (var (name, place) in shortForms)
        {
            // 江南, 中原: a short form curated as an ordinary word names the place right after its parent (南宁江南).
            if (notPlaces.Contains(name)) Add(afterParentNames, name, place);
            if (notPlaces.Contains(name) || IsDirectionOfTown(name)) continue;
            Add(names, name, place);
        }

        foreach (var (name, list) in afterParentNames) afterParent[name] = list.ToArray();
        afterParentSpan = afterParent.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (name, list) in names)
        {
            byName[name] = list.ToArray();
            ref var longest = ref longestFrom[name[0]];
            longest = (byte)Math.Max(longest, Math.Min(name.Length, MaxNameLength));
        }
        towns = new(() => ReadTowns(townRows ?? []), LazyThreadSafetyMode.ExecutionAndPublication);
        townCommunities = new(() => ReadTownCommunities(communityRows ?? []), LazyThreadSafetyMode.ExecutionAndPublication);
        byNameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        fullNamesSpan = fullNames.GetAlternateLookup<ReadOnlySpan<char>>();
        formerNamesSpan = formerNames.GetAlternateLookup<ReadOnlySpan<char>>();
        formerNamesOfWordsSpan = formerNamesOfWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = byPath.Count;
    }

    private Dictionary<string, List<string>> ReadTowns(IEnumerable<string> townRows)
    {
        var byCode = byPath.Values.ToDictionary(p => p.Code, p => p.Path, StringComparer.Ordinal);
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (number, parts) in DataRows.Fields(townRows))
        {
            if (parts.Length < 2) throw new FormatException($"towns, line {number}: expected 'name<TAB>county code'");
            // A prefecture without counties (东莞市) lists its towns under a county code of its own.
            var county = byCode.GetValueOrDefault(parts[1]) ?? (parts[1].Length == 6 ? byCode.GetValueOrDefault(parts[1][..4]) : null);
            if (county is null) continue;
            if (!found.TryGetValue(parts[0], out var list)) found[parts[0]] = list = [];
            list.Add(county);
        }
        return found;
    }

    private Dictionary<string, string> ReadTownCommunities(IEnumerable<string> rows)
    {
        var byCode = byPath.Values.ToDictionary(p => p.Code, p => p.Path, StringComparer.Ordinal);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, parts) in DataRows.Fields(rows))
        {
            if (parts.Length < 3) throw new FormatException($"town communities, line {number}: expected 'town<TAB>community<TAB>county code'");
            var county = byCode.GetValueOrDefault(parts[2]) ?? (parts[2].Length == 6 ? byCode.GetValueOrDefault(parts[2][..4]) : null);
            if (county is not null) found[parts[0] + "\t" + parts[1]] = county;
        }
        return found;
    }

    /// <summary>
    /// The gazetteer file and, when they exist, <c>place-aliases.tsv</c> (curated) and <c>former-names.tsv</c> (generated
    /// from two years' tables, read as the curated former names are) in the same folder.
    /// </summary>
    /// <summary>Every name this gazetteer reads as a place: full, short, usual, former and curated names (not a short form that is an ordinary word).</summary>
    public IEnumerable<string> PlaceNames => byName.Keys;

    public static Gazetteer Load(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var aliases = Path.Combine(folder, "place-aliases.tsv");
        var former = Path.Combine(folder, "former-names.tsv");
        var towns = Path.Combine(folder, "towns.tsv");
        var crossing = Path.Combine(folder, "place-crossing-words.tsv");
        var communities = Path.Combine(folder, "town-communities.tsv");
        var aliasRows = (File.Exists(aliases) ? File.ReadLines(aliases) : []).Concat(File.Exists(former) ? File.ReadLines(former) : []);
        return new Gazetteer(File.ReadLines(path), aliasRows, File.Exists(towns) ? File.ReadLines(towns) : null,
            File.Exists(crossing) ? File.ReadLines(crossing) : null, File.Exists(communities) ? File.ReadLines(communities) : null);
    }

    /// <summary>
    /// The province of the county or town a state forest bureau or farm is named after (<c>塔河林业局工会</c>,
    /// <c>友谊农场有限公司工会</c>): such an enterprise spans more than its seat's county and belongs to its province's
    /// forest or reclamation group, so its union is placed in the province, not deeper; null when the name is no such
    /// unit's or its seat is not settled (a town several counties have and the text names none of them).
    /// </summary>
    public string? SeatOfStateUnit(string organisation, IReadOnlyCollection<string>? context = null)
    {
        if (StateUnit().Match(organisation) is not { Success: true } unit) return null;
        var seat = unit.Groups[1].Value;
        // A county of that name first (友谊县 before a township 友谊乡 elsewhere), then its town.
        var county = ((string[])["县", "区", "市", "旗"]).Select(kind => Mentions(seat + kind))
                .Select(found => found is [{ At: 0, ByFullName: true } only] && only.Length == seat.Length + 1 && PlaceAt(only.Path)?.Kind == PlaceKind.County ? only.Path : null)
                .FirstOrDefault(path => path is not null)
            ?? CountyOfTown(seat + "镇", context) ?? CountyOfTown(seat + "乡", context);
        return county?.Split('/')[0];
    }

    /// <summary>Whether the union is a state forest bureau's or farm's, named after its seat (<c>塔河林业局工会</c>, <c>友谊农场有限公司工会</c>), whether or not the seat is a place the gazetteer knows.</summary>
    public static bool IsStateUnit(string organisation) => StateUnit().IsMatch(organisation);

    [System.Text.RegularExpressions.GeneratedRegex("^([\\u4e00-\\u9fff]{2,4})(?:林业局|农场)(?:有限公司|有限责任公司)?工会$")]
    private static partial System.Text.RegularExpressions.Regex StateUnit();

    /// <summary>
    /// The county-level place a town, township or street lies in (天目山镇 → 浙江省/杭州市/临安区): the only one of that
    /// name, or the only one inside a place of <paramref name="context"/>; null when unknown or not settled.
    /// </summary>
    public string? CountyOfTown(string town, IReadOnlyCollection<string>? context = null)
    {
        if (!towns.Value.TryGetValue(town, out var counties)) return null;
        if (counties.Count == 1) return counties[0];
        if (context is null) return null;
        // The deepest place of the context that holds one of them decides (江阴 named, not only 江苏).
        var deepest = context.Where(p => counties.Any(c => Within(c, p))).MaxBy(p => p.Length);
        var inDeepest = deepest is null ? [] : counties.Where(c => Within(c, deepest)).Distinct().ToList();
        return inDeepest.Count == 1 ? inDeepest[0] : null;
    }

    /// <summary>Every county-level place with a town, township or street of that name (none when the table lacks it).</summary>
    public IReadOnlyList<string> CountiesOfTown(string town) => towns.Value.TryGetValue(town, out var counties) ? counties : [];

    /// <summary>
    /// The county of the town written at <paramref name="at"/> in <paramref name="text"/>: when several counties have a
    /// town of that name, the one whose town has the community written right after it (观澜街道桂花社区), else as
    /// <see cref="CountyOfTown"/> settles it.
    /// </summary>
    public string? CountyOfTownIn(string text, int at, int length, IReadOnlyCollection<string>? context = null)
    {
        var town = text.Substring(at, length);
        if (!towns.Value.TryGetValue(town, out var counties)) return null;
        return counties.Count > 1 && CommunityAfter(text, at + length) is { } community
            && townCommunities.Value.TryGetValue(town + "\t" + community, out var county)
            ? county
            : CountyOfTown(town, context);
    }

    /// <summary>
    /// The place a town written at <paramref name="at"/> names: its county when that is settled (<see cref="CountyOfTownIn"/>),
    /// else where every county with a town of that name lies together — 八里庄街道 is 北京's, in 朝阳区 or in 海淀区 —,
    /// counting only those inside the deepest place of <paramref name="context"/> that holds one; null when they lie in
    /// several provinces (金海街道 of 上海, 安徽 and 福建 says nothing).
    /// </summary>
    public string? PlaceOfTownIn(string text, int at, int length, IReadOnlyCollection<string>? context = null)
    {
        if (CountyOfTownIn(text, at, length, context) is { } county) return county;
        if (!towns.Value.TryGetValue(text.Substring(at, length), out var counties) || counties.Count < 2) return null;
        var deepest = context?.Where(p => counties.Any(c => Within(c, p))).MaxBy(p => p.Length);
        return CommonPlace(deepest is null ? counties : counties.Where(c => Within(c, deepest)));
    }

    // The deepest place that holds all of the paths; null when they lie in several provinces.
    private static string? CommonPlace(IEnumerable<string> paths)
    {
        string? common = null;
        foreach (var path in paths)
        {
            common ??= path;
            while (common.Length > 0 && !Within(path, common))
                common = common.Contains('/') ? common[..common.LastIndexOf('/')] : "";
        }
        return string.IsNullOrEmpty(common) ? null : common;
    }

    // The community's name right after a town (桂花社区 in 观澜街道桂花社区): two to eight Chinese characters and 社区.
    private static string? CommunityAfter(string text, int from)
    {
        var end = text.IndexOf("社区", from, Math.Min(text.Length - from, MaxTownStem + 2), StringComparison.Ordinal);
        if (end < from + 2) return null;
        for (var k = from; k < end; k++)
            if (text[k] is < '\u4e00' or > '\u9fff') return null;
        return text[from..(end + 2)];
    }

    /// <summary>
    /// The towns, townships and streets a text names in full (南日镇, 沙头角街道, 吉林街道): at each 镇, 乡, 街道 or 苏木,
    /// the longest name of <c>towns.tsv</c> ending there with two characters or more before it. 乡镇, 乡村, 乡亲… are
    /// words, not the end of a town's name (部分乡镇 does not name 分乡镇). Which county each lies in is
    /// <see cref="CountyOfTown"/>'s to settle.
    /// </summary>
    public IReadOnlyList<(int At, int Length, string Name)> TownNames(string text)
    {
        List<(int At, int Length, string Name)>? found = null;
        for (var end = 0; end < text.Length; end++)
        {
            var suffix = TownSuffix(text, end);
            if (suffix == 0) continue;
            var stop = end + suffix;
            for (var at = Math.Max(found is { Count: > 0 } ? found[^1].At + found[^1].Length : 0, end - MaxTownStem); at <= end - 2; at++)
            {
                var name = text[at..stop];
                if (!towns.Value.ContainsKey(name)) continue;
                (found ??= []).Add((at, stop - at, name));
                break;
            }
            end = stop - 1;
        }
        return found ?? (IReadOnlyList<(int, int, string)>)[];
    }

    private const int MaxTownStem = 8;

    /// <summary>
    /// The town, township or street a unit below the county is named by: the name itself when it ends with one
    /// (天目山镇), or the town of <c>towns.tsv</c> written right before a community or a village of it, which is how a
    /// community's union is named (花园街道幸福社区, 石桥镇新乡村 → 花园街道, 石桥镇); null otherwise.
    /// </summary>
    public string? TownOfUnit(string stem)
    {
        if (NamesATown(stem)) return stem;
        var community = CommunityEnd(stem);
        if (community == 0) return null;
        var towns = TownNames(stem);
        for (var k = towns.Count - 1; k >= 0; k--)
        {
            var (at, length, name) = towns[k];
            var unit = stem.AsSpan(at + length);
            if (unit.Length > community && unit.Length - community <= MaxTownStem && unit.IndexOfAny('镇', '乡') < 0 && !unit.Contains("街道", StringComparison.Ordinal)) return name;
        }
        return null;
    }

    /// <summary>Whether a name below the county ends with a town's level (天目山镇, 石桥乡, 花园街道), three characters at least with it.</summary>
    public static bool NamesATown(string stem) =>
        stem.Length >= 3 && (stem.EndsWith('镇') || stem.EndsWith('乡') || stem.EndsWith("街道", StringComparison.Ordinal));

    // The length of the level a community's or a village's name ends with (社区, 村, 居委会); 0 when none.
    private static int CommunityEnd(string stem) =>
        stem.EndsWith("社区居委会", StringComparison.Ordinal) ? 5
        : stem.EndsWith("社区", StringComparison.Ordinal) || stem.EndsWith("村委", StringComparison.Ordinal) ? 2
        : stem.EndsWith("居委会", StringComparison.Ordinal) || stem.EndsWith("村委会", StringComparison.Ordinal) ? 3
        : stem.EndsWith('村') ? 1
        : 0;

    /// <summary>
    /// The place an organisation's name holds: its most specific place (<see cref="MostSpecificIn"/>), taken down to the
    /// county a town written after it lies in when that is settled inside it (石家庄市某某街道 → the district of that
    /// street in 石家庄市), or, with no place written, the county of its town or of its community's town settled by
    /// <paramref name="context"/> (花园街道幸福社区 → the district of 花园街道 the text names); a town the table does not
    /// settle names only where all its counties lie (八里庄街道总工会 → 北京市), and nothing when that is no province.
    /// </summary>
    public string? PlaceOfName(string name, IReadOnlyCollection<string>? context = null)
    {
        if (PlaceOfDashedZone(name) is { } shared) return shared;
        var best = MostSpecificIn(name, context);
        if (best is not null && SiteInBrackets(name, best) is { } site) return site;
        if (best is not null && byPath.GetValueOrDefault(best)?.Kind is PlaceKind.County or PlaceKind.Zone) return best;
        var towns = TownNames(name);
        if (towns.Count == 0) return best;
        var county = PlaceOfTownIn(name, towns[0].At, towns[0].Length, best is null ? context : [best]);
        return county is not null && (best is null || Within(county, best)) ? county : best;
    }

    /// <summary>
    /// A county-level place written alone in brackets after a prefecture or a province of the same province
    /// (某地区(某市)机场工会, 某省(某县)某公司工会): the unit stands there, and the place before the brackets is the area
    /// it serves or is named after — the bracket is written because the two differ. A bracket inside the place before it
    /// is found by <see cref="MostSpecificIn"/> already; one of another province, of the same or a higher level, or
    /// holding more than the place (原某县某厂) is no site.
    /// </summary>
    private string? SiteInBrackets(string name, string outer)
    {
        var open = name.IndexOfAny(['(', '（']);
        if (open < 2) return null;
        var close = name.IndexOfAny([')', '）'], open + 1);
        if (close < open + 3) return null;
        var inner = name[(open + 1)..close];
        if (Mentions(inner) is not [var only] || only.At != 0 || only.Length < inner.Length - 1
            || only.Length < inner.Length && inner[^1] is not ('市' or '县' or '区' or '旗')) return null;
        if (byPath.GetValueOrDefault(only.Path)?.Kind is not PlaceKind.County || byPath.GetValueOrDefault(outer)?.Kind is PlaceKind.County or PlaceKind.Zone)
            return null;
        return UpToDepth(only.Path, 1) == UpToDepth(outer, 1) && !Within(only.Path, outer) ? only.Path : null;
    }

    /// <summary>
    /// The province an enterprise's name says by its brand: a provincial enterprise called by its province's
    /// one-character abbreviation and its trade (川煤, 晋能控股, 陕建, 冀中能源 and 皖北煤电 with a part of the province
    /// between), when the name opens with no place. 新, 宁 and 青 are left out: 新能源 is new energy, 宁 is also 南京's and
    /// 宁波's, 青 also 青岛's.
    /// </summary>
    public string? ProvinceOfBrand(string name)
    {
        if (name.Length < 3 || name[0] is '新' or '宁' or '青' || !abbreviations.TryGetValue(name[..1], out var province)) return null;
        var trade = name[(name[1] is '东' or '西' or '南' or '北' or '中' ? 2 : 1)..];
        if (!BrandTrades.Any(t => trade.StartsWith(t, StringComparison.Ordinal))) return null;
        return Mentions(name) is { Count: > 0 } mentions && mentions[0].At == 0 ? null : province.Path;
    }

    // The trades provincial enterprises are called by after their province's abbreviation: coal, energy, power,
    // construction, investment, transport, steel, chemicals, water, rail.
    private static readonly string[] BrandTrades = ["煤", "能", "电", "建", "投", "交投", "交通", "钢", "化工", "水务", "铁"];

    /// <summary>
    /// The place of an organisation's name (<see cref="PlaceOfName"/>), held inside the province its brand names
    /// (<see cref="ProvinceOfBrand"/>): a short form outside that province is a site the enterprise's unit is named after
    /// (a mine, 川煤某公司铁山南矿), not its place, while a place written in full is where the branch is (某能某省分公司).
    /// </summary>
    public string? PlaceOfOrganisationName(string name, IReadOnlyCollection<string>? context = null)
    {
        var place = PlaceOfName(name, context);
        if (ProvinceOfBrand(name) is not { } province || place is not null && Within(place, province)) return place;
        return place is not null && Mentions(name, context).Any(m => m.ByFullName && !Within(m.Path, province)) ? place : province;
    }

    /// <summary>
    /// The region of an enterprise named after the county-level area it works, by that area's short form right before a
    /// group's, a mining company's or an airport's word (某某集团, 某某矿业公司, 某某煤电, 某某机场): such an enterprise
    /// serves or mines the whole area and more, and is its city's, not the county's (where its mines or runway lie is not
    /// in the name). A county written in full (某某县矿业公司), or a unit serving the county itself (某某供电局,
    /// 某某车务段), keeps the county. Any other region is returned as given.
    /// </summary>
    public string AboveAreaNamedEnterprise(string organisation, string region)
    {
        // A municipality's district (天津市/滨海新区) is cut to the municipality, a city's level; a county-level city
        // directly under its province (河南省/济源市) has no city above it to give and keeps its place.
        var cut = region.LastIndexOf('/');
        if (PlaceAt(region) is not { Kind: PlaceKind.County } || cut < 0) return region;
        var above = region[..cut];
        if (PlaceAt(above)?.Kind != PlaceKind.Prefecture && (above.Contains('/') || !above.EndsWith('市'))) return region;
        foreach (var m in Mentions(organisation))
            if (m.Path == region && !m.ByFullName
                && AreaEnterpriseWords.Any(w => string.CompareOrdinal(organisation, m.At + m.Length, w, 0, w.Length) == 0))
                return above;
        return region;
    }

    // The words of enterprises named after the area they serve or mine as a whole.
    private static readonly string[] AreaEnterpriseWords = ["集团", "矿业", "煤业", "煤电", "矿务局", "能源", "机场"];

    /// <summary>
    /// A zone named after two places joined by a dash (甲-乙经济技术开发区) lies in both: it is placed where they lie
    /// together (two counties of two prefectures: their province), not in the first one named.
    /// </summary>
    public string? PlaceOfDashedZone(string name)
    {
        var m = DashedZone().Match(name);
        if (!m.Success) return null;
        var first = MostSpecificIn(m.Groups[1].Value);
        var second = MostSpecificIn(m.Groups[2].Value);
        if (first is null || second is null || first == second) return null;
        return CommonPlace([first, second]);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^([\\u4e00-\\u9fff]{2,8})[-—－–]([\\u4e00-\\u9fff]{2,8}?)(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|工业园区|产业园区|园区|新区)")]
    private static partial System.Text.RegularExpressions.Regex DashedZone();

    // The length of the level a town's name ends with at this position (镇, 乡, 街道, 苏木), 0 when none or when the
    // character is part of a word (乡镇, 乡村, 城乡).
    private static int TownSuffix(string text, int at)
    {
        var c = text[at];
        var next = at + 1 < text.Length ? text[at + 1] : '\0';
        var before = at > 0 ? text[at - 1] : '\0';
        return c switch
        {
            '镇' when before != '乡' => 1,
            '乡' when next is not ('镇' or '村' or '亲' or '土' or '情' or '愁' or '音' or '贤' or '风' or '里' or '下' or '间') && before != '城' => 1,
            '街' when next == '道' && before is not ('镇' or '乡') => 2,
            '苏' when next == '木' => 2,
            _ => 0,
        };
    }

    public int Count { get; }

    /// <summary>
    /// Whether the short form of a province or prefecture is only a place's name: what people call the city (济宁, 岳阳),
    /// which jieba does not meet often as an ordinary word (安康, 来宾, 开封 it does). A county's short form is never
    /// that sure: it may be part of a word (新化 in 创新化).
    /// </summary>
    public bool ShortFormIsOnlyAPlace(string path) =>
        upperShortForms.TryGetValue(path, out var shortForm) && !crossingWords.Value.IsOrdinaryWord(shortForm);

    /// <summary>
    /// Whether a province's or prefecture's short form written at <paramref name="at"/> is only a place there: as
    /// <see cref="ShortFormIsOnlyAPlace(string)"/>, or, though jieba meets it as an ordinary word (武威, 合肥, 大连), it
    /// names a unit serving that area right after it (某某供电公司, 某某分公司, 某某分行, 某某支行): a power company or a
    /// branch is named for the area it serves, and no ordinary word goes before those words. So is the area's own outlet
    /// (某某日报, 某某晚报, 某某电视台, 某某融媒体中心): a city's paper is named for the city it reports on.
    /// </summary>
    public bool ShortFormIsOnlyAPlace(string path, string text, int at, int length) =>
        ShortFormIsOnlyAPlace(path)
        || upperShortForms.TryGetValue(path, out var shortForm) && shortForm.Length == length && at + length <= text.Length
            && text.AsSpan(at, length).SequenceEqual(shortForm) && AreaUnitWords.Any(w => text.AsSpan(at + length).StartsWith(w, StringComparison.Ordinal));

    private static readonly string[] AreaUnitWords = ["供电", "分公司", "分行", "支行", "日报", "晚报", "电视台", "广播电视台", "融媒体中心"];

    /// <summary>
    /// The city a province's short form also names (吉林 → 吉林省/吉林市): the short form stands for the province, but a
    /// city's union written bare (市总工会) in a text that names only 吉林 is that city's. Null for other provinces.
    /// </summary>
    public string? SameNamedCity(string provincePath) => sameNamedCities.GetValueOrDefault(provincePath);

    public bool IsPath(string path) => byPath.ContainsKey(path);

    /// <summary>
    /// The one county-level city (某某市) of the prefecture at <paramref name="prefecturePath"/> whose name opens with
    /// <paramref name="first"/>, or null when none or several do: what a one-character short form 某市 can stand for
    /// inside that prefecture.
    /// </summary>
    public string? OnlyCountyCityOpeningWith(string prefecturePath, char first)
    {
        string? found = null;
        foreach (var place in byPath.Values)
        {
            if (place.Kind != PlaceKind.County || place.ParentPath != prefecturePath || place.Name.Length < 3
                || place.Name[0] != first || !place.Name.EndsWith('市')) continue;
            if (found is not null) return null;
            found = place.Name;
        }
        return found;
    }

    public Place? PlaceAt(string path) => byPath.GetValueOrDefault(path);

    /// <summary>
    /// A region as the facet shows it: a development zone (a statistical unit, no GB/T 2260 division) is its city, as an
    /// `area` of place-aliases.tsv is its place; the zone stays in its union's name.
    /// </summary>
    public string? AsDivision(string? path) =>
        path is not null && byPath.GetValueOrDefault(path) is { Kind: PlaceKind.Zone, ParentPath: { } parent } ? parent : path;

    /// <summary>The place a whole value names (a name, a path, or a one-character province abbreviation).</summary>
    public string? Resolve(string name, IReadOnlyCollection<string>? context = null)
    {
        name = name.Trim();
        if (byPath.ContainsKey(name)) return name;
        if (byName.TryGetValue(name, out var places)) return Choose(places, context);
        for (var stem = name.Length - 1; stem >= Math.Max(2, name.Length - 2); stem--)
            if (!fullNames.Contains(name[..stem]) && byName.TryGetValue(name[..stem], out var shortFor)
                && WithFormerLevel(name.AsSpan(stem), shortFor, out var level) is { } earlier && level == name.Length - stem)
                return Choose(earlier, context);
        return abbreviations.TryGetValue(name, out var province) ? province.Path : null;
    }

    /// <summary>
    /// The most specific place named in a text such as an organisation name (<c>上海市青浦区总工会</c> →
    /// <c>上海市/青浦区</c>, <c>柯桥区总工会</c> → <c>浙江省/绍兴市/柯桥区</c>): a later place inside an earlier one wins;
    /// the first place that is not inside the earlier ones ends the name's place.
    /// </summary>
    public string? MostSpecificIn(string text, IReadOnlyCollection<string>? context = null)
    {
        string? best = null;
        foreach (var mention in Mentions(text, context))
        {
            if (best is null || Within(mention.Path, best)) best = mention.Path;
            else if (!Within(best, mention.Path)) break;
        }
        return best;
    }

    /// <summary>
    /// Places named in the text, left to right, longest name at each position. A name several places share is
    /// resolved through the other places of the same text and <paramref name="context"/>, or left out.
    /// </summary>
    public IReadOnlyList<PlaceMention> Mentions(string text, IReadOnlyCollection<string>? context = null)
    {
        List<PlaceMention>? found = null;
        List<(int At, int Length, Place[] Places, bool Full, bool Former)>? ambiguous = null;
        List<(int At, int Length, Place[] Places, bool Full, bool Former)>? wordDistricts = null;
        List<(int At, int Length, Place[] Places, bool Full, bool Former)>? enterpriseNames = null;
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            // 北京大兴, 苏州常熟: right after a city, a short form that is an ordinary word names a place inside it (not
            // after a province: 四川南部 is the south of 四川, 湖北公安 its police).
            if (afterParent.Count > 0 && found is { Count: > 0 } && found[^1].At + found[^1].Length == i && IsCity(found[^1].Path)
                && AfterParent(span, i, found[^1].Path) is { } child)
            {
                found.Add(child);
                i += child.Length - 1;
                continue;
            }
            int longest = longestFrom[span[i]];
            if (longest == 0) continue;
            for (var length = Math.Min(longest, span.Length - i); length >= 2; length--)
            {
                if (!byNameSpan.TryGetValue(span.Slice(i, length), out var places)) continue;
                var name = span.Slice(i, length);
                var full = fullNamesSpan.Contains(name);
                var former = IsFormer(name);
                // 吴江市, 萧山市, 桐乡县, 铜仁地区: a short form with the level its place had before it became a district or
                // a city (撤县设区, 撤市设区, 撤县设市, 撤地设市) is that place's former full name.
                if (!full && WithFormerLevel(span[(i + length)..], places, out var level) is { } earlier)
                {
                    (places, length, full, former) = (earlier, length + level, true, true);
                    name = span.Slice(i, length);
                }
                if (former && formerNamesOfWords.Count > 0 && formerNamesOfWordsSpan.Contains(name) && i + length < span.Length && span[i + length] is '级' or '域') continue;
                // 南京路, 中山大道: a street named after a place is not the place.
                if (!full && StreetFollows(span[(i + length)..])) continue;
                // 天山网讯, 南海网: a news site named after a district's short form says nothing about where the news is.
                if (!full && span[(i + length)..].StartsWith("网") && places.All(p => p.Kind == PlaceKind.County)) continue;
                // 党和政府 holds 和政, 市总工会同步 holds 会同: a short form opening with a function word, glued to
                // the word before it, is that word's continuation.
                if (!full && i > 0 && IsFunctionInitial(span[i]) && GluedToWordBefore(span[i - 1], i, found, ambiguous)) continue;
                // 新时代县级, 振兴县域, 工会经费县级, 总工会和县委: a county named by two characters, glued to the word before,
                // is that word's end and 县 the start of 县级/县域 (代县, 兴县, 费县 are not named) — or 和 is "and".
                if (full && length == 2 && name[1] == '县' && i > 0 && GluedToWordBefore(span[i - 1], i, found, ambiguous)
                    && (i + 2 < span.Length && span[i + 2] is '级' or '域' || IsFunctionInitial(span[i]))) continue;
                if (insideWords.Count > 0 && InsideWord(span, i, length)) continue;
                // 德庆镇 after 堆龙德庆区: a town named like another county lies where towns.tsv puts it when that is
                // settled (the one of that name, or the one in a place already named); a village or an estate named so
                // (永安小区, 李庄村) is no place. (A street, 余杭街道, is left out above with the roads.)
                if (!full && AfterShortForm(span[(i + length)..]) is var (suffix, village) && suffix > 0)
                {
                    var town = village ? null : span.Slice(i, length + suffix).ToString();
                    var county = town is not null && towns.Value.ContainsKey(town) ? CountyOfTown(town, Known(found, context)) : null;
                    if (village || county is not null && !places.Any(p => p.Path == county))
                    {
                        if (county is not null) (found ??= []).Add(new PlaceMention(i, length, county, false));
                        i += length + suffix - 1;
                        break;
                    }
                }
                // 弘扬中华 holds 扬中, 健康保障 康保, 热火朝天 朝天: an ordinary word that starts before a short form (after
                // the last place found) and runs into it, or an idiom that starts with it, makes the short form its part.
                if (!full && crossingWords.Value.CrossShortForm(span, i, length, EndOfLast(found, ambiguous))) continue;
                // 王东明同志, 记者邱江华: a short form right after a common surname (not the end of a place) is a given name.
                if (!full && length == 2 && i > 0 && IsSurname(span[i - 1]) && EndOfLast(found, ambiguous) < i) continue;
                // 太湖源镇东阳岭: a short form right after a town's or street's name, naming a place that holds none of the
                // towns of that name, is a village or a site of that town (a county is written before its towns, never
                // after); one that holds it is a unit named after its own place (某镇通州开关厂) and stays.
                if (!full && TownEndingAt(text, i) is { } before && !CountiesOfTown(before).Any(c => places.Any(p => Within(c, p.Path)))) continue;
                // 美丽矿区, 城区道路, 园区东区: a district whose whole name is a common word (矿区, 郊区, 城区, 东区, 西区) is
                // that district only where its city is named (阳泉市矿区, or 阳泉 elsewhere in the text): alone it is the word.
                if (IsWordDistrict(name, places)) (wordDistricts ??= []).Add((i, length, places, full, former));
                // 庆安公司, 某集团平原公司, 某煤业花山矿: a county's short form right before 公司, or glued to an enterprise's
                // name before it and followed by a mine's or a works' word, is the name a company or a unit goes by (a
                // unit is named after its site), which need not be where it is; it names the county only in a text that
                // names the county's province otherwise. An enterprise opening with its area and its trade (黄陵矿业公司,
                // 神木能源集团) is named after the area it works and stays there.
                else if (!full && places.All(p => p.Kind == PlaceKind.County)
                    && (span[(i + length)..].StartsWith("公司")
                        || i > 0 && GluedToWordBefore(span[i - 1], i, found, ambiguous) && UnitWordFollows(span[(i + length)..])))
                    (enterpriseNames ??= []).Add((i, length, places, full, former));
                else if (places.Length == 1) (found ??= []).Add(new PlaceMention(i, length, places[0].Path, full, former));
                else (ambiguous ??= []).Add((i, length, places, full, former));
                i += length - 1;
                break;
            }
        }
        if (ambiguous is not null)
        {
            var known = new List<string>(found?.Select(m => m.Path) ?? []);
            if (context is not null) known.AddRange(context);
            foreach (var (at, length, places, full, former) in ambiguous)
                if (Choose(places, known) is { } path)
                    (found ??= []).Add(new PlaceMention(at, length, path, full, former));
            found?.Sort((a, b) => a.At.CompareTo(b.At));
        }
        if (enterpriseNames is not null)
        {
            var known = Known(found, context);
            foreach (var (at, length, places, full, former) in enterpriseNames)
                if (places.Where(p => known.Any(k => Within(k, UpToDepth(p.Path, 1)))).ToArray() is { Length: > 0 } inProvince
                    && Choose(inProvince, known) is { } path)
                    (found ??= []).Add(new PlaceMention(at, length, path, full, former));
            found?.Sort((a, b) => a.At.CompareTo(b.At));
        }
        if (wordDistricts is not null)
        {
            var known = Known(found, context);
            foreach (var (at, length, places, full, former) in wordDistricts)
                if (places.Where(p => p.ParentPath is { } city && known.Any(k => Within(k, city) && k != p.Path)).ToList() is [var only])
                    (found ??= []).Add(new PlaceMention(at, length, only.Path, full, former));
            found?.Sort((a, b) => a.At.CompareTo(b.At));
        }
        return found ?? (IReadOnlyList<PlaceMention>)[];
    }

    // A district's whole name of two characters ending in 区 (矿区, 郊区, 城区, 东区, 西区) is an ordinary word too.
    private static bool IsWordDistrict(ReadOnlySpan<char> name, Place[] places) =>
        name.Length == 2 && name[1] == '区' && places.All(p => p.Kind == PlaceKind.County && p.Name.Length == 2);

    // A unit's word after the site it is named by: a mine or a works — not a mining company or bureau (某控股神木矿业公司,
    // 某矿务局) nor a group (某能源峰峰集团), which are named after the area they work.
    private static bool UnitWordFollows(ReadOnlySpan<char> rest) =>
        rest.StartsWith("公司") || rest.StartsWith("煤矿")
        || rest.Length > 0 && (rest[0] == '厂' || rest[0] == '矿' && !rest.StartsWith("矿业") && !rest.StartsWith("矿务"));

    private bool IsFormer(ReadOnlySpan<char> name) => formerNames.Count > 0 && formerNamesSpan.Contains(name);

    /// <summary>Whether a name ends with an area inside a place that is no division of its own (雄安新区, 河北雄安新区).</summary>
    public bool EndsWithArea(string name) => areaNames.Any(a => name.EndsWith(a, StringComparison.Ordinal));

    /// <summary>Whether the text names a place by a name it no longer bears (开封县总工会, 上海市闸北区).</summary>
    public bool NamesFormerly(string text) => Mentions(text).Any(m => m.ByFormerName);

    /// <summary>The length of the longest place name (shared or not) the text starts with; 0 when none.</summary>
    public int StartsWithAnyPlaceName(string text)
    {
        var span = text.AsSpan();
        if (span.Length == 0) return 0;
        for (var length = Math.Min(longestFrom[span[0]], span.Length); length >= 2; length--)
            if (byNameSpan.ContainsKey(span[..length])) return length;
        return 0;
    }

    /// <summary>The path down to <paramref name="depth"/> levels (1: the province, 2: its prefecture); shallower paths as they are.</summary>
    public static string UpToDepth(string path, int depth)
    {
        var end = -1;
        for (var level = 0; level < depth; level++)
            if ((end = path.IndexOf('/', end + 1)) < 0) return path;
        return path[..end];
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    public static bool Within(string path, string ancestor) =>
        path.Length == ancestor.Length ? path == ancestor
        : path.Length > ancestor.Length && path[ancestor.Length] == '/' && path.StartsWith(ancestor, StringComparison.Ordinal);

    /// <summary>Among places sharing a name: the one inside (or containing) a place of the context, else what they have in common.</summary>
    private static string? Choose(Place[] places, IReadOnlyCollection<string>? context)
    {
        if (places.Length == 1) return places[0].Path;
        if (context is { Count: > 0 })
        {
            var inContext = places.Where(p => context.Any(c => Within(p.Path, c) || Within(c, p.Path))).ToList();
            if (inContext.Count == 1) return inContext[0].Path;
            // 江苏省 and 南京市 both named: the 鼓楼区 inside the deeper one (南京's, not 徐州's).
            if (inContext.Count > 1)
            {
                var deepest = context.Where(c => inContext.Any(p => Within(p.Path, c))).MaxBy(c => c.Length);
                var inDeepest = deepest is null ? [] : inContext.Where(p => Within(p.Path, deepest)).ToList();
                if (inDeepest.Count == 1) return inDeepest[0].Path;
            }
        }
        return CommonPlace(places.Select(p => p.Path));
    }

    /// <summary>Ordinary words that cross or hold short forms, with how often jieba meets them and the short forms.</summary>
    private sealed class CrossingWords
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words;
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> shortForms;
        // Short forms jieba meets often under another tag than a place's (安康, 来宾).
        private readonly HashSet<string> ordinaryShortForms = new(StringComparer.Ordinal);
        private readonly bool any;

        public CrossingWords(IEnumerable<string> rows)
        {
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            var shortForms = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (number, parts) in DataRows.Fields(rows))
            {
                if (parts.Length < 2 || !int.TryParse(parts[1], out var frequency))
                    throw new FormatException($"place crossing words, line {number}: expected 'word<TAB>frequency[<TAB>place]'");
                (parts.Length > 2 && parts[2] == "place" ? shortForms : words)[parts[0]] = frequency;
                if (parts.Length > 3 && parts[3] == "word") ordinaryShortForms.Add(parts[0]);
            }
            this.words = words.GetAlternateLookup<ReadOnlySpan<char>>();
            this.shortForms = shortForms.GetAlternateLookup<ReadOnlySpan<char>>();
            any = words.Count > 0;
        }

        public bool IsOrdinaryWord(string shortForm) => ordinaryShortForms.Contains(shortForm);

        /// <summary>
        /// Whether a word starting after <paramref name="from"/> and before the short form at <paramref name="at"/> runs
        /// into it or holds it, or an idiom starts with it.
        /// </summary>
        public bool CrossShortForm(ReadOnlySpan<char> text, int at, int length, int from)
        {
            if (!any) return false;
            for (var start = Math.Max(from, at - 3); start <= at; start++)
                for (var end = Math.Max(at + 1, start + 2); end <= Math.Min(text.Length, start + 4); end++)
                {
                    if (start == at && end <= at + length) continue;
                    if (!words.TryGetValue(text[start..end], out var frequency)) continue;
                    // A word that only runs into the short form (动武 in 推动武汉) wins only when it is the more frequent.
                    if (end >= at + length || frequency > (shortForms.TryGetValue(text.Slice(at, length), out var own) ? own : 0)) return true;
                }
            return false;
        }
    }

    private bool IsCity(string path) =>
        byPath.GetValueOrDefault(path) is { } place && (place.Kind == PlaceKind.Prefecture || place.Kind == PlaceKind.Province && place.Name.EndsWith('市'));

    private PlaceMention? AfterParent(ReadOnlySpan<char> text, int at, string parent)
    {
        for (var length = Math.Min(4, text.Length - at); length >= 2; length--)
        {
            if (!afterParentSpan.TryGetValue(text.Slice(at, length), out var places)) continue;
            // A name of its own starting there, as long or longer, is read as usual (北京大兴区).
            for (var other = Math.Min(MaxNameLength, text.Length - at); other >= length; other--)
                if (byNameSpan.ContainsKey(text.Slice(at, other))) return null;
            if (StreetFollows(text[(at + length)..])) return null;
            PlaceMention? inside = null;
            foreach (var place in places)
                if (Within(place.Path, parent))
                {
                    if (inside is not null) return null;
                    inside = new PlaceMention(at, length, place.Path, false);
                }
            return inside;
        }
        return null;
    }

    // The town, township or street of towns.tsv that ends right before position at (太湖源镇 before 东阳岭), longest first; null when none.
    private string? TownEndingAt(string text, int at)
    {
        if (at < 3) return null;
        var suffix = text[at - 1] == '道' && text[at - 2] == '街' ? 2 : text[at - 1] is '镇' or '乡' ? 1 : 0;
        if (suffix == 0 || TownSuffix(text, at - suffix) != suffix) return null;
        for (var start = Math.Max(0, at - suffix - MaxTownStem); start <= at - suffix - 2; start++)
            if (towns.Value.ContainsKey(text[start..at])) return text[start..at];
        return null;
    }

    private static (int Length, bool Village) AfterShortForm(ReadOnlySpan<char> rest) =>
        rest.Length > 0 && rest[0] is '镇' or '乡' ? (1, false)
        : rest.StartsWith("社区") || rest.StartsWith("小区") ? (2, true)
        : rest.Length > 0 && rest[0] == '村' ? (1, true)
        : (0, false);

    private static List<string> Known(List<PlaceMention>? found, IReadOnlyCollection<string>? context)
    {
        var known = new List<string>(found?.Select(m => m.Path) ?? []);
        if (context is not null) known.AddRange(context);
        return known;
    }

    // The most common surnames, less those that end common words before a place (感谢, 祝贺, 提高, 曾经, 机关, 长江…).
    private static bool IsSurname(char c) => "王李张刘陈杨赵吴周徐孙朱胡郭何林罗郑梁宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶魏吕丁沈姚卢姜崔钟谭陆汪廖贾韦邹孟熊秦邱尹薛闫雷侯陶黎毛郝龚邵严覃戴莫孔汤".Contains(c);

    private static int EndOfLast(List<PlaceMention>? found, List<(int At, int Length, Place[] Places, bool Full, bool Former)>? ambiguous) =>
        Math.Max(found is { Count: > 0 } ? found[^1].At + found[^1].Length : 0,
            ambiguous is { Count: > 0 } ? ambiguous[^1].At + ambiguous[^1].Length : 0);

    // 南京路, 中山大道, 安康杯: a street or a cup named after a place is not the place.
    private bool InsideWord(ReadOnlySpan<char> text, int at, int length)
    {
        if (!insideWords.TryGetValue(text.Slice(at, length).ToString(), out var words)) return false;
        foreach (var (word, offset) in words)
        {
            var start = at - offset;
            if (start >= 0 && start + word.Length <= text.Length && text.Slice(start, word.Length).SequenceEqual(word)) return true;
        }
        return false;
    }

    private static bool EndsWithLevel(string name) =>
        name.Length >= 2 && name[^1] is '省' or '市' or '县' or '区' or '州' or '旗' or '盟' || name.EndsWith("地区", StringComparison.Ordinal);

    /// <summary>The places among <paramref name="places"/> that <paramref name="rest"/>'s opening level was once theirs.</summary>
    private Place[]? WithFormerLevel(ReadOnlySpan<char> rest, Place[] places, out int length)
    {
        length = rest.StartsWith("地区") ? 2 : rest.Length > 0 && rest[0] is '县' or '市' or '盟' ? 1 : 0;
        if (length == 0) return null;
        var level = rest[..length];
        Place[]? earlier = null;
        var count = 0;
        foreach (var place in places)
            foreach (var former in FormerLevels(place))
                if (level.SequenceEqual(former))
                {
                    (earlier ??= new Place[places.Length])[count++] = place;
                    break;
                }
        return earlier is null ? null : count == earlier.Length ? earlier : earlier[..count];
    }

    private static string[] FormerLevels(Place place) => place.Kind switch
    {
        PlaceKind.County when place.Name.EndsWith('区') => ["县", "市"],
        PlaceKind.County when place.Name.EndsWith('市') => ["县"],
        PlaceKind.Prefecture when place.Name.EndsWith('市') => ["地区", "盟"],
        _ => [],
    };

    private static bool IsFunctionInitial(char c) => c is '和' or '与' or '同' or '会' or '将' or '都' or '从' or '那' or '让' or '且'
        or '可' or '以' or '为' or '对' or '在' or '把' or '及' or '并';

    // After a preposition (在都匀, 赴和田) or a place (新疆和田) the short form starts a word of its own.
    private static bool GluedToWordBefore(char before, int at, List<PlaceMention>? found, List<(int At, int Length, Place[] Places, bool Full, bool Former)>? ambiguous) =>
        before is >= '\u4e00' and <= '\u9fff'
        && before is not ('在' or '到' or '赴' or '至' or '往' or '去' or '来' or '从' or '于' or '自' or '的' or '及' or '和' or '与')
        && !(found is { Count: > 0 } && found[^1].At + found[^1].Length == at)
        && !(ambiguous is { Count: > 0 } && ambiguous[^1].At + ambiguous[^1].Length == at);

    // 南京东路, 石门二路, 中山北大街: a road's direction or number (东西南北中, 二 to 十; not 一, as in 一路走来) between the
    // place's name and the road keeps it the road's name, as 南京路 is.
    private static bool StreetFollows(ReadOnlySpan<char> rest)
    {
        if (rest.Length > 1 && (rest[0] is '东' or '西' or '南' or '北' or '中' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十'))
            rest = rest[1..];
        return rest.Length > 0 && (rest[0] is '路' or '街' or '巷' or '弄' or '杯' || rest.StartsWith("大道") || rest.StartsWith("大街"));
    }

    // 城东, 城西, 东城, 南城: the part of a town any text may name; the districts keep their full names (城东区).
    private static bool IsDirectionOfTown(string shortForm) =>
        shortForm.Length == 2 && (shortForm[0] == '城' && shortForm[1] is '东' or '西' or '南' or '北' or '中' or '关' or '区'
            || shortForm[1] == '城' && shortForm[0] is '东' or '西' or '南' or '北' or '中' or '新' or '老');

    /// <summary>The longest name of <paramref name="place"/> the word holds (第一师范 → 第一师), looked up by the word's own substrings.</summary>
    private static string? NameInside(string word, Place place, Dictionary<string, List<Place>> names)
    {
        for (var length = word.Length; length > 0; length--)
            for (var start = 0; start + length <= word.Length; start++)
                if (names.TryGetValue(word.Substring(start, length), out var places) && places.Contains(place))
                    return word.Substring(start, length);
        return null;
    }

    private static void Add(Dictionary<string, List<Place>> names, string name, Place place)
    {
        if (!names.TryGetValue(name, out var list)) names[name] = list = [];
        if (!list.Contains(place)) list.Add(place);
    }

}

internal enum PlaceKind { Province, Prefecture, County, Zone }

/// <summary>One division: its GB/T 2260 code, its path (<c>浙江省/嘉兴市/平湖市</c>) and level.</summary>
internal sealed record Place(string Code, string Path, PlaceKind Kind)
{
    public string Name { get; } = Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>The place one level up, or null for a province.</summary>
    public string? ParentPath => Path.Contains('/') ? Path[..Path.LastIndexOf('/')] : null;
}

/// <summary>
/// A place named in a text: where, how long, which place, whether by its full name (not a short form) and whether by a
/// name it no longer bears (开封县 for 祥符区).
/// </summary>
internal readonly record struct PlaceMention(int At, int Length, string Path, bool ByFullName, bool ByFormerName = false);
