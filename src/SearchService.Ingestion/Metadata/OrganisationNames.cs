using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Finds union names in (simplified) text and says what part each plays. A name ends in a suffix of the lexicon
/// (总工会, 工会联合会, 工会委员会 …, or the abbreviations 市总/县总/全总) and begins where the words before it stop
/// being a name: at punctuation, or after a verb or function word (<c>职工可以连线杭州工会</c> → 杭州工会,
/// <c>据苏州工会</c> → 苏州工会) unless that character is part of a place name (和平区). A name is then canonical:
/// its leading places become the official prefix of the most specific one (柯桥区总工会 → 绍兴市柯桥区总工会,
/// 浙江省台州市仙居县总工会 → 仙居县总工会), and a place's plain 工会 is its 总工会. A bare 市总工会 is returned as
/// such, for the caller to resolve against the places the document names.
/// </summary>
internal sealed partial class OrganisationNames(Gazetteer gazetteer)
{
    private const int MaxNameLength = 30;

    // Words after which a name cannot go on to the left: verbs of reporting and acting, prepositions, pronouns, and
    // words that merely mention a union (热线, 网, 记者).
    private static readonly string[] StopWords =
    [
        "可以", "这里", "那里", "位于", "连线", "拨打", "热线", "网站", "网", "记者", "通讯员", "获悉", "消息", "报道", "来源", "作者",
        "联合", "携手", "会同", "协同", "组织", "举办", "召开", "开展", "主办", "承办", "协办", "指导", "支持", "邀请", "慰问", "调研",
        "考察", "走访", "看望", "前往", "来到", "深入", "参加", "出席", "推荐", "发布", "公布", "授予", "命名", "表彰", "成立", "揭牌",
        "依托", "通过", "作为", "成为", "以及", "还有", "其中", "目前", "近日", "日前", "今年", "去年", "近年来", "积极", "主动", "充分",
        "发挥", "加强", "推动", "推进", "探索", "打造", "建立", "设立", "建成", "新建", "筹建", "组建", "加入", "向", "对", "为", "由",
        "据", "在", "和", "与", "及", "跟", "同", "是", "从", "到", "来", "了", "将", "把", "被", "给", "让", "请", "经", "以", "于",
        "至", "并", "也", "都", "均", "已", "还", "又", "即", "讯", "称", "的", "等", "各", "我", "本", "该", "其", "这", "那", "每",
        "个", "两", "多家", "首家", "多", "全体", "广大", "所属", "下属", "相关", "有关", "各级", "基层", "上级", "同级", "属地", "所在", "所在地",
    ];

    // A stem that is only a level or a role: "各级工会", "企业工会" name no organisation.
    private static readonly HashSet<string> GenericStems =
    [
        "集团", "公司", "企业", "单位", "行业", "产业", "地方", "两地", "三地", "各地", "全市", "全区", "全县", "全省", "全国各级", "机关",
        "非公企业", "国有企业", "民营企业", "车间", "班组", "分", "子", "母", "会员", "职工", "工人", "中国", "全国各地", "乡镇", "街道",
        "社区", "村", "园区", "新就业形态", "快递", "外卖", "货运", "家政",
    ];

    private static readonly string[] EnterpriseEndings =
    [
        "局", "公司", "集团", "厂", "院", "矿", "中心", "银行", "大学", "学院", "学校", "医院", "所", "站", "段", "场", "港", "铁路",
        "电力", "能源", "系统", "行业", "产业", "机关", "街道", "社区", "园区", "开发区", "委员会", "协会", "商会", "基地", "部", "处",
        "馆", "队", "店", "社", "中学", "小学", "幼儿园", "车间", "分会", "办事处", "乡", "镇", "村", "商场", "市场", "酒店", "宾馆",
    ];

    /// <summary>Union names in the text, left to right, canonical, with what each is doing there.</summary>
    public IReadOnlyList<OrganisationMention> Find(string text, IReadOnlyCollection<string>? context = null)
    {
        var found = new List<OrganisationMention>();
        foreach (Match match in Suffix().Matches(text))
        {
            var end = match.Index + match.Length;
            var suffix = match.Value;
            if (suffix == "全总")
            {
                found.Add(new OrganisationMention(match.Index, end, "全总", NationalName, Role(text, match.Index, end)));
                continue;
            }
            var start = StartOf(text, match.Index);
            if (start >= match.Index && suffix is not ("市总" or "县总" or "区总" or "省总" or "州总")) continue;
            var raw = text[start..end];
            if (Canonical(raw, context) is not { } name) continue;
            found.Add(new OrganisationMention(start, end, raw, name, Role(text, start, end)));
        }
        return found;
    }

    public const string NationalName = "中华全国总工会";

    /// <summary>
    /// The canonical form of a name found in text, or null when it names no organisation. A bare level
    /// (<c>市总工会</c>, <c>县总</c>) comes back as <c>市总工会</c>/<c>县总工会</c> for the caller to resolve.
    /// </summary>
    public string? Canonical(string raw, IReadOnlyCollection<string>? context = null)
    {
        var name = Expand(raw);
        if (name is "全国总工会" or "中华全国总工会" or "全总") return NationalName;
        if (BareLevel(name) is not null) return name;
        var (stem, suffix) = Split(name);
        if (stem.Length == 0) return null;

        var chain = LeadingPlaces(stem, context);
        if (chain is { } places)
        {
            var rest = stem[places.Length..];
            if (rest.Length == 0 && gazetteer.PlaceAt(places.Path)?.Kind != PlaceKind.Zone)
                return OfficialPrefix(places.Path) + (suffix is "工会" or "总" or "总工会" ? "总工会" : suffix);
            if (rest.Length == 1 && !EnterpriseEndings.Contains(rest)) return null;     // 杭州市各工会
            if (GenericStems.Contains(rest) && suffix is not ("工会联合会" or "联合工会" or "工会委员会")) return null; // 杭州市企业工会
            // An enterprise's or an area's own union keeps its name as written (海拉尔供电局工会).
            return name;
        }
        if (stem.Length < 2 || GenericStems.Contains(stem)) return null;
        if (StopWords.Any(w => w.Length >= 2 && stem.Contains(w, StringComparison.Ordinal))) return null;
        // 江北区货运司机工会联合会: a place name shared by several places keeps the name as written.
        if (gazetteer.StartsWithAnyPlaceName(stem) > 0 && stem.Length > 2) return name;
        // 省财贸轻纺烟草工会: the caller puts the province in front.
        if (stem[0] is '省' or '市' or '县' or '区' && stem.Length >= 3 && !GenericStems.Contains(stem[1..])) return name;
        return EnterpriseEndings.Any(e => stem.EndsWith(e, StringComparison.Ordinal)) || stem.Any(char.IsAsciiLetterOrDigit) && stem.Length >= 3
            ? stem + suffix
            : null;
    }

    /// <summary><c>市</c> for 市总工会/市总, <c>县</c>, <c>区</c>, <c>省</c>, <c>州</c>; null for a named organisation.</summary>
    public static string? BareLevel(string name) => name switch
    {
        "市总工会" or "市总" => "市",
        "县总工会" or "县总" => "县",
        "区总工会" or "区总" => "区",
        "省总工会" or "省总" => "省",
        "州总工会" or "州总" => "州",
        _ => null,
    };

    /// <summary>The official prefix of a place in a union's name: a district carries its city (绍兴市柯桥区, 上海市青浦区), other places their own name.</summary>
    public string OfficialPrefix(string path)
    {
        var place = gazetteer.PlaceAt(path);
        if (place is null) return path[(path.LastIndexOf('/') + 1)..];
        var parent = place.ParentPath is { } up ? gazetteer.PlaceAt(up) : null;
        if (parent is null) return place.Name;
        if (place.Kind == PlaceKind.Zone)
            return place.Name.StartsWith(parent.Name[..2], StringComparison.Ordinal) ? place.Name : parent.Name + place.Name;
        return place.Kind == PlaceKind.County && place.Name.EndsWith('区') && !place.Name.EndsWith("地区", StringComparison.Ordinal)
            ? parent.Name + place.Name
            : place.Name;
    }

    /// <summary>
    /// The level a name starts with when it names no place (<c>省财贸轻纺烟草工会</c> → 省), for the caller to put the
    /// document's place of that level in front; null otherwise.
    /// </summary>
    public string? LeadingLevel(string name) =>
        name.Length > 3 && name[0] is '省' or '市' or '县' or '区' && gazetteer.Mentions(name[..Math.Min(4, name.Length)]).Count == 0 ? name[..1] : null;

    /// <summary>The places a stem starts with, one inside the other (浙江省台州市仙居县): the deepest and how many characters they take.</summary>
    private (string Path, int Length)? LeadingPlaces(string stem, IReadOnlyCollection<string>? context)
    {
        string? path = null;
        var length = 0;
        foreach (var mention in gazetteer.Mentions(stem, context))
        {
            if (mention.At != length) break;
            if (path is not null && !Gazetteer.Within(mention.Path, path))
            {
                // 广东深圳市: a province then a city of it by short form; anything else ends the chain.
                break;
            }
            path = mention.Path;
            length = mention.At + mention.Length;
        }
        return path is null ? null : (path, length);
    }

    /// <summary>Abbreviations written out: 市总 → 市总工会, 长沙县总 → 长沙县总工会.</summary>
    private static string Expand(string raw) =>
        raw.EndsWith('总') ? raw + "工会" : raw;

    private static (string Stem, string Suffix) Split(string name)
    {
        foreach (var suffix in Suffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return (name[..^suffix.Length], suffix);
        return (name, "");
    }

    private static readonly string[] Suffixes = ["工会工作委员会", "工会联合会", "工会委员会", "联合工会", "总工会", "工会"];

    /// <summary>Where a name ending at <paramref name="suffixAt"/> begins: after punctuation or the last stop word not inside a place name.</summary>
    private int StartOf(string text, int suffixAt)
    {
        var start = suffixAt;
        while (start > 0 && suffixAt - start < MaxNameLength && IsNameChar(text[start - 1])) start--;
        if (start == suffixAt) return start;
        var span = text[start..suffixAt];
        var protectedRanges = gazetteer.Mentions(span);
        var cut = 0;
        for (var i = 0; i < span.Length; i++)
        {
            foreach (var word in StopWords)
            {
                if (string.CompareOrdinal(span, i, word, 0, word.Length) != 0) continue;
                if (protectedRanges.Any(m => i < m.At + m.Length && i + word.Length > m.At)) continue;
                cut = Math.Max(cut, i + word.Length);
            }
        }
        return start + cut;
    }

    private static bool IsNameChar(char c) => c is >= '\u4e00' and <= '\u9fff' || char.IsAsciiLetterOrDigit(c);

    /// <summary>What a mention is doing: visiting (来…调研), reporting (据…, 来源：), hosting (陪同), organising (由…主办), or acting.</summary>
    private static OrganisationRole Role(string text, int start, int end)
    {
        var before = text[Math.Max(0, start - 12)..start];
        var after = text[end..Math.Min(text.Length, end + 40)];
        if (Source().IsMatch(before) || SourceAfter().IsMatch(after)) return OrganisationRole.Source;
        if (Visit().IsMatch(after)) return OrganisationRole.Visitor;
        if (Host().IsMatch(after) || before.EndsWith('在') && after.Contains("陪同", StringComparison.Ordinal)) return OrganisationRole.Host;
        if (before.EndsWith('由') && Organiser().IsMatch(after)) return OrganisationRole.Organiser;
        return OrganisationRole.Actor;
    }

    [GeneratedRegex("(?:工会工作委员会|工会联合会|工会委员会|联合工会|总工会|工会|全总|[市县区省州]总(?![工会部体结量计数和额共之面人书值长监经裁价务队站局规]))")]
    private static partial Regex Suffix();

    // 据…消息, 来源：…, 作者单位：…, 转自…
    [GeneratedRegex("(?:据|来源[:：]?|作者单位[:：]?|转自|稿源[:：]?|供稿[:：]?|当前位置[:：]?|欢迎访问)\\s*$")]
    private static partial Regex Source();

    [GeneratedRegex("^(?:供稿|官网|网站|公众号|微信|消息|讯)")]
    private static partial Regex SourceAfter();

    // 来…调研, 一行到…考察, 领导调研…, 赴…学习交流
    [GeneratedRegex("^[^。！？；]{0,40}?(?:(?:来|到|赴|莅临|走进|前来)[^。！？；]{0,24}?)?(?:调研|考察|视察|检查指导|学习交流|学习考察|参观|观摩|交流学习)")]
    private static partial Regex Visit();

    [GeneratedRegex("^[^。！？；]{0,16}?陪同")]
    private static partial Regex Host();

    [GeneratedRegex("^(?:主办|承办|牵头|组织|发起|联合)")]
    private static partial Regex Organiser();
}

internal enum OrganisationRole { Actor, Organiser, Host, Visitor, Source }

/// <summary>A union name found in a text: where it stands, as written, canonical, and what it is doing there.</summary>
internal sealed record OrganisationMention(int Start, int End, string Written, string Name, OrganisationRole Role);
