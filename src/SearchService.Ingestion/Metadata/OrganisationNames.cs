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
internal sealed partial class OrganisationNames(Gazetteer gazetteer, IEnumerable<string>? openingVerbRows = null)
{
    // Verbs that cannot open a name (希望某街道总工会), from jieba's dictionary (name-opening-verbs.tsv); read on the first name met.
    private readonly Lazy<OpeningVerbs> openingVerbs = new(() => new OpeningVerbs(openingVerbRows ?? []), LazyThreadSafetyMode.ExecutionAndPublication);

    private const int MaxNameLength = 30;

    // Words after which a name cannot go on to the left: verbs of reporting and acting, prepositions, pronouns, and
    // words that merely mention a union (热线, 网, 记者).
    private static readonly string[] StopWords =
    [
        "可以", "这里", "那里", "位于", "连线", "一行", "赴", "率队", "带队", "带领", "拨打", "热线", "网站", "网", "记者", "通讯员", "获悉", "消息", "报道", "来源", "作者",
        "联合", "携手", "会同", "协同", "组织", "举办", "召开", "开展", "主办", "承办", "协办", "指导", "支持", "邀请", "慰问", "调研",
        "考察", "走访", "看望", "前往", "来到", "深入", "参加", "出席", "推荐", "发布", "公布", "授予", "命名", "表彰", "成立", "揭牌",
        "依托", "通过", "作为", "成为", "以及", "还有", "其中", "目前", "近日", "日前", "今年", "去年", "近年来", "积极", "主动", "充分",
        "发挥", "加强", "推动", "推进", "探索", "打造", "建立", "设立", "建成", "新建", "筹建", "组建", "加入", "向", "对", "为", "由",
        "据", "在", "和", "与", "及", "跟", "同", "是", "从", "到", "来", "了", "将", "把", "被", "给", "让", "请", "经", "以", "于",
        "至", "并", "也", "现场", "都", "均", "已", "还", "又", "即", "讯", "称", "的", "等", "各", "我", "本", "该", "其", "这", "那", "每", "就",
        "个", "两", "多家", "首家", "多", "全体", "广大", "所属", "下属", "旗下", "相关", "有关", "各级", "基层", "上级", "同级", "属地", "所在", "所在地",
        // Times a sentence opens with (下一步，镇工会将…; 节前镇总工会 is no town) and a union's terms (新一届某工会委员会).
        "下一步", "上半年", "下半年", "节前", "节后", "阶段", "随后", "此前", "此外", "同时", "期间", "进一步", "新一届", "上一届", "本届", "现有",
        // A level as an adjective (全省首个市级某某产业工会): which level, not whose.
        "省级", "市级", "县级", "区级",
        // A range of levels (省以上开发区工会, 县级以下工会) and verbs jieba's list leaves out (这标志着某工会联合会成立, 选举产生某工会).
        "以上", "以下", "标志着", "产生",
        // A person's title and the word for speaking for a union (王某副主席代表某市总工会慰问…, 某某书记某某公司工会): the
        // person, not part of the name; the name starts after them.
        "代表", "主席", "书记", "主任", "部长",
        // 某某启动仪式暨某某工会…, 庆祝…周年暨某某运动会: the formal "and" joining two events or two names; no name goes on
        // through it (暨南, a university's name, is the one word it opens).
        "暨",
        // 经过某某工会的牵线搭桥: "through", of which 经 alone would leave 过 opening the name.
        "经过",
        // 我们某市总工会将…, 他们某公司工会…: a pronoun before the name it stands beside is the speaker's, and 我 alone would
        // leave 们 opening the name.
        "我们", "他们", "她们", "它们", "你们", "咱们", "大家",
        // 随着某公司工会主席一声令下, 非常感谢公司党委、工会: a preposition or a verb of thanks
        // that takes the unit after it as its object; no name holds one (随著 is the traditional 隨著 as the character
        // fold leaves it).
        "随着", "随著", "感谢", "谢谢", "感恩", "感激",
    ];

    // A stem that is only a level or a role: "各级工会", "企业工会" name no organisation.
    private static readonly HashSet<string> GenericStems =
    [
        "集团", "公司", "企业", "单位", "行业", "产业", "地方", "两地", "三地", "各地", "全市", "全区", "全县", "全省", "全国各级", "机关",
        "非公企业", "国有企业", "民营企业", "车间", "班组", "分", "子", "母", "会员", "职工", "工人", "中国", "全国各地", "乡镇", "街道",
        "社区", "村", "园区", "新就业形态", "快递", "外卖", "货运", "家政",
        // Kinds and honours, not names: 特色小镇工会, 省会城市工会, 学校工会, 行政村工会; 某市最美工会(驿站), 某县部分工会.
        "小镇", "特色小镇", "省会城市", "省会", "学校", "行政村", "最美", "优秀", "先进", "模范", "示范", "星级", "部分",
        "油田", "气田", "林区", "垦区",
    ];

    /// <summary>
    /// A kind of zone or area a union's name can end in (某某经济开发区, 某某工业园, 杨凌示范区, 武当山特区): whether it is a
    /// development zone (its union keeps the name as written and it ends a unit's name, as an enterprise's ending does),
    /// an area of place-aliases.tsv that is no division, and whether the kind alone with a plain 工会 (开发区工会) is any
    /// zone's union, like 园区工会 — after a place (天津保税区工会) it is that zone's, and a zone's general union
    /// (高新区总工会) names itself.
    /// </summary>
    private sealed record ZoneKind(string Ending, bool Zone, bool Area, bool AloneNamesNoOne);

    private static readonly ZoneKind[] ZoneKindTable =
    [
        new("开发区", Zone: true, Area: true, AloneNamesNoOne: true),
        new("高新区", Zone: true, Area: false, AloneNamesNoOne: true),
        new("经开区", Zone: true, Area: false, AloneNamesNoOne: true),
        new("新区", Zone: true, Area: true, AloneNamesNoOne: true),
        new("园区", Zone: true, Area: false, AloneNamesNoOne: false),          // 园区工会 alone: a generic stem
        new("工业园区", Zone: true, Area: false, AloneNamesNoOne: true),
        new("产业园区", Zone: true, Area: false, AloneNamesNoOne: true),
        new("工业园", Zone: true, Area: false, AloneNamesNoOne: false),
        new("保税区", Zone: true, Area: false, AloneNamesNoOne: true),
        new("自贸区", Zone: true, Area: false, AloneNamesNoOne: false),
        new("片区", Zone: true, Area: false, AloneNamesNoOne: false),           // a pilot free-trade zone's area (某某自贸区某某片区)
        new("试验区", Zone: true, Area: true, AloneNamesNoOne: false),
        new("示范区", Zone: true, Area: true, AloneNamesNoOne: false),
        new("实验区", Zone: true, Area: true, AloneNamesNoOne: false),
        new("合作区", Zone: true, Area: true, AloneNamesNoOne: false),
        new("投资区", Zone: true, Area: false, AloneNamesNoOne: false),         // 某某台商投资区: a zone for investors from one place
        new("特区", Zone: false, Area: true, AloneNamesNoOne: false),          // 六枝特区, 武当山特区: a county-level unit or an area
    ];

    private static readonly HashSet<string> ZoneKinds = ZoneKindTable.Where(k => k.AloneNamesNoOne).Select(k => k.Ending).ToHashSet();

    // What ends a zone's name (某某经济开发区, 某某工业园区) and an area's that is no division (杨凌示范区, 武当山特区).
    private static readonly string[] ZoneEndings = ZoneKindTable.Where(k => k.Zone).Select(k => k.Ending).ToArray();
    private static readonly string[] AreaKinds = ZoneKindTable.Where(k => k.Area).Select(k => k.Ending).ToArray();

    private static readonly string[] EnterpriseEndings =
    [
        "局", "公司", "集团", "厂", "院", "矿", "中心", "银行", "分行", "支行", "大学", "学院", "学校", "医院", "所", "站", "段", "场", "港", "铁路",
        "电力", "能源", "系统", "行业", "产业", "机关", "街道", "社区", "委员会", "协会", "商会", "基地", "部", "处",
        "馆", "队", "店", "社", "中学", "小学", "幼儿园", "车间", "分会", "办事处", "乡", "镇", "村", "商场", "市场", "酒店", "宾馆",
        // An oil or gas field (某某油田) and a forestry bureau's or a reclamation group's district (某某林区, 某某垦区) are
        // enterprises' units that name their unions.
        "油田", "气田", "林区", "垦区",
        .. ZoneEndings,
    ];

    // The words of a unit's, a level's or a sector's kind (KindWordsOnly); a zone's kind is read by the zone rules.
    private static readonly string[] KindWords = GenericStems.Concat(EnterpriseEndings).Concat(SectorUnion.SectorWords)
        .Where(w => w.Length > 0 && !ZoneEndings.Contains(w)).Distinct().ToArray();

    // A province's departments and offices (陕西某某厅), and associations (浙江商会): named as written, like an enterprise.
    private static readonly string[] DepartmentEndings = ["厅", "委", "办", "署", "会"];

    private static bool IsZone(string rest) => ZoneEndings.Any(z => rest.EndsWith(z, StringComparison.Ordinal));

    // Abbreviated zone names and what they stand for, to match a name in the text with its full form in a credit.
    private static readonly (string Short, string Full)[] ZoneAbbreviations =
    [
        ("经开区", "经济技术开发区"), ("高新区", "高新技术产业开发区"), ("经开区", "经济开发区"), ("高新区", "高新技术开发区"),
    ];

    // 经开区, 经济技术开发区: 经 is a stop word (经…批准) but not inside a zone's name.
    private static bool InsideZoneName(string span, int at)
    {
        foreach (var (shortForm, fullForm) in ZoneAbbreviations)
            foreach (var zone in (string[])[shortForm, fullForm])
                for (var k = 0; k < zone.Length; k++)
                    if (at - k >= 0 && string.CompareOrdinal(span, at - k, zone, 0, zone.Length) == 0) return true;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="abbreviated"/> (经开区总工会) is a short way of writing <paramref name="full"/>
    /// (天津经济技术开发区总工会): the full name ends with the abbreviation once its zone is written out.
    /// </summary>
    public static bool Abbreviates(string abbreviated, string full)
    {
        if (abbreviated.Length >= full.Length) return false;
        if (full.EndsWith(abbreviated, StringComparison.Ordinal)) return true;
        foreach (var (shortForm, fullForm) in ZoneAbbreviations)
            if (abbreviated.Contains(shortForm, StringComparison.Ordinal) && full.EndsWith(abbreviated.Replace(shortForm, fullForm), StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>
    /// Union names in the text, left to right, canonical, with what each is doing there; a zone's union written by the
    /// zone's short form (台商区总工会) is read as that zone's when <paramref name="zoneShortForms"/> (see
    /// <see cref="ZoneShortForms"/>) holds it.
    /// </summary>
    public IReadOnlyList<OrganisationMention> Find(string text, IReadOnlyCollection<string>? context = null, IReadOnlyDictionary<string, string>? zoneShortForms = null)
    {
        var found = new List<OrganisationMention>();
        foreach (Match match in Suffix().Matches(text))
        {
            var end = match.Index + match.Length;
            var suffix = match.Value;
            if (zoneShortForms is { Count: > 0 } && ZoneShortFormBefore(text, match.Index, suffix, zoneShortForms, context) is { } zoneUnion)
            {
                found.Add(new OrganisationMention(zoneUnion.Start, end, text[zoneUnion.Start..end], zoneUnion.Name, Role(text, zoneUnion.Start, end)));
                continue;
            }
            if (suffix == "全总")
            {
                found.Add(new OrganisationMention(match.Index, end, "全总", NationalName, Role(text, match.Index, end)));
                continue;
            }
            var start = StartOf(text, match.Index, context);
            // 某某州各级工会: the unions of a place, led by its general union; a province or a prefecture also by its
            // short form, as headlines write it (河北各级工会, 杭州各级工会).
            if (suffix == "工会" && match.Index >= 3 && text[match.Index - 1] == '级' && text[match.Index - 2] == '各'
                && PlaceEndingAt(text, match.Index - 2, context, shortAbove: true) is { } led)
            {
                found.Add(new OrganisationMention(led.Start, end, text[led.Start..end], OfficialPrefix(led.Path) + "总工会", Role(text, led.Start, end)));
                continue;
            }
            // 区人大常委会副主任、总工会主席某某: one person's posts at one level; the bare 总工会 is that level's.
            if (suffix == "总工会" && start >= match.Index && PostOfLevel().Match(text[ClauseStart(text, match.Index)..match.Index]) is { Success: true } post
                && Canonical(post.Groups[1].Value + "总工会", context) is { } ofLevel)
            {
                found.Add(new OrganisationMention(match.Index, end, post.Groups[1].Value + "总工会", ofLevel, Role(text, match.Index, end)));
                continue;
            }
            // 某某app下载 总工会将在全区…: a spam brand written in Latin letters stands where a site's mirror replaced the
            // place, set off by a space; the union is the general union of the level its own clause names whole (全区,
            // 全县, 全市, 全旗), placed as a bare one is.
            if (suffix == "总工会" && start >= match.Index && BrandBefore().IsMatch(text.AsSpan(0, match.Index))
                && WholeLevelAfter().Match(text, end, Math.Min(30, text.Length - end)) is { Success: true } whole
                && Canonical(whole.Groups[1].Value + "总工会", context) is { } ofWhole)
            {
                found.Add(new OrganisationMention(match.Index, end, "总工会", ofWhole, Role(text, match.Index, end)));
                continue;
            }
            if (start >= match.Index && suffix is not ("市总" or "县总" or "区总" or "省总" or "州总")) continue;
            // 为区域经济发展贡献工会力量, 注入工会力量: the union's strength, given by whoever the sentence's subject is.
            if (suffix == "工会" && string.CompareOrdinal(text, end, "力量", 0, 2) == 0) continue;
            // 某地工会界代表, 两岸工会界: the unions' circles of a place, people from many unions, not one union.
            if (suffix == "工会" && end < text.Length && text[end] == '界') continue;
            // **市总工会, X县总工会, 某区工会: an anonymised name stands for no organisation.
            if (start > 0 && IsMask(text[start - 1])) continue;
            var raw = text[start..end];
            // 获评“某某工会”, 被授予“模范工会”: an honour's title quoted after the verb conferring it, not a union (a place's
            // short form opening it, 灯塔工会, had made it that place's union).
            if (HonourTitle(text, start, end)) continue;
            // 各区工会, 全县工会: the unions of every district, not one.
            if ((raw is "区工会" or "县工会" or "市工会" || BareLevel(raw) is Town or Street or "旗") && start > 0 && text[start - 1] is '各' or '全' or '每' or '两' or '三' or '本') continue;
            // 要求区、乡镇、街道总工会主席…: the unions of every town and street after a list of levels, not one street's.
            if (BareLevel(raw) is Town or Street && start > 0 && text[start - 1] == '、' && LevelsListedBefore().IsMatch(text.AsSpan(0, start))) continue;
            // 各公司工会, 集团旗下公司工会, 所属企业: the unions of an enterprise's companies, not its own.
            if (BareLevel(raw) is Company or Group && start > 0 && (text[start - 1] is '各' or '每' or '两' or '三' || start > 1 && text.AsSpan(start - 2, 2) is "旗下" or "下属" or "所属")) continue;
            // 全省工会, 全市总工会系统: the unions of a whole area, however the words before them run on.
            if (WholeAreaStem().IsMatch(text.AsSpan(start, match.Index - start))) continue;
            // 某社区党群服务中心工会驿站, 职工服务中心工会驿站: a union's station inside a service centre; the centre is no union.
            if (suffix == "工会" && raw.EndsWith("服务中心工会", StringComparison.Ordinal) && Facility().IsMatch(text.AsSpan(end))) continue;
            // 某某广场工会驿站, 某某停车场工会爱心驿站, 某某路工会驿站: a union's station named after the site it stands on;
            // a square, a car park or a road employs no one and has no union (某某社区工会驿站, 某某外卖工会驿站 are the
            // union's own). So is a district's 文化中心, 体育中心 or 会展中心 before 工会驿站: a venue the station
            // stands in, as 服务中心 above — the venue's own union without a station after it is as written.
            if (suffix == "工会" && StationSite().IsMatch(raw.AsSpan(0, raw.Length - suffix.Length)) && StationAfter().IsMatch(text.AsSpan(end))) continue;
            // 高新区工会 names no zone alone, but in a sentence that writes one zone of its kind after its place (株洲高新区
            // 管委会…) it is that zone's union.
            if ((Canonical(raw, context) ?? (suffix == "工会" && ZoneKinds.Contains(raw[..^suffix.Length]) ? ZoneWrittenInFull(raw, [text], context) : null)) is not { } name)
                continue;
            found.Add(new OrganisationMention(start, end, raw, name, Role(text, start, end)));
        }
        // 某市女职委, 某公司女工委: a union's women workers' committee written after its unit alone (not after 工会, where
        // the union is found already) speaks for that unit's union, as a committee of it.
        foreach (Match committee in WomenWorkersCommittee().Matches(text))
        {
            var start = StartOf(text, committee.Index, context);
            if (start >= committee.Index || start > 0 && IsMask(text[start - 1])) continue;
            var stem = text[start..committee.Index];
            if (stem.EndsWith("工会", StringComparison.Ordinal) || stem.EndsWith('总') || Canonical(stem + "工会", context) is not { } name
                || BareLevel(name) is not null || name == NationalName) continue;
            var end = committee.Index + committee.Length;
            found.Add(new OrganisationMention(start, end, text[start..end], name, Role(text, start, end)));
        }
        // 某某煤矿党委、工会联合开展…, 该矿党委和工会: the unit's party committee and its union acting together; the 工会 is
        // the unit's own (UnitPartyAndUnion), 某某煤矿工会 — or 矿工会, the mine the text names, for 该矿.
        foreach (var (start, end, union) in UnitPartyAndUnion.Find(text, at => StartOf(text, at, context)))
        {
            if (start > 0 && IsMask(text[start - 1]) || Canonical(union, context) is not { } name || name == NationalName) continue;
            found.Add(new OrganisationMention(start, end, text[start..end], name, Role(text, start, end)));
        }
        // 该矿工会, 本矿工会: the union of the mine the text names; 该段工会, of the railway depot it names.
        foreach (Match mine in ThisUnitsUnion().Matches(text))
            found.Add(new OrganisationMention(mine.Index, mine.Index + mine.Length, mine.Value, mine.Groups[1].Value == "段" ? DepotUnion : MineUnion,
                Role(text, mine.Index, mine.Index + mine.Length)));
        // 我集团, 我司: a document an enterprise writes about itself; its union is the enterprise's.
        foreach (Match own in FirstPersonEnterprise().Matches(text))
        {
            var name = own.Groups[1].Value == "集团" ? "集团工会" : "公司工会";
            found.Add(new OrganisationMention(own.Index, own.Index + own.Length, own.Value, name, Role(text, own.Index, own.Index + own.Length)));
        }
        if (found.Count > 1) found.Sort((a, b) => a.Start.CompareTo(b.Start));
        // 某某公司党委副书记、工会主席张某: the enterprise's union, named through its chair's titles.
        foreach (Match chair in ChairOfEnterprise().Matches(text))
        {
            var start = StartOf(text, chair.Index, context);
            if (start >= chair.Index) continue;
            var raw = text[start..chair.Index] + "工会";
            if (Canonical(raw, context) is not { } name || BareLevel(name) is not (null or Company or Group) || LeadingLevel(name) is not null) continue;
            if (gazetteer.MostSpecificIn(raw) is { } place && OfficialPrefix(place) + "总工会" == name) continue;
            var end = chair.Index + chair.Length;
            found.Add(new OrganisationMention(start, end, raw, name, Role(text, start, end)));
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return found;
    }

    /// <summary>
    /// The union of a unit (a company, a college, a community) that opens <paramref name="clause"/> as its actor
    /// (<c>某某分公司组织员工参观…</c>, <c>某某学院组织工会会员…</c>, <c>某街道某社区荣获…</c>), canonical; null when no unit
    /// opens it or the words before its ending are no name.
    /// </summary>
    public string? UnitActing(string clause, IReadOnlyCollection<string>? context = null)
    {
        if (ActingUnit().Match(clause) is not { Success: true } unit) return null;
        // A community's union is its 工会联合会 (of the small units inside it).
        var written = unit.Groups[1].Value + (unit.Groups[1].Value.EndsWith("社区", StringComparison.Ordinal) ? "工会联合会" : "工会");
        var found = Find(written, context);
        return found.Count > 0 && found[^1].End == written.Length && found[^1].Start == 0 && BareLevel(found[^1].Name) is null
            && found[^1].Name != NationalName && gazetteer.MostSpecificIn(unit.Groups[1].Value) is var place
            && (place is null || OfficialPrefix(place) + "总工会" != found[^1].Name)
            ? found[^1].Name
            : null;
    }

    /// <summary>
    /// The union of an enterprise's unit written short (运河煤矿工会) under the unit's full name as the text writes it once,
    /// opening a clause (某某能源运河煤矿可谓…): 某某能源运河煤矿工会; null when the text writes no longer name of it.
    /// </summary>
    public string? UnitWrittenInFull(string union, IEnumerable<string> texts, IReadOnlyCollection<string>? context = null)
    {
        var (stem, suffix) = Split(union);
        if (suffix != "工会" || stem.Length < 2 || !EnterpriseWords.Any(w => stem.EndsWith(w, StringComparison.Ordinal)) || gazetteer.Mentions(stem, context).Count > 0)
            return null;
        foreach (var text in texts)
            for (var at = text.IndexOf(stem, StringComparison.Ordinal); at > 0; at = text.IndexOf(stem, at + stem.Length, StringComparison.Ordinal))
            {
                var from = at;
                while (from > 0 && at - from < 8 && IsNameChar(text[from - 1])) from--;
                if (from == at || at - from < 2 || from > 0 && IsNameChar(text[from - 1])) continue;
                // The words before the unit name its enterprise by a place (济宁能源) or end as one (某某集团): 重温 does not.
                var owner = text[from..at];
                if (gazetteer.Mentions(owner, context).Count == 0 && !EnterpriseWords.Any(w => owner.EndsWith(w, StringComparison.Ordinal))) continue;
                var written = owner + stem + "工会";
                var found = Find(written, context);
                if (found.Count == 1 && found[0].Start == 0 && found[0].End == written.Length && found[0].Name.Length > union.Length) return found[0].Name;
            }
        return BranchWrittenInFull(stem, texts, context);
    }

    // A development zone written by its kind alone and the forms the same zone is written in after its place.
    private static readonly Dictionary<string, string[]> ZoneForms = new(StringComparer.Ordinal)
    {
        ["经开区"] = ["经开区", "经济技术开发区", "经济开发区"],
        ["经济技术开发区"] = ["经济技术开发区", "经开区"],
        ["经济开发区"] = ["经济开发区", "经开区"],
        ["高新区"] = ["高新区", "高新技术产业开发区", "高新技术开发区"],
        ["高新技术产业开发区"] = ["高新技术产业开发区", "高新区"],
        ["开发区"] = ["开发区", "经济技术开发区", "经济开发区", "高新技术产业开发区", "经开区", "高新区"],
    };

    /// <summary>
    /// A zone's union written by the zone's kind alone (经开区总工会, 高新区工会) in a text that writes the zone after its
    /// place (遂宁经开区, 某市经济技术开发区): that zone's union as the text writes the zone; null when the text writes no
    /// such zone, or several.
    /// </summary>
    public string? ZoneWrittenInFull(string union, IEnumerable<string> texts, IReadOnlyCollection<string>? context = null)
    {
        var (stem, suffix) = Split(union);
        if (suffix.Length == 0 || !ZoneForms.TryGetValue(stem, out var forms)) return null;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (var form in forms)
                for (var at = text.IndexOf(form, StringComparison.Ordinal); at > 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
                {
                    var end = at + form.Length;
                    var from = Math.Max(0, at - 12);
                    // The place written right before the zone (遂宁, 遂宁市), or a zone of the table that holds it (吉林高新区).
                    var start = gazetteer.Mentions(text[from..end], context)
                        .Where(m => from + m.At < at && (from + m.At + m.Length == at || from + m.At + m.Length == end))
                        .Select(m => (int?)(from + m.At)).Min();
                    // 南宁-某某经济开发区: a zone named after its city and a partner, joined by a dash.
                    start ??= DashedZoneStart(text, at, end, context);
                    if (start is not { } placeAt) continue;
                    if (Canonical(text[placeAt..end] + suffix, context) is { } name && name != union && BareLevel(name) is null) found.Add(name);
                }
        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>
    /// A unit's union named under its enterprise written short (某某集团某某煤矿工会) when the text writes that enterprise
    /// once with more words before it (中国某某某某集团): the unit under the enterprise's longer name; null when the text
    /// writes none, or several, or only a place before it (the province a name leaves out).
    /// </summary>
    public string? EnterpriseWrittenLonger(string union, IEnumerable<string> texts, IReadOnlyCollection<string>? context = null)
    {
        var (stem, suffix) = Split(union);
        if (suffix.Length == 0 || BareLevel(union) is not null || EnterpriseEnding().Match(stem) is not { Success: true } ending) return null;
        var enterprise = stem[..(ending.Index + ending.Length)];
        // The enterprise must be followed by a unit of its own (某某集团某某煤矿), and be a name of two characters or more.
        if (enterprise.Length == stem.Length || ending.Index < 2 || GenericStems.Contains(enterprise[..ending.Index])) return null;
        var longer = texts.SelectMany(Enterprises)
            .Where(e => e.Length > enterprise.Length && e.EndsWith(enterprise, StringComparison.Ordinal)
                && !(gazetteer.Mentions(e[..^enterprise.Length], context) is [{ At: 0 } place] && place.Length == e.Length - enterprise.Length))
            .Distinct(StringComparer.Ordinal).ToList();
        return longer is [var only] && Canonical(only + stem[enterprise.Length..] + suffix, context) is { } name && name != union ? name : null;
    }

    // The legal forms of a company a union written short leaves out (某某公司工会 for 某某有限公司).
    private static readonly string[] CompanyLegalForms = ["股份有限公司", "有限责任公司", "有限公司"];

    // A brand, two to eight words of its business, then a legal form (某某矿业 + 开发治理 + 有限责任公司).
    private static Regex LegalNameAfterBrand(string brand) =>
        new(Regex.Escape(brand) + "([\u4e00-\u9fff]{2,8}?)(?:股份有限公司|有限责任公司|有限公司)", RegexOptions.CultureInvariant);

    /// <summary>
    /// A company's union written short without its legal form (某某光电公司工会) under the company's legal name as the
    /// text writes it (某某光电有限公司), with the place written right before it (河南某某光电有限公司): the union of that
    /// company; null when the text writes no such name, or several.
    /// </summary>
    public string? LegalNameWrittenInFull(string union, IEnumerable<string> texts, IReadOnlyCollection<string>? context = null)
    {
        var (stem, suffix) = Split(union);
        if (suffix != "工会" || !stem.EndsWith("公司", StringComparison.Ordinal) || stem.Contains("有限", StringComparison.Ordinal)) return null;
        var brand = stem[..^2];
        if (brand.Length < 2 || GenericStems.Contains(stem) || BareLevel(union) is not null) return null;
        var found = new HashSet<string>(StringComparer.Ordinal);
        var legalNameAfterBrand = LegalNameAfterBrand(brand);
        foreach (var text in texts)
        {
            foreach (var form in CompanyLegalForms)
            {
                var written = brand + form;
                for (var at = text.IndexOf(written, StringComparison.Ordinal); at >= 0; at = text.IndexOf(written, at + written.Length, StringComparison.Ordinal))
                {
                    // 有限公司 inside 股份有限公司 is the longer form's.
                    if (form == "有限公司" && at + brand.Length >= 2 && string.CompareOrdinal(text, at + brand.Length - 2, "股份", 0, 2) == 0) continue;
                    AddWithPlaceBefore(text, at, at + written.Length);
                }
            }
            // 某某矿业公司 for 某地某某矿业开发治理有限责任公司: a company written short also leaves out the words of its
            // business between its brand and its legal form — when nothing but those words stands there (no 分公司, no
            // place: a branch or a subsidiary named after a place is another company).
            if (found.Count > 0) continue;
            foreach (Match longer in legalNameAfterBrand.Matches(text))
            {
                var between = longer.Groups[1].Value;
                if (between.Contains('公') || between.Contains('分') || between.Contains("集团", StringComparison.Ordinal) || gazetteer.Mentions(between, context).Count > 0) continue;
                AddWithPlaceBefore(text, longer.Index, longer.Index + longer.Length);
            }
        }
        return found.Count == 1 ? found.First() : null;

        // The legal name from at to end, with the place written right before it (河南某某光电有限公司).
        void AddWithPlaceBefore(string text, int at, int end)
        {
            var before = text[Math.Max(0, at - 8)..at];
            var placeAt = gazetteer.Mentions(before, context).Where(m => m.At + m.Length == before.Length)
                .Select(m => (int?)(at - before.Length + m.At)).Min() ?? at;
            if (Canonical(text[placeAt..end] + suffix, context) is { } name && name != union) found.Add(name);
        }
    }

    /// <summary>
    /// Zones the texts write after their place with two characters before their kind (某市台商投资区), by the short form
    /// a text then uses for them (台商区): short form → the zone as written after its place. A short form that stands for
    /// several zones, or that is a name already (a place's district), is left out.
    /// </summary>
    public IReadOnlyDictionary<string, string> ZoneShortForms(IEnumerable<string> texts, IReadOnlyCollection<string>? context = null)
    {
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (var kind in ZoneKindTable)
            {
                // 经开区, 高新区 are short forms themselves; a kind of two characters (新区, 片区) leaves no short form to tell.
                if (!kind.Zone || kind.Ending.Length < 3 || kind.Ending[^1] != '区' || ZoneForms.ContainsKey(kind.Ending)) continue;
                for (var at = text.IndexOf(kind.Ending, StringComparison.Ordinal); at >= 0; at = text.IndexOf(kind.Ending, at + kind.Ending.Length, StringComparison.Ordinal))
                {
                    var own = at - 2;
                    if (own < 1 || !Splitting.LineShapes.IsHan(text[own]) || !Splitting.LineShapes.IsHan(text[own + 1])) continue;
                    var from = Math.Max(0, own - 12);
                    // The place must end right where the zone's own two characters begin (某市台商投资区), so that those
                    // two are no place's (天津保税区 has none).
                    var place = gazetteer.Mentions(text[from..own], context).Where(m => from + m.At + m.Length == own).Select(m => (int?)(from + m.At)).Min();
                    if (place is not { } placeAt) continue;
                    var shortForm = text.Substring(own, 2) + "区";
                    if (Canonical(shortForm + "总工会", context) is not null || gazetteer.Mentions(shortForm, context).Count > 0) continue;
                    (found.TryGetValue(shortForm, out var zones) ? zones : found[shortForm] = new(StringComparer.Ordinal)).Add(text[placeAt..(at + kind.Ending.Length)]);
                }
            }
        return found.Where(f => f.Value.Count == 1).ToDictionary(f => f.Key, f => f.Value.First(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The zone's union a short form before <paramref name="at"/> writes (台商区总工会, 漳州台商区工会: 漳州台商投资区总工会,
    /// …工会), from where the mention starts (the zone's place when written right before the short form, else the short
    /// form); null when no short form of <paramref name="zones"/> ends there, or it follows 各/全/每 (every union of the
    /// zone, not its own), or the suffix is no union's own (联合工会).
    /// </summary>
    private (int Start, string Name)? ZoneShortFormBefore(string text, int at, string suffix, IReadOnlyDictionary<string, string> zones, IReadOnlyCollection<string>? context)
    {
        if (!suffix.StartsWith("工会", StringComparison.Ordinal) && !suffix.StartsWith("总工会", StringComparison.Ordinal)) return null;
        foreach (var (shortForm, zone) in zones)
        {
            var start = at - shortForm.Length;
            if (start < 0 || string.CompareOrdinal(text, start, shortForm, 0, shortForm.Length) != 0) continue;
            if (start > 0 && text[start - 1] is '各' or '全' or '每') continue;
            if (ZoneShortFormWrittenOut(shortForm + suffix, zones, context) is not { } name) continue;
            var place = zone[..zone.LastIndexOf(shortForm[..2], StringComparison.Ordinal)];
            return (start >= place.Length && string.CompareOrdinal(text, start - place.Length, place, 0, place.Length) == 0 ? start - place.Length : start, name);
        }
        return null;
    }

    /// <summary>
    /// A zone's union written by the zone's short form (台商区总工会) under the zone the text writes in full after its place
    /// (<paramref name="zones"/> from <see cref="ZoneShortForms"/>: 某市台商投资区总工会); null when it is no short form's.
    /// </summary>
    public string? ZoneShortFormWrittenOut(string union, IReadOnlyDictionary<string, string> zones, IReadOnlyCollection<string>? context = null)
    {
        foreach (var (shortForm, zone) in zones)
            if (union.Length > shortForm.Length && union.StartsWith(shortForm, StringComparison.Ordinal))
                return Canonical(zone + union[shortForm.Length..], context);
        return null;
    }

    /// <summary>
    /// 某某分公司工会 under the branch's full name the text writes after its company (某某能源有限公司某某水电分公司): the
    /// branch named by its brand and 分公司, its words in between left out; null when the text writes no such name.
    /// </summary>
    private string? BranchWrittenInFull(string stem, IEnumerable<string> texts, IReadOnlyCollection<string>? context)
    {
        const string branch = "分公司";
        if (!stem.EndsWith(branch, StringComparison.Ordinal) || stem.Length - branch.Length is < 2 or > 4) return null;
        var brand = stem[..^branch.Length];
        foreach (var text in texts)
            for (var at = text.IndexOf(brand, StringComparison.Ordinal); at > 0; at = text.IndexOf(brand, at + brand.Length, StringComparison.Ordinal))
            {
                var end = text.IndexOf(branch, at + brand.Length, Math.Min(text.Length - at - brand.Length, 8), StringComparison.Ordinal);
                if (end < 0 || text.AsSpan(at, end - at).ContainsAnyExcept(NameChars)) continue;
                var from = at;
                while (from > 0 && at - from < 16 && IsNameChar(text[from - 1])) from--;
                var owner = text[from..at];
                // The company the branch belongs to, by its legal ending (某某能源有限公司, 某某集团).
                if (!(owner.EndsWith("公司", StringComparison.Ordinal) || owner.EndsWith("集团", StringComparison.Ordinal)) || owner.Length < 4) continue;
                var written = text[from..(end + branch.Length)] + "工会";
                var found = Find(written, context);
                if (found.Count > 0 && found[^1].End == written.Length && found[^1].Name.Contains(stem[..2], StringComparison.Ordinal)
                    && found[^1].Name.Length > stem.Length + 2) return found[^1].Name;
            }
        return null;
    }

    private static readonly System.Buffers.SearchValues<char> NameChars =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0x4e00, 0x9fff - 0x4e00 + 1).Select(c => (char)c), .. "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"]);

    public const string NationalName = "中华全国总工会";

    /// <summary>
    /// The canonical form of a name found in text, or null when it names no organisation. A bare level
    /// (<c>市总工会</c>, <c>县总</c>) comes back as <c>市总工会</c>/<c>县总工会</c> for the caller to resolve.
    /// </summary>
    public string? Canonical(string raw, IReadOnlyCollection<string>? context = null) => AsTownsGeneralUnion(CanonicalAsWritten(raw, context), context);

    /// <summary>
    /// 某区某街道工会, 某镇工会: a street's, a town's or a township's own union is its general union, named with 总工会
    /// however the text writes it — as a county's or a district's is (某区工会 → 某区总工会) and as towns name their union
    /// (某镇总工会). So is a street written by its short form 某街 after its county, where the county has a street 某街道
    /// (广州的 某区某街). A town's federation or its community's union keeps its own name, and a name that is only kinds
    /// (各乡镇工会) or a themed 小镇 is no town's.
    /// </summary>
    private string? CountyCityShortForm(char first, IReadOnlyCollection<string>? context)
    {
        if (context is null || gazetteer.Mentions(first + "市").Count > 0) return null;
        string? found = null;
        foreach (var text in context)
            foreach (var mention in gazetteer.Mentions(text, context))
            {
                if (!mention.ByFullName || gazetteer.PlaceAt(mention.Path)?.Kind != PlaceKind.Prefecture) continue;
                if (gazetteer.OnlyCountyCityOpeningWith(mention.Path, first) is not { } city) continue;
                if (found is not null && found != city) return null;
                found = city;
            }
        return found;
    }

    private string? AsTownsGeneralUnion(string? name, IReadOnlyCollection<string>? context)
    {
        if (name is null || !name.EndsWith("工会", StringComparison.Ordinal) || name.EndsWith("总工会", StringComparison.Ordinal)) return name;
        var stem = name[..^2];
        if (stem.Length < 3 || stem.EndsWith("小镇", StringComparison.Ordinal) || stem.EndsWith("联合", StringComparison.Ordinal)) return name;
        if (Gazetteer.NamesATown(stem))
        {
            var town = gazetteer.TownNames(stem) is [.., var last] && last.At + last.Length == stem.Length;
            return town || LeadingPlaces(stem, context) is not null ? stem + "总工会" : name;
        }
        if (stem.EndsWith('街') && LeadingPlaces(stem, context) is { } places && places.Length < stem.Length - 1
            && gazetteer.PlaceAt(places.Path)?.Kind == PlaceKind.County
            && gazetteer.CountiesOfTown(stem[places.Length..] + "道").Contains(places.Path))
            return stem + "总工会";
        return name;
    }

    private string? CanonicalAsWritten(string raw, IReadOnlyCollection<string>? context = null)
    {
        // One spelling of the dash and brackets a name may hold (奎屯—独山子, （航空小镇）).
        var name = Expand(raw.Any(c => IsDash(c) || c is '（' or '）') ? string.Concat(raw.Select(c => IsDash(c) ? '-' : c == '（' ? '(' : c == '）' ? ')' : c)) : raw);
        if (name is "全国总工会" or "中华全国总工会" or "全总") return NationalName;
        if (BareLevel(name) is not null) return name;
        var (stem, suffix) = Split(name);
        if (stem.Length == 0) return null;
        // 某市总工会 with one character before 市, in a text that names a prefecture (a 盟, a 州, a city) with exactly one
        // county-level city whose name opens with that character: that city's union written short, as its own press
        // writes it (a curated short form, 哈市, is read as a place already and never comes here).
        if (suffix == "总工会" && stem.Length == 2 && stem[1] == '市' && CountyCityShortForm(stem[0], context) is { } city)
            return Canonical(city + suffix, context);
        // 第五届某集团工会委员会, 某公司第三次工会会员代表大会: a term's or a congress's ordinal is no part of the name.
        if (TermOrdinal().Match(stem) is { Success: true } term) return Canonical(stem.Remove(term.Index, term.Length) + suffix, context);
        // 某某集团工会委员会: an enterprise's union committee is its union, as unions write it (某某集团工会).
        if (suffix == "工会委员会" && EnterpriseWords.Any(w => stem.EndsWith(w, StringComparison.Ordinal))) return Canonical(stem + "工会", context);
        // 某某保税区工会委员会, 某山特区工会委员会, 陕西某某厅工会委员会: a zone's, an area's or a department's union committee
        // is its union too (a town's or a community's keeps the name it is given).
        if (suffix == "工会委员会" && (IsZone(stem) || AreaKinds.Any(k => stem.EndsWith(k, StringComparison.Ordinal))
            || DepartmentEndings.Any(d => stem.EndsWith(d, StringComparison.Ordinal)) && !stem.EndsWith("委员会", StringComparison.Ordinal)))
            return Canonical(stem + "工会", context);
        // 济南市中区, 青岛市南区: a city written before its district 市中区/市南区/市北区 shares the 市 (济南市 + 市中区).
        if (CityBeforeItsShiDistrict(stem, context) is { } spelt) return Canonical(spelt + suffix, context);
        // 某某医院医院工会, 某某公司公司工会: a unit's name then its kind again, as a site titles its unit's union; the
        // kind once is the name.
        if (EnterpriseEndings.FirstOrDefault(e => e.Length >= 2 && stem.Length > 2 * e.Length && stem.EndsWith(e + e, StringComparison.Ordinal)) is { } twice)
            return Canonical(stem[..^twice.Length] + suffix, context);
        // 2024东莞工会, 12月5日上午某某县总工会: a year or a date glued before a name is when, not part of it.
        if (GluedDate().Match(stem) is { Success: true } date && date.Length < stem.Length) return Canonical(name[date.Length..], context);

        // 某师某团工会 (三师六十团工会, 第二师九十团工会): a division's regiment's own union (CorpsRegiment), kept as written, also after
        // the corps' or the region's name (兵团三师六十团工会), which only says whose regiment it is.
        if (suffix is "工会" or "工会委员会")
        {
            var regiment = CorpsName().Match(stem) is { Success: true } ofCorps ? stem[ofCorps.Length..] : stem;
            if (CorpsRegiment.IsRegiment(regiment)) return regiment + "工会";
        }

        // 兵团总工会: the Production and Construction Corps' own union, a province-level one, by its full name; before a
        // division (新疆生产建设兵团第七师胡杨河市总工会, 兵团七师…, 新疆第七师…) the corps' or the region's name only says
        // whose division it is.
        if (CorpsName().Match(stem) is { Success: true } corps)
        {
            var afterCorps = stem[corps.Length..];
            if (afterCorps.Length == 0 && suffix == "总工会" && corps.Value.EndsWith("兵团", StringComparison.Ordinal)) return Corps + suffix;
            if (afterCorps.Length > 0 && CorpsDivision().IsMatch(afterCorps))
                return Canonical((afterCorps[0] == '第' ? "" : "第") + afterCorps + suffix, context);
        }

        // 六师五家渠市总工会: a division of the Production and Construction Corps and the city it governs.
        if (CorpsDivision().Match(stem) is { Success: true } division
            && LeadingPlaces(stem[division.Length..], context) is { } governed && governed.Length == stem.Length - division.Length)
            return "第" + division.Groups[1].Value + "师" + stem[division.Length..] + (suffix is "工会" or "总工会" ? "总工会" : suffix);

        // 某地工会联合总会: a region's federation of unions of its own (not a division's general union), named as it names
        // itself; its place is still read from the name.
        if (suffix == "工会联合总会") return WithoutProvince(stem, context) + suffix;

        var chain = LeadingPlaces(stem, context);
        // 七厂家工会, 三家企业工会: several unions named together are not one organisation (五家渠 is a place).
        var unnamed = chain is { } leading ? stem[leading.Length..] : stem;
        // 甲市、乙县、丙县、丁县四地总工会: the unions of the places listed, counted; the last place's 四地 is no unit.
        if (PlacesCounted().IsMatch(unnamed)) return null;
        if (SeveralUnits().Match(unnamed) is { Success: true } several
            && !gazetteer.Mentions(unnamed).Any(m => m.At < several.Index + several.Length && several.Index < m.At + m.Length))
            return null;
        if (chain is { } places)
        {
            var rest = stem[places.Length..];
            // 辽宁(营口)某某基地工会联合会: a name that brackets a place right after the place it opens with is an
            // enterprise's or a zone's legal name, kept as written.
            if (rest.StartsWith('(')) return stem + suffix;
            // 石门二路街道, 金山卫镇: a street or a town whose own name opens with a place's short form — the table's
            // street of that whole name, or a level left with one character or a road's number for a name (港街道,
            // 二路街道) — is that street, not the place's; the caller writes it out with its county.
            if (!places.LastByFullName && IsTownUnion(rest + "工会") && (StreetNamedFromRoad().IsMatch(rest)
                || gazetteer.CountiesOfTown(stem).Count > 0 && !gazetteer.CountiesOfTown(rest).Any(c => Gazetteer.Within(c, places.Path))))
                return stem + suffix;
            // 宝鸡县总工会, 闸北区总工会: a union named by a place's former name keeps it as written; so does one named by
            // an area inside a place (雄安新区总工会 is not 河北省总工会).
            // 某山特区工会, 某某新区工会: an area that is no division (a managed area, a new area) keeps its union's name as
            // written, plain 工会 and all, as a zone's union does.
            if (rest.Length == 0 && gazetteer.PlaceAt(places.Path)?.Kind != PlaceKind.Zone && gazetteer.EndsWithArea(stem)
                && AreaKinds.Any(k => stem.EndsWith(k, StringComparison.Ordinal)))
                return WithoutProvince(stem, context) + suffix;
            if (rest.Length == 0 && gazetteer.PlaceAt(places.Path)?.Kind != PlaceKind.Zone)
                return (gazetteer.NamesFormerly(stem) ? FormerPrefix(stem, context) : gazetteer.EndsWithArea(stem) ? WithoutProvince(stem, context) : OfficialPrefix(places.Path))
                    + (suffix is "工会" or "总" or "总工会" ? "总工会" : suffix);
            // 广西区总工会, 宁夏区总工会: an autonomous region's union, named by its short form and 区 as people call it.
            if (rest == "区" && suffix is "总工会" or "总" && gazetteer.PlaceAt(places.Path) is { Kind: PlaceKind.Province } region
                && region.Name.EndsWith(AutonomousRegion, StringComparison.Ordinal))
                return region.Name + "总工会";
            // 吉林高新区总工会, 唐山市经开区总工会: a zone's union keeps the zone's name as written — the statistical name
            // (吉林经济开发区) is not always the one the zone itself uses (吉林经济技术开发区).
            if (rest.Length == 0) return WithoutProvince(stem, context) + suffix;
            // 某某县 where 某某 is a prefecture's city and no county bears the name: a county since renamed a district of
            // that city (documents keep the old name for years); the name stays as written, its place is the city.
            if (rest == "县" && gazetteer.PlaceAt(places.Path)?.Kind == PlaceKind.Prefecture)
                return stem + (suffix is "工会" or "总" or "总工会" ? "总工会" : suffix);
            // 晋江市罗山总工会: a street's or a town's general union written after its county without 街道 or 镇, where the
            // county has a street or town of that name and of no other level: the union is named as the street it is.
            if (suffix == "总工会" && gazetteer.PlaceAt(places.Path)?.Kind == PlaceKind.County && TownWithoutItsLevel(rest, places.Path) is { } levelled)
                return Canonical(stem[..places.Length] + levelled + suffix, context);
            if (rest.Length == 1 && !EnterpriseEndings.Contains(rest)) return null;     // 杭州市各工会
            // 某某集团工会, 某某公司工会 where 某某 is only a county's or a city's short form: a group or a company named
            // after the town or district it grew in, the enterprise's own union, kept as written — neither no one's (as
            // 杭州市集团工会, the place written in full, is) nor the place's general union.
            if (AreaNamedEnterprise(places, rest, suffix)) return WithoutProvince(stem, context) + suffix;
            if (GenericStems.Contains(rest) && suffix is not ("工会联合会" or "联合工会" or "工会委员会")) return null; // 杭州市企业工会
            // A place's sector union (朝阳区商务楼宇工会联合会, 河南省郑州市教科文卫体工会) is written with its place's
            // official prefix, as the place's general union is: a district with its city, anything else alone. The
            // place must be written out in full at the end of the chain; an enterprise keeps its legal name as written
            // (海拉尔供电局工会, 某某区某某有限公司工会).
            // 深圳市龙城街道总工会, 某市花园街道幸福社区工会: a town's union, or its community's, written under its city
            // or province only, is named with the official prefix of the county the town lies in, when the table
            // settles that inside the place written.
            if (gazetteer.PlaceAt(places.Path)?.Kind is PlaceKind.Province or PlaceKind.Prefecture && gazetteer.TownOfUnit(rest) is { } town
                && gazetteer.CountyOfTown(town, [places.Path]) is { } county && Gazetteer.Within(county, places.Path))
                return OfficialPrefix(county) + rest + suffix;
            // A town's union only gains its district's city (泰州市泰兴市黄桥镇 stays as written).
            if (places.LastByFullName && (!IsEnterprise(rest) || IsTownUnion(rest + "工会")) && OfficialPrefix(places.Path) is var prefix && prefix != stem[..places.Length]
                && (!IsTownUnion(rest + "工会") || prefix.EndsWith(stem[..places.Length], StringComparison.Ordinal)))
                return prefix + rest + suffix;
            // 浙江省湖州市吴兴区道场乡, 深圳龙岗区龙城街道: a town written under its province, or with its city's short form,
            // is the town of its district's official prefix; 泰州市泰兴市黄桥镇 names more than 泰兴市 and stays as written,
            // without a province above it.
            if (IsTownUnion(rest + "工会") && TownPrefix(stem[..places.Length], places.Path, context) is { } official)
                return official + rest + suffix;
            // 宁夏建材产业工会, 广西教育工会: a province written by its short form before its sector union is written out
            // (宁夏回族自治区建材产业工会), as its general union is; an enterprise (内蒙古某某集团), a department (陕西某某厅)
            // or a zone keeps the name as written.
            // Only a union named by its sector: before anything else (湖北某某, 广西某某) the short form is an enterprise's
            // brand, as it is before a city's (青岛啤酒), and the name stays as written.
            if (!places.LastByFullName && gazetteer.PlaceAt(places.Path)?.Kind == PlaceKind.Province && !IsEnterprise(rest)
                && SectorUnion.EndsWithSector(rest)
                && !IsTownUnion(rest + "工会") && !DepartmentEndings.Any(d => rest.EndsWith(d, StringComparison.Ordinal)) && !IsZone(rest))
                return OfficialPrefix(places.Path) + rest + suffix;
            // 武汉教育工会, 宁波海员建设工会, 某某纺织服装行业工会联合会: a city's or a county's short form before a union
            // named by its sector is written out likewise; before anything else (青岛啤酒, 杭州地铁) the short form may be
            // an enterprise's brand, and the name stays as written.
            // 某地邮政工会 is the postal enterprise's union there, an employer's, named as its papers write it (the labels'
            // conv23: 宿州邮政 is neither 宿州市邮政 nor the legal name), not the place's postal sector union.
            if (!places.LastByFullName && gazetteer.PlaceAt(places.Path)?.Kind is PlaceKind.Prefecture or PlaceKind.County && !IsEnterprise(rest)
                && SectorUnion.EndsWithSector(rest) && !IsZone(rest) && rest != "邮政")
                return OfficialPrefix(places.Path) + rest + suffix;
            // An enterprise's or an area's own union keeps its name as written (海拉尔供电局工会), but for a province
            // written before the place inside it (福建莆田某某经济开发区 → 莆田某某经济开发区).
            return WithoutProvince(stem, context) + suffix;
        }
        // 随着公司工会主席某某一声令下, 来自公司党委、工会的关爱: a preposition or a clause's opening word left before a bare
        // 公司 or 集团 is the sentence's, not a company's name — the union is the unnamed 公司工会, no one's in particular.
        if (FunctionWordBeforeKind(stem)) return null;
        // 医院工会 alone is a hospital's union, no one's in particular (中山医院, named after a place, is a name).
        if (stem.Length < 2 || GenericStems.Contains(stem) || stem == "医院" || suffix == "工会" && ZoneKinds.Contains(stem)) return null;
        // 街道机关工会, 煤矿工会, 企业集团工会: words that are all kinds — of unit, of level below a place, of sector — with
        // no word of a unit's own and no place name no union in particular (a 机关 of which street, a 煤矿 of which coal
        // field?); a named unit's (某某煤矿工会) or a place's (某街道机关工会) is read as before. A zone's kind (经开区总工会)
        // is read by the zone rules; 中国 opens a national industry union, and so does a sector before 总工会 (铁路总工会).
        if (suffix == "工会" && !stem.StartsWith("中国", StringComparison.Ordinal) && KindWordsOnly(stem)) return null;
        // 2025年全国总工会机关…, 自2010年工会援疆以来: the year is when, not part of the name.
        if (YearFirst().Match(stem) is { Success: true } year) return Canonical(name[year.Length..], context);

        if (StopWords.Any(w => w.Length >= 2 && stem.Contains(w, StringComparison.Ordinal))) return null;
        // 中国海员建设工会, 中国金融工会: the national industry unions and national enterprises' unions.
        if (stem.StartsWith("中国", StringComparison.Ordinal) && stem.Length >= 4) return name;
        // 龙华区某街道总工会: a district several cities have, written before a town the table puts in one of them only, is
        // that city's district.
        if (gazetteer.StartsWithAnyPlaceName(stem) is > 1 and var shared && shared < stem.Length && gazetteer.TownOfUnit(stem[shared..]) is { } ownTown
            && gazetteer.CountiesOfTown(ownTown).Where(c => gazetteer.PlaceAt(c)?.Name == stem[..shared]).Distinct().ToList() is [var ownCounty])
            return OfficialPrefix(ownCounty) + stem[shared..] + suffix;
        // 江北区货运司机工会联合会: a place name shared by several places keeps the name as written.
        if (gazetteer.StartsWithAnyPlaceName(stem) > 0 && stem.Length > 2) return name;
        // 某镇小微企业联合工会, 某街道商圈工会联合会: a town's federation of its small firms, its trade or its business area is
        // named after the town (towns.tsv) and is a name whatever words stand between; the caller writes its county out.
        if (suffix is "联合工会" or "工会联合会" && gazetteer.TownNames(stem) is [{ At: 0 } federationTown, ..] && stem.Length - federationTown.Length >= 2)
            return stem + suffix;
        // 省财贸轻纺烟草工会: the caller puts the province in front.
        if (stem[0] is '省' or '市' or '县' or '区' && stem.Length >= 3 && !GenericStems.Contains(stem[1..])) return name;
        return EnterpriseEndings.Any(e => stem.EndsWith(e, StringComparison.Ordinal)) || stem.Any(char.IsAsciiLetterOrDigit) && stem.Length >= 3
                || EnterprisesProject().IsMatch(stem)
            ? stem + suffix
            : null;
    }

    // Words that open a clause or govern what follows them (prepositions, conjunctions, adverbs), never a company's name.
    // 随著 is the traditional 隨著 as the character fold leaves it (著 stands in simplified text too, in 著名).
    private static readonly string[] FunctionWords =
    [
        "随着", "随著", "来自", "自", "由", "从", "在", "对", "向", "为", "据", "经", "给", "把", "被", "将", "与", "和", "及", "同", "跟",
        "让", "于", "至", "并", "也", "都", "均", "已", "还", "又", "即", "就", "的", "等", "是", "到", "当",
    ];

    /// <summary>Whether a stem is a function word and then a bare kind of unit (自公司, 随著公司): no name at all.</summary>
    private static bool FunctionWordBeforeKind(string stem) =>
        FunctionWords.Any(w => stem.Length > w.Length && stem.StartsWith(w, StringComparison.Ordinal) && GenericStems.Contains(stem[w.Length..]));

    /// <summary>Whether a stem is made of kind words alone (街道 + 机关, 企业 + 集团, 煤矿), each a unit's, a level's or a sector's kind.</summary>
    private static bool KindWordsOnly(string stem)
    {
        // reach[i]: the first i characters are kind words, one after another.
        var reach = new bool[stem.Length + 1];
        reach[0] = true;
        for (var i = 0; i < stem.Length; i++)
        {
            if (!reach[i]) continue;
            foreach (var word in KindWords)
                if (string.CompareOrdinal(stem, i, word, 0, word.Length) == 0) reach[i + word.Length] = true;
        }
        return reach[stem.Length];
    }

    /// <summary>
    /// Whether a stem that is a place's short form then 集团 or 公司 alone (某某集团, 某某公司, with 工会 after it) names
    /// an enterprise called after its county or city: the place must be written by its short form (a place written in
    /// full before the bare kind, 某某县集团, names no one) and be a county or a prefecture.
    /// </summary>
    private bool AreaNamedEnterprise((string Path, int Length, bool LastByFullName) places, string rest, string suffix) =>
        suffix == "工会" && rest is Group or Company && !places.LastByFullName
        && gazetteer.PlaceAt(places.Path)?.Kind is PlaceKind.County or PlaceKind.Prefecture;

    // 某局某公司某某项目工会: a construction project's union, named under the enterprise building it. 项目 after no enterprise
    // (建设项目工会, 重点项目工会, 各项目工会) is a kind of union, no one's name.
    [GeneratedRegex("老虎机|博彩|百家乐|娱乐城|赌场|真人视讯")]
    private static partial Regex GamblingAd();

    [GeneratedRegex("(?:公司|集团|局)[\\u4e00-\\u9fff]{0,8}项目$")]
    private static partial Regex EnterprisesProject();

    /// <summary><c>市</c> for 市总工会/市总, <c>县</c>, <c>区</c>, <c>省</c>, <c>州</c>; null for a named organisation.</summary>
    public static string? BareLevel(string name) => name switch
    {
        "市总工会" or "市总" or "市工会" => "市",
        "县总工会" or "县总" or "县工会" => "县",
        "区总工会" or "区总" or "区工会" => "区",
        "省总工会" or "省总" => "省",
        "州总工会" or "州总" => "州",
        // 旗 is a county-level unit of its own kind in GB/T 2260 (正蓝旗); 镇 and 街道 are a county's towns and streets,
        // whose bare union (镇总工会主席, 街道总工会) is the one of that level the text names in full.
        "旗总工会" => "旗",
        "镇总工会" or "镇工会" => Town,
        "街道总工会" or "街道工会" => Street,
        "自治区总工会" => AutonomousRegion,
        "公司工会" => Company,
        MineUnion => Mine,
        DepotUnion => Depot,
        "集团工会" or "集团公司工会" => Group,
        _ => null,
    };

    /// <summary>The levels of a bare town's or street's union: resolved only by the one such union the text names in full.</summary>
    public const string Town = "镇", Street = "街道";

    /// <summary>The level of 自治区总工会: the autonomous region the document names.</summary>
    public const string AutonomousRegion = "自治区";

    /// <summary>The bare levels of an enterprise (该公司工会, 集团工会, 我集团): the enterprise the document names.</summary>
    public const string Company = "公司", Group = "集团";

    /// <summary>The bare union of a mine (该矿工会): the mine the document names; <see cref="BareLevel"/> gives <see cref="Mine"/>.</summary>
    public const string MineUnion = "矿工会", Mine = "矿";

    /// <summary>The bare union of a railway depot (该段工会): the depot the document names; <see cref="BareLevel"/> gives <see cref="Depot"/>.</summary>
    public const string DepotUnion = "段工会", Depot = "段";

    /// <summary>The official prefix of a place in a union's name: a district carries its city (绍兴市柯桥区, 上海市青浦区), other places their own name.</summary>
    public string OfficialPrefix(string path)
    {
        var place = gazetteer.PlaceAt(path);
        if (place is null) return path[(path.LastIndexOf('/') + 1)..];
        var parent = place.ParentPath is { } up ? gazetteer.PlaceAt(up) : null;
        if (parent is null) return place.Name;
        if (place.Kind == PlaceKind.Zone)
            return place.Name.StartsWith(parent.Name[..2], StringComparison.Ordinal) ? place.Name : parent.Name + place.Name;
        // 六枝特区, 神农架林区 are county-level units of their own kind, not a city's districts.
        return place.Kind == PlaceKind.County && place.Name.EndsWith('区') && !place.Name.EndsWith("地区", StringComparison.Ordinal)
            && !place.Name.EndsWith("特区", StringComparison.Ordinal) && !place.Name.EndsWith("林区", StringComparison.Ordinal)
            ? parent.Name + place.Name
            : place.Name;
    }

    /// <summary>
    /// The level a name starts with when it names no place (<c>省财贸轻纺烟草工会</c> → 省), for the caller to put the
    /// document's place of that level in front; null otherwise.
    /// </summary>
    public string? LeadingLevel(string name) =>
        name.Length > 3 && name[0] is '省' or '市' or '县' or '区' && gazetteer.Mentions(name[..Math.Min(4, name.Length)]).Count == 0 ? name[..1] : null;

    // What ends an enterprise's or an institution's name: its union keeps the name as the enterprise writes it.
    private static readonly string[] EnterpriseWords =
    [
        "公司", "集团", "厂", "局", "矿", "银行", "分行", "支行", "医院", "学校", "大学", "学院", "中学", "小学", "幼儿园", "酒店", "宾馆", "商场", "店",
        "段", "所", "站", "场", "港", "中心", "院",
        // A land-reclamation system (某某农垦) is a state enterprise of farms, written without 集团 or 公司.
        "农垦",
    ];

    /// <summary>Whether a union is an enterprise's or an institution's own (某某矿业公司工会, 某某医院工会): its name ends as one.</summary>
    public static bool OfEnterprise(string union) =>
        Split(union) is var (stem, suffix) && suffix == "工会" && stem.Length > 2 && BareLevel(union) is null
        && EnterpriseWords.Any(w => stem.EndsWith(w, StringComparison.Ordinal));

    private static bool IsEnterprise(string rest) =>
        EnterpriseWords.Any(w => rest.Contains(w, StringComparison.Ordinal)) || rest.Any(char.IsAsciiLetterOrDigit);

    /// <summary>
    /// A name without the province written before a place inside it (浙江省衢州市某某局 → 衢州市某某局, 福建莆田某某开发区 →
    /// 莆田某某开发区), as unions name themselves by their city or county; a municipality's district keeps it, since its
    /// official prefix holds it (上海市奉贤区某某公司).
    /// </summary>
    private string WithoutProvince(string stem, IReadOnlyCollection<string>? context)
    {
        var written = gazetteer.Mentions(stem, context);
        if (written.Count < 2 || written[0].At != 0 || written[0].Path.Contains('/') || written[1].At != written[0].Length
            || written[1].Path == written[0].Path || !Gazetteer.Within(written[1].Path, written[0].Path))
            return stem;
        return OfficialPrefix(written[1].Path).StartsWith(gazetteer.PlaceAt(written[0].Path)?.Name[..2] ?? stem[..2], StringComparison.Ordinal) ? stem : stem[written[1].At..];
    }

    /// <summary>
    /// A stem written with a former name (下城区, 闸北区), without a province before a place inside it: a former district
    /// carries the city its place lies in (杭州市下城区), as a district's union does; a former county or city stays as written.
    /// </summary>
    private string FormerPrefix(string stem, IReadOnlyCollection<string>? context)
    {
        var written = WithoutProvince(stem, context);
        var mentions = gazetteer.Mentions(written, context);
        if (mentions.Count == 0 || mentions[^1] is not { ByFormerName: true } former || former.At + former.Length != written.Length) return written;
        var formerName = written[former.At..];
        if (!formerName.EndsWith('区') || formerName.EndsWith("地区", StringComparison.Ordinal) || formerName.EndsWith("新区", StringComparison.Ordinal)
            || formerName.EndsWith("特区", StringComparison.Ordinal) || formerName.EndsWith("林区", StringComparison.Ordinal)
            || gazetteer.PlaceAt(former.Path) is not { Kind: PlaceKind.County, ParentPath: { } cityPath } || gazetteer.PlaceAt(cityPath) is not { } city)
            return written;
        // 杭州下城区, 杭州市下城区: the city as written before it is the city's name in full.
        return city.Name + formerName;
    }

    private static readonly string[] TownLevels = ["街道", "镇", "乡"];

    /// <summary>罗山 in 晋江市 → 罗山街道: the one town, township or street of the county named by what is left without its level; null otherwise.</summary>
    private string? TownWithoutItsLevel(string rest, string county)
    {
        if (rest.Length is < 2 or > 4 || !rest.All(c => c is >= '\u4e00' and <= '\u9fff') || IsEnterprise(rest) || IsTownUnion(rest + "工会")) return null;
        var towns = TownLevels.Select(level => rest + level).Where(town => gazetteer.CountiesOfTown(town).Contains(county)).ToList();
        return towns is [var only] ? only : null;
    }

    /// <summary>济南市中区 → 济南市市中区: the city's 市 read also as the first character of its district 市中区 (市南区, 市北区); null otherwise.</summary>
    private string? CityBeforeItsShiDistrict(string stem, IReadOnlyCollection<string>? context)
    {
        for (var at = stem.IndexOf('市'); at > 0 && at + 3 <= stem.Length; at = stem.IndexOf('市', at + 1))
        {
            var district = "市" + stem.Substring(at + 1, 2);
            if (!district.EndsWith('区')) continue;
            foreach (var mention in gazetteer.Mentions(stem[..(at + 1)], context))
                if (mention.At + mention.Length == at + 1 && gazetteer.IsPath(mention.Path + "/" + district))
                    return stem[..(at + 1)] + district + stem[(at + 3)..];
        }
        return null;
    }

    /// <summary>The places a stem starts with, one inside the other (浙江省台州市仙居县): the deepest and how many characters they take.</summary>
    private (string Path, int Length, bool LastByFullName)? LeadingPlaces(string stem, IReadOnlyCollection<string>? context)
    {
        string? path = null;
        var length = 0;
        var byFullName = false;
        foreach (var mention in gazetteer.Mentions(stem, context))
        {
            if (mention.At != length) break;
            // 金山区山阳镇: a short form read as the place just written (山阳 after 金山区) opens the town's own name; a place
            // does not lie inside itself.
            if (mention.Path == path) break;
            if (path is not null && !Gazetteer.Within(mention.Path, path))
            {
                // 广东深圳市: a province then a city of it by short form; anything else ends the chain.
                break;
            }
            path = mention.Path;
            length = mention.At + mention.Length;
            byFullName = mention.ByFullName;
        }
        return path is null ? null : (path, length, byFullName);
    }

    /// <summary>
    /// The official prefix of a town's county-level place when the places written before the town are that prefix's
    /// places, in full or short form, with at most their province above them; else the places as written without
    /// their province; null when neither differs from what is written.
    /// </summary>
    private string? TownPrefix(string written, string path, IReadOnlyCollection<string>? context)
    {
        var official = OfficialPrefix(path);
        if (official == written) return null;
        var mentions = gazetteer.Mentions(written, context);
        var chain = mentions.Select(m => m.Path).ToList();
        var expected = gazetteer.Mentions(official, context).Select(m => m.Path).ToList();
        // 上海奉贤区某街道: a municipality's short form is the prefix's own first place, not a province above it.
        if (chain.Count > 0 && chain.SequenceEqual(expected)) return official;
        var withoutProvince = chain.Count > 1 && !chain[0].Contains('/') ? written[(mentions[1].At)..] : null;
        if (withoutProvince is not null) chain.RemoveAt(0);
        return chain.Count > 0 && chain.SequenceEqual(expected) ? official : withoutProvince;
    }

    /// <summary>The place whose name ends right at <paramref name="end"/>, and where it starts.</summary>
    private (int Start, string Path)? PlaceEndingAt(string text, int end, IReadOnlyCollection<string>? context, bool shortAbove = false)
    {
        var from = Math.Max(0, end - 12);
        foreach (var mention in gazetteer.Mentions(text[from..end], context))
            if (from + mention.At + mention.Length == end
                && (mention.ByFullName || shortAbove && gazetteer.PlaceAt(mention.Path)?.Kind is PlaceKind.Province or PlaceKind.Prefecture))
                return (from + mention.At, mention.Path);
        return null;
    }

    /// <summary>Whether the text is nothing but places, one inside the other (佛山市南海区), as written before a name.</summary>
    public bool IsPlacePrefix(string text, IReadOnlyCollection<string>? context = null) =>
        text.Length > 0 && LeadingPlaces(text, context) is { } places && places.Length == text.Length;

    /// <summary>A name without its union suffix (天目山镇总工会 → 天目山镇).</summary>
    public static string Stem(string name) => Split(name).Stem;

    /// <summary>A town's, township's or street's union (狮山镇总工会, 石牌街道工会), which is named after its county-level place.</summary>
    public static bool IsTownUnion(string name)
    {
        return Gazetteer.NamesATown(Split(name).Stem);
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

    // 某某地区工会办事处: where a region's union works through an office in a prefecture (新疆's 地区), the office is that
    // area's union body and is written so, not its 总工会.
    private static readonly string[] Suffixes = ["工会工作委员会", "工会联合总会", "工会联合会", "工会委员会", "工会办事处", "联合工会", "总工会", "工会"];

    /// <summary>Where a name ending at <paramref name="suffixAt"/> begins: after punctuation or the last stop word not inside a place name.</summary>
    private int StartOf(string text, int suffixAt, IReadOnlyCollection<string>? context = null)
    {
        var start = StartOfWords(text, suffixAt, context);
        // 湖北??某h供电公司: characters a page lost to a wrong decoding stand right before the name, and its first
        // characters are what is left of them; the words are no name (the text writes it whole elsewhere, or not at all).
        if (Garbled(text, start, suffixAt)) return suffixAt;
        // 某某老虎机平台医院工会: a gambling site's advertising words written over a unit's name (content farms put them
        // where a name stood); what is left is no name.
        if (GamblingAd().IsMatch(text.AsSpan(start, suffixAt - start))) return suffixAt;
        // “某某工会”APP某省某某工会子站, QQ某市总工会: an app's or a site's Latin word glued before a name that opens with
        // a place is the sentence's, not the name's (an enterprise's Latin brand, TCL某某集团, opens with no place).
        var latin = start;
        while (latin < suffixAt && char.IsAsciiLetter(text[latin])) latin++;
        if (latin > start && latin < suffixAt && gazetteer.Mentions(text[latin..suffixAt], context).Any(m => m.At == 0)) return latin;
        return start;
    }

    /// <summary>
    /// Whether the words from <paramref name="start"/> follow the marks of a failed decoding: the replacement character,
    /// two question marks, or one with a Latin letter among the next three characters (某h), which no name holds there.
    /// </summary>
    private static bool Garbled(string text, int start, int suffixAt)
    {
        if (start == 0 || start >= suffixAt) return false;
        if (text[start - 1] == '\uFFFD' || start > 1 && text[start - 1] == '?' && text[start - 2] == '?') return true;
        if (text[start - 1] != '?') return false;
        for (var k = start + 1; k < Math.Min(suffixAt, start + 3); k++)
            if (char.IsAsciiLetter(text[k]) && !char.IsAsciiLetter(text[k - 1])) return true;
        return false;
    }

    private int StartOfWords(string text, int suffixAt, IReadOnlyCollection<string>? context)
    {
        // 某经济开发区(某小镇)总工会: a zone's other name in brackets right before the suffix is part of its name.
        var start = BracketedAlias(text, suffixAt) ?? suffixAt;
        // 甲-乙经济技术开发区总工会: a zone named after two places joined by a dash; the dash is part of the name.
        while (start > 0 && suffixAt - start < MaxNameLength)
        {
            if (IsNameChar(text[start - 1]) || JoinsTwoPlaces(text, start - 1, context) || JoinsPlaceToZone(text, start - 1, suffixAt, context)) start--;
            // 某某食品(上海)有限公司工会, 辽宁(营口)某某基地工会联合会, 某某轴承(集团)股份有限公司工会: a place or an
            // enterprise's word in brackets inside a name, with the name going on after it, is part of the name.
            else if (start < suffixAt && BracketInsideName(text, start - 1, context) is { } open) start = open;
            else break;
        }
        if (start == suffixAt) return start;
        var span = text[start..suffixAt];
        // 和平区: a place several cities have is protected once the document says which (和 is a stop word).
        // 多福巷社区, 太和镇: the towns of towns.tsv, and the name a community is written with after its town, likewise.
        var protectedRanges = gazetteer.Mentions(span, context).Select(m => (m.At, m.Length))
            .Concat(gazetteer.TownNames(span).SelectMany(t => TownAndCommunity(span, t.At, t.Length))).ToList();
        var cut = 0;
        for (var i = 0; i < span.Length; i++)
        {
            foreach (var word in StopWords)
            {
                if (string.CompareOrdinal(span, i, word, 0, word.Length) != 0) continue;
                // 国网, 南方电网: the grid company's name, not a website.
                if (word == "网" && i > 0 && span[i - 1] is '国' or '电') continue;
                // 网约配送行业联合工会, 网格员工会, 网络科技公司: 网 opening a word of a name (网约, 网格, 网络, 网商, 网易),
                // not a website's name ending.
                if (word == "网" && i + 1 < span.Length && span[i + 1] is '约' or '格' or '络' or '商' or '易') continue;
                if (word == "暨" && i + 1 < span.Length && span[i + 1] == '南') continue;
                if (word == "和" && JoinsFieldsOfOneDepartment(span, i, cut)) continue;
                if (protectedRanges.Any(m => i < m.At + m.Length && i + word.Length > m.At)) continue;
                if (InsideZoneName(span, i)) continue;
                cut = Math.Max(cut, i + word.Length);
            }
        }
        // 某省某工会传达中国工会…, 某社区工会驿站活动现场某社区工会: a union named whole inside the words before a suffix
        // ends a name, and what follows it (a verb, its station) starts the sentence's next words; only a union's own
        // office union (某区总工会机关工会) goes on through it.
        for (var i = span.IndexOf("工会", StringComparison.Ordinal); i >= 0; i = span.IndexOf("工会", i + 2, StringComparison.Ordinal))
        {
            var after = i + 2;
            if (string.CompareOrdinal(span, after, "机关", 0, 2) == 0) continue;
            if (protectedRanges.Any(m => i < m.At + m.Length && after > m.At)) continue;
            if (Facility().Match(span, after, span.Length - after) is { Success: true } facility) after += facility.Length;
            cut = Math.Max(cut, after);
        }
        // 组织100余名工会干部, 48名工会会员: a count of people or things is no part of a name; the name starts after it;
        // so does a year (获得2021年度某省总工会…) or a number too long to be a unit's (a telephone's, an account's).
        foreach (Match count in CountOfUnits().Matches(span))
            if (count.Index + count.Length > cut && !protectedRanges.Any(m => count.Index < m.At + m.Length && count.Index + count.Length > m.At))
                cut = count.Index + count.Length;
        // 希望某街道总工会, 走进某街道工会: a verb opening what is left is the sentence's, not the name's (开发区, 自治区 are words).
        while (openingVerbs.Value.VerbAt(span, cut) is > 0 and var length && cut + length <= span.Length
            && !protectedRanges.Any(m => cut < m.At + m.Length && cut + length > m.At) && !InsideZoneName(span, cut))
            cut += length;
        // 扫码进入某镇某社区工会, 某街道实现社区工会全覆盖: a verb inside the words, right before a place or a town that
        // opens the rest, or before a level that names no one (社区, 企业), is the sentence's; the name starts after it.
        for (var k = cut + 1; k < span.Length - 1; k++)
        {
            // 某某控股某地有限公司: an enterprise's word, not the sentence's verb.
            if (openingVerbs.Value.VerbAt(span, k) is not (> 0 and var verbLength) || string.CompareOrdinal(span, k, "控股", 0, 2) == 0) continue;
            var after = k + verbLength;
            if (after >= span.Length || protectedRanges.Any(m => k < m.At + m.Length && after > m.At) || InsideZoneName(span, k)) continue;
            if (protectedRanges.Any(m => m.At == after) || span.AsSpan(after) is "社区" or "村" or "企业" or "单位" or "街道" or "乡镇") cut = after;
        }
        // 某某集团某省某某光电有限公司工会: a group's name, then a province's name opening an enterprise's own name with more
        // words of its own before its company ending: the group is the enterprise's parent, and the union is the
        // enterprise's, named from its province (某某集团某省有限公司, the province alone before the ending, is one legal name).
        foreach (var place in protectedRanges.Where(m => m.At >= cut + 2 && m.At + m.Length < span.Length).OrderBy(m => m.At))
        {
            if (string.CompareOrdinal(span, place.At - 2, "集团", 0, 2) != 0) continue;
            if (gazetteer.Mentions(span.Substring(place.At, place.Length), context) is not [{ At: 0 } named] || named.Length != place.Length
                || gazetteer.PlaceAt(named.Path) is not { Kind: PlaceKind.Province }) continue;
            var rest = span[(place.At + place.Length)..];
            if (rest.Length < 6 || !(rest.EndsWith("有限公司", StringComparison.Ordinal) || rest.EndsWith("有限责任公司", StringComparison.Ordinal))
                || rest is "有限公司" or "有限责任公司" || rest.EndsWith("分公司", StringComparison.Ordinal)) continue;
            cut = place.At;
            break;
        }
        // 某公司工会认真贯彻落实某省总工会的部署, 该所最终获得某市总工会表彰: a verb just before a place (or a bare level) that
        // is all the rest of the name — right before it, or with a word of at most two characters between (贯彻 + 落实,
        // which jieba tags otherwise) — is the sentence's; the name is that place's union, not the words before it.
        for (var k = cut + 2; k < span.Length; k++)
        {
            // 认真贯彻中华全国总工会的部署, 庆祝中华全国总工会成立: the national federation's name is whole, like a place's union.
            if (!(span.Length - k == 1 && span[k] is '省' or '市' or '县' or '区' or '州' || IsPlacePrefix(span[k..], context)
                || span.AsSpan(k) is "中华全国" or "全国")) continue;
            if (VerbEndingAt(span, k, cut, protectedRanges)) return start + k;
        }
        return start + cut;
    }

    /// <summary>
    /// Whether a verb of jieba's dictionary ends at <paramref name="place"/> or at most two characters before it, starting
    /// at or after <paramref name="from"/>, with neither it nor the characters after it inside a place's name.
    /// </summary>
    private bool VerbEndingAt(string span, int place, int from, List<(int At, int Length)> protectedRanges)
    {
        for (var end = place; end >= place - 2; end--)
            for (var length = 2; length <= 4 && end - length >= from; length++)
                if (openingVerbs.Value.VerbAt(span, end - length) == length
                    && !protectedRanges.Any(m => end - length < m.At + m.Length && place > m.At) && !InsideZoneName(span, end - length))
                    return true;
        return false;
    }

    private static bool IsDash(char c) => c is '-' or '－' or '—' or '–';

    // The endings of a government department's name (某某和某某局, 某某和某某委员会).
    private static readonly string[] DepartmentNameEndings = ["局", "厅", "委员会", "委", "办公室", "办"];

    /// <summary>
    /// Whether the 和 at <paramref name="at"/> joins the two fields of one department's name (人力资源和社会保障局, 住房和
    /// 城乡建设局, 某某审批和某某服务局), as the state names its departments: the words after it, up to the suffix, are at
    /// most eight characters ending in a department's ending with no other 和, and the words before it, from
    /// <paramref name="from"/>, are at least two characters ending in none of a unit's endings (甲局和乙局: two units).
    /// </summary>
    private bool JoinsFieldsOfOneDepartment(string span, int at, int from)
    {
        var after = span[(at + 1)..];
        if (after.Length is < 3 or > 8 || after.Contains('和') || !DepartmentNameEndings.Any(e => after.EndsWith(e, StringComparison.Ordinal))) return false;
        // 某局和市某某局, 职工和某市某某局: a level or a place opening the words after 和 starts a second name.
        if (after[0] is '省' or '市' or '县' or '区' or '州' || gazetteer.Mentions(after).Any(m => m.At == 0)) return false;
        var before = span[from..at];
        return before.Length >= 2 && !EnterpriseEndings.Any(e => before.EndsWith(e, StringComparison.Ordinal))
            && !DepartmentNameEndings.Any(e => before.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>Where the bracket opens when a bracketed name (2–8 characters) ends right at <paramref name="suffixAt"/> after the name of an area or an institution (开发区, 园区, 公司 …).</summary>
    private static int? BracketedAlias(string text, int suffixAt)
    {
        if (suffixAt < 4 || text[suffixAt - 1] is not (')' or '）')) return null;
        for (var open = suffixAt - 3; open >= 1 && open >= suffixAt - 10; open--)
        {
            if (text[open] is '(' or '（')
                return EnterpriseEndings.Any(e => open >= e.Length && string.CompareOrdinal(text, open - e.Length, e, 0, e.Length) == 0) ? open : null;
            if (!IsNameChar(text[open])) return null;
        }
        return null;
    }

    // Words an enterprise's legal name holds in brackets (某某轴承(集团)股份有限公司, 某某(中国)投资有限公司).
    private static readonly string[] BracketedEnterpriseWords = ["集团", "控股", "股份", "中国"];

    /// <summary>
    /// Where the bracket opens when the bracket closing at <paramref name="close"/> holds a place (某某食品(上海)有限公司)
    /// or an enterprise's word (某某轴承(集团)股份有限公司) and a name's characters stand right before it; null otherwise
    /// (a reporter's credit, （记者 王某）, holds a space; 各县(市、区) a list).
    /// </summary>
    private int? BracketInsideName(string text, int close, IReadOnlyCollection<string>? context)
    {
        if (close < 3 || text[close] is not (')' or '）')) return null;
        var open = text.LastIndexOfAny(['(', '（'], close - 1, Math.Min(close, 8));
        if (open < 1 || close - open - 1 is < 2 or > 6 || !IsNameChar(text[open - 1])) return null;
        var inside = text[(open + 1)..close];
        if (!inside.All(IsNameChar)) return null;
        if (BracketedEnterpriseWords.Contains(inside)) return open;
        return gazetteer.Mentions(inside, context) is [{ At: 0 } place] && place.Length == inside.Length ? open : null;
    }

    /// <summary>Whether the dash at <paramref name="at"/> joins two place names (奎屯-独山子), as a zone shared by two places is named.</summary>
    private bool JoinsTwoPlaces(string text, int at, IReadOnlyCollection<string>? context)
    {
        if (!IsDash(text[at]) || at == 0 || at + 1 >= text.Length || !IsNameChar(text[at - 1]) || !IsNameChar(text[at + 1])) return false;
        var before = text[Math.Max(0, at - 8)..at];
        var after = text[(at + 1)..Math.Min(text.Length, at + 9)];
        return gazetteer.Mentions(before, context).Any(m => m.At + m.Length == before.Length) && gazetteer.Mentions(after, context).Any(m => m.At == 0);
    }

    /// <summary>Where the place starts that a dash joins to the words before a zone's kind at <paramref name="kindAt"/> (南宁-某某经济开发区); null otherwise.</summary>
    private int? DashedZoneStart(string text, int kindAt, int end, IReadOnlyCollection<string>? context)
    {
        for (var dash = kindAt - 1; dash > 0 && kindAt - dash <= 7; dash--)
        {
            if (!IsDash(text[dash])) { if (IsNameChar(text[dash])) continue; return null; }
            if (!JoinsPlaceToZone(text, dash, end, context)) return null;
            var before = text[Math.Max(0, dash - 8)..dash];
            return gazetteer.Mentions(before, context).Where(m => m.At + m.Length == before.Length).Select(m => (int?)(dash - before.Length + m.At)).Min();
        }
        return null;
    }

    /// <summary>
    /// Whether the dash at <paramref name="at"/> joins a place to the words of a zone's name that run on to
    /// <paramref name="suffixAt"/> (南宁-某某经济开发区, a zone named after a city and a partner that is no place of ours).
    /// </summary>
    private bool JoinsPlaceToZone(string text, int at, int suffixAt, IReadOnlyCollection<string>? context)
    {
        if (!IsDash(text[at]) || at == 0 || suffixAt - at < 4 || !IsNameChar(text[at - 1])) return false;
        for (var k = at + 1; k < suffixAt; k++)
            if (!IsNameChar(text[k])) return false;
        if (!IsZone(text[(at + 1)..suffixAt])) return false;
        var before = text[Math.Max(0, at - 8)..at];
        return gazetteer.Mentions(before, context).Any(m => m.At + m.Length == before.Length);
    }

    // A town's range, and the community's or village's name right after it up to 社区 or 村 (东华门街道多福巷社区).
    private IEnumerable<(int At, int Length)> TownAndCommunity(string span, int at, int length)
    {
        yield return (at, length);
        var end = at + length;
        for (var k = end + 1; k < span.Length && k - end <= 6; k++)
        {
            if (span[k] is '镇' or '乡' or '街' or '工') yield break;
            if (span[k] == '村' || span[k] == '社' && k + 1 < span.Length && span[k + 1] == '区')
            {
                // 某街道实现社区工会全覆盖, 某镇建成村工会: a verb between the town and 社区/村 is the sentence's, no community's name.
                if (openingVerbs.Value.VerbAt(span, end) == k - end) yield break;
                yield return (end, k - end);
                yield break;
            }
        }
    }

    // Where the clause holding the characters before an index begins (after its punctuation, at most 30 characters back).
    private static int ClauseStart(string text, int at)
    {
        var from = Math.Max(0, at - 30);
        var mark = text.LastIndexOfAny(['，', ',', '。', '；', '：', ':', '！', '？', '\n', '(', '（', '“'], Math.Max(0, at - 1));
        return mark >= from ? mark + 1 : at - from < 30 ? from : at;
    }

    /// <summary>The verbs of jieba's dictionary and the longer words that open with one, by their text.</summary>
    private sealed class OpeningVerbs
    {
        private const int MaxLength = 6;
        private readonly Dictionary<string, bool> words = new(StringComparer.Ordinal);

        public OpeningVerbs(IEnumerable<string> rows)
        {
            foreach (var (number, parts) in DataRows.Fields(rows))
            {
                if (parts.Length != 3 || parts[2] is not ("verb" or "word") || parts[0].Length is < 2 or > MaxLength)
                    throw new FormatException($"name-opening verbs, line {number}: expected 'word<TAB>frequency<TAB>verb|word'");
                words[parts[0]] = parts[2] == "verb";
            }
        }

        /// <summary>The length of the verb at <paramref name="at"/> when the longest word there is one; 0 otherwise.</summary>
        public int VerbAt(string text, int at)
        {
            if (words.Count == 0) return 0;
            var bySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var length = Math.Min(MaxLength, text.Length - at); length >= 2; length--)
                if (bySpan.TryGetValue(text.AsSpan(at, length), out var verb)) return verb ? length : 0;
            return 0;
        }
    }

    private static bool IsNameChar(char c) => c is >= '\u4e00' and <= '\u9fff' || char.IsAsciiLetterOrDigit(c);

    // Characters that stand in for a withheld name (**市, ×县, ○○区).
    private static bool IsMask(char c) => c is '*' or '＊' or '×' or 'Ｘ' or '○' or '□';

    /// <summary>What a mention is doing: visiting (来…调研), reporting (据…, 来源：), hosting (陪同), organising (由…主办), or acting.</summary>
    private static OrganisationRole Role(string text, int start, int end)
    {
        var before = text[Math.Max(0, start - 12)..start];
        var after = text[end..Math.Min(text.Length, end + 40)];
        if (Source().IsMatch(before) || SourceAfter().IsMatch(after)) return OrganisationRole.Source;
        // 在某社区工会驿站休息: a facility named after its union, where something happens, is a place, not who acts.
        if (Facility().IsMatch(after) && AtPlace().IsMatch(before)) return OrganisationRole.Venue;
        // 被省总工会表彰为…: the union that awards or names is not the one the news is about.
        if (before.EndsWith('被') && Awards().IsMatch(after)) return OrganisationRole.Source;
        // 庆祝中华全国总工会成立100周年: the federation whose anniversary every union marks is what is celebrated, not who
        // celebrates it.
        if (Anniversary().IsMatch(after) && Celebrating().IsMatch(before) && text[start..end] is "中华全国总工会" or "全国总工会" or "全总") return OrganisationRole.Source;
        // 某省总工会公布…名单，其中某某工会榜上有名: the union publishing a list is the awarder; the unit it honours is the news.
        if (PublishesListHonouring().IsMatch(SentenceAfter(text, end))) return OrganisationRole.Source;
        // 为某某县总工会送来慰问金, 向某工会捐赠: the union that receives is not the one giving.
        if ((before.EndsWith('为') || before.EndsWith('向')) && Gift().IsMatch(after)) return OrganisationRole.Recipient;
        if (before.EndsWith('从') && HeardFrom().IsMatch(text.AsSpan(end, Math.Min(text.Length - end, 30)))) return OrganisationRole.Informant;
        // 《…总工会关于…的意见》: a document's title names its issuer, who does nothing in this text.
        var clause = ClauseBefore(text, start);
        if (clause.LastIndexOf('《') > clause.LastIndexOf('》')) return OrganisationRole.Source;
        var sentenceAfter = SentenceAfter(text, end);
        // 在市总工会的大力支持下: the union that backs the work is not the one doing it.
        if (clause.Contains('在') && Backing().IsMatch(sentenceAfter)) return OrganisationRole.Source;
        // 在…陪同下: the unions named inside accompany (host), those before it are the visitors.
        // …陪同下来我局调研: those who came along are visitors as well.
        // A visit that brings something (走访慰问, 送温暖) is the visitor's own work; those who go along only escort it.
        var delivering = Delivering(text, start, end);
        if (clause.Contains('在') && Accompanying().IsMatch(sentenceAfter))
            return ComingAlong().IsMatch(sentenceAfter) ? OrganisationRole.Visitor : delivering ? OrganisationRole.Escort : OrganisationRole.Host;
        if (AccompaniedVisit().IsMatch(sentenceAfter)) return delivering ? OrganisationRole.Actor : OrganisationRole.Visitor;
        // 某公司工会主席王某陪同调研: the one who accompanies the visit is its host.
        if (Host().IsMatch(after) || before.EndsWith('在') && after.Contains("陪同", StringComparison.Ordinal))
            return delivering ? OrganisationRole.Escort : OrganisationRole.Host;
        // 来我集团调研, 到市总工会考察: the one visited hosts the visit.
        if (VisitedAfter().IsMatch(before)) return OrganisationRole.Host;
        // 某公司工会热情接待了前来调研的市总工会一行, 迎来某市总工会调研组: the one who comes (前来, 来) is the visitor; the
        // union that receives it before the coming word is the host.
        if (ReceivesVisitors().IsMatch(after) && Visit().IsMatch(after)) return OrganisationRole.Host;
        // 接待了前来调研的某市总工会一行: those described as coming are the visitors.
        if (ComingBefore().IsMatch(before)) return OrganisationRole.Visitor;
        if (Visit().Match(after) is { Success: true } visit && !visit.ValueSpan.Contains("组织", StringComparison.Ordinal)) return OrganisationRole.Visitor;
        // 由县总工会、县人社局主办: the first of the units the organising verb closes on organises as much as a lone one.
        if (before.EndsWith('由') && (Organiser().IsMatch(after) || CoOrganisers().IsMatch(after))) return OrganisationRole.Organiser;
        return OrganisationRole.Actor;
    }

    /// <summary>Whether the sentence around a name tells of bringing help (慰问, 送温暖, 捐赠) and of no study of the host's work.</summary>
    private static bool Delivering(string text, int start, int end)
    {
        var from = text.LastIndexOfAny(Sentences.Stops, Math.Max(0, start - 1)) + 1;
        var to = text.IndexOfAny(Sentences.Stops, end);
        var sentence = text.AsSpan(from, (to < 0 ? text.Length : to) - from);
        return DeliveringWords().IsMatch(sentence) && !StudyingWords().IsMatch(sentence);
    }

    [GeneratedRegex("^成立[0-9一二三四五六七八九十百]+周年")]
    private static partial Regex Anniversary();

    [GeneratedRegex("(?:庆祝|纪念|庆贺)$")]
    private static partial Regex Celebrating();

    [GeneratedRegex("^(?:送来|送去|送上|捐赠|捐助|捐款|赠送|发放|拨付|颁发)")]
    private static partial Regex Gift();

    // What is left of a street's or a town's name after a place's short form when that short form is part of it: one
    // character (港街道, 卫镇) or a road's number (二路街道, 东一路街道).
    [GeneratedRegex(@"^(?:[\u4e00-\u9fff]|[东西南北中]?[一二三四五六七八九十]+路)(?:街道|镇|乡)$")]
    private static partial Regex StreetNamedFromRoad();

    [GeneratedRegex("慰问|送温暖|送清凉|送去|送来|送上|捐赠|捐助")]
    private static partial Regex DeliveringWords();

    [GeneratedRegex("调研(?!员)|考察|视察|检查|参观|观摩|学习|交流|指导|座谈")]
    private static partial Regex StudyingWords();

    [GeneratedRegex("我(集团|公司|司)(?!工会|法|机)")]
    private static partial Regex FirstPersonEnterprise();

    // An enterprise's name: what stands before its legal ending, bounded like a union's name.
    [GeneratedRegex("(?:集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|集团|公司)")]
    private static partial Regex EnterpriseEnding();

    /// <summary>Enterprises named in the text (某某集团, 某某发电有限公司), as written.</summary>
    public IEnumerable<string> Enterprises(string text)
    {
        foreach (Match match in EnterpriseEnding().Matches(text))
        {
            var start = StartOf(text, match.Index);
            if (match.Index - start < 2 || start > 0 && IsMask(text[start - 1])) continue;
            var stem = text[start..match.Index];
            if (GenericStems.Contains(stem) || stem.EndsWith("分", StringComparison.Ordinal) && stem.Length < 3) continue;
            yield return text[start..(match.Index + match.Length)];
        }
    }

    /// <summary>Railway depots named in the text (某某车辆段, 某某机务段), as written.</summary>
    public IEnumerable<string> Depots(string text)
    {
        foreach (Match match in DepotName().Matches(text))
        {
            var end = match.Index + match.Length;
            var start = StartOf(text, match.Index);
            if (match.Index - start < 2 || start > 0 && IsMask(text[start - 1])) continue;
            yield return text[start..end];
        }
    }

    // The kinds of a railway bureau's depots, which 该段 refers back to.
    [GeneratedRegex("(?:车辆|机务|工务|电务|供电|车务|客运|货运|动车|房建|桥工|通信)段")]
    private static partial Regex DepotName();

    /// <summary>Mines named in the text (某某煤矿, 三矿), as written.</summary>
    public IEnumerable<string> Mines(string text)
    {
        foreach (Match match in MineName().Matches(text))
        {
            var end = match.Index + match.Length;
            var start = StartOf(text, end);
            if (end - start < 2 || start > 0 && IsMask(text[start - 1])) continue;
            yield return text[start..end];
        }
    }

    /// <summary>Whether text[start..end] is the whole of a quotation right after a verb conferring an honour (获评“…”, 授予“…”).</summary>
    private static bool HonourTitle(string text, int start, int end) =>
        start > 0 && text[start - 1] is '“' or '"' or '「' && end < text.Length && text[end] is '”' or '"' or '」'
        && HonourVerb().IsMatch(text.AsSpan(0, start - 1));

    // The verbs that confer an honour by its title (获评, 被评为, 命名为, 授予 … 荣誉称号).
    [GeneratedRegex("(?:获评|评为|评选为|命名为|授予|荣获|获得|争创|获)$")]
    private static partial Regex HonourVerb();

    [GeneratedRegex("女职委|女工委|女职工委员会")]
    private static partial Regex WomenWorkersCommittee();

    [GeneratedRegex("(?:该|本)(矿|段)工会")]
    private static partial Regex ThisUnitsUnion();

    // A coal mine (一号煤矿, 某某煤矿) or a numbered one (三矿), not 矿井, 矿工 or 矿山.
    [GeneratedRegex("煤矿(?!井|工|山|区|业|长)|(?<=[一二三四五六七八九十0-9])矿(?!井|工|山|区|业|长)")]
    private static partial Regex MineName();

    [GeneratedRegex("(?:党委|党总支)副?书记(?:[、，,][\\u4e00-\\u9fff]{1,6}?(?:书记|委员|经理|董事|监事|总监|长)){0,2}[、，,]?工会副?主席")]
    private static partial Regex ChairOfEnterprise();

    [GeneratedRegex("(?<![第〇零])[一二三四五六七八九十两几多数百0-9]+(?:厂家|企业|家|个)")]
    private static partial Regex SeveralUnits();

    [GeneratedRegex("^[两二三四五六七八九十几数]+地$")]
    private static partial Regex PlacesCounted();

    // A number and a measure word for people or things counted (100余名, 48名, 三个): jieba tags such words m and q.
    [GeneratedRegex("[0-9０-９]+(?:\\.[0-9]+)?[余多]?(?:名|个|位|人|家|支|批|次|场|寸|小时|处)|[一二三四五六七八九十百千万两几数]+[余多]?(?:名|位|人|批)|[0-9０-９]{4}年度?|[0-9０-９]{7,}")]
    private static partial Regex CountOfUnits();

    // 区、乡镇、: two levels listed, or one standing alone, right before a bare town's or street's union.
    [GeneratedRegex("(?:(?:^|[^\\u4e00-\\u9fff])|(?:区|县|市|乡镇|镇|街道|乡)、)(?:区|县|市|乡镇|镇|街道|乡)、$")]
    private static partial Regex LevelsListedBefore();

    // 全镇工会, 全街道社区工会: a town's or street's unions as a whole, as 全县工会 is a county's.
    [GeneratedRegex("(?:全|各)(?:[省市县区州盟旗镇乡]|街道)(?:社区|村|企业|基层)?$")]
    private static partial Regex WholeAreaStem();

    // A year glued to what follows (2024某某工会), or a date with its time of day (12月5日上午, 5日).
    [GeneratedRegex("^(?:(?:19|20)[0-9]{2}(?=[\\u4e00-\\u9fff])|(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:上午|下午|晚上|早上|中午|晚)?)")]
    private static partial Regex GluedDate();

    [GeneratedRegex("^自?[0-9０-９〇一二三四五六七八九零]{2,4}年")]
    private static partial Regex YearFirst();

    [GeneratedRegex("^第?([一二三四五六七八九十]{1,3})师")]
    private static partial Regex CorpsDivision();

    [GeneratedRegex("^第[一二三四五六七八九十0-9]{1,3}届|第[一二三四五六七八九十0-9]{1,3}[次届]$")]
    private static partial Regex TermOrdinal();

    /// <summary>The Production and Construction Corps, whose union is a province-level one.</summary>
    public const string Corps = "新疆生产建设兵团";

    [GeneratedRegex("^(?:新疆生产建设兵团|新疆兵团|兵团|新疆维吾尔自治区|新疆)")]
    private static partial Regex CorpsName();

    // The sentence's text before a name, from its last sentence or clause stop.
    private static ReadOnlySpan<char> ClauseBefore(string text, int start)
    {
        var from = Math.Max(0, start - 60);
        var span = text.AsSpan(from, start - from);
        var stop = span.LastIndexOfAny(Sentences.Stops);
        return stop < 0 ? span : span[(stop + 1)..];
    }

    private static string SentenceAfter(string text, int end)
    {
        var length = Math.Min(text.Length - end, 120);
        var span = text.AsSpan(end, length);
        var stop = span.IndexOfAny(Sentences.Stops);
        return stop < 0 ? span.ToString() : span[..stop].ToString();
    }

    // 从…获悉/了解到: where a reporter heard the news.
    [GeneratedRegex("^[^。！？，,]{0,20}?(?:获悉|了解到|得知)")]
    private static partial Regex HeardFrom();

    [GeneratedRegex("^[^。！？；，,]{0,24}?(?:的)?(?:大力|悉心|精心|有力|积极|亲切|坚强|正确)?(?:支持|指导|领导|关心|关怀|帮助|资助|推动)[^。！？；，,]{0,6}?下")]
    private static partial Regex Backing();

    [GeneratedRegex("^[^。！？；]{0,40}?陪同")]
    private static partial Regex Accompanying();

    [GeneratedRegex("^[^。！？；]{0,40}?陪同下?(?:来|前来|莅临)")]
    private static partial Regex ComingAlong();

    [GeneratedRegex("^(?:表彰|授予|命名|评为|评选|认定|确定|列为|推荐|通报表扬|嘉奖)")]
    private static partial Regex Awards();

    // The list's publisher (公布/发布/公示…名单) and then, in the same sentence, one named on it (其中…榜上有名/入选/上榜).
    [GeneratedRegex("^[^。！？；]{0,8}?(?:公布|发布|公示|印发|下发|通报)[^。！？；]{0,50}?名单[^。！？；]{0,6}?[，,][^。！？；]{0,6}?其中[^。！？；]{2,60}?(?:榜上有名|入选|上榜|名列其中|位列其中|获此殊荣)")]
    private static partial Regex PublishesListHonouring();

    [GeneratedRegex("^[^。！？；]{0,80}?在[^。！？；]{1,60}?陪同下?[^。！？；]{0,40}?(?:调研|考察|视察|检查|指导|慰问|走访|参观|观摩)")]
    private static partial Regex AccompaniedVisit();

    [GeneratedRegex("(?:工会工作委员会|工会联合总会|工会联合会|工会委员会|工会办事处|联合工会|总工会|工会|全总|[市县区省州]总(?![工会部体结量计数和额共之面人书值长监经裁价务队站局规]))")]
    private static partial Regex Suffix();

    // 据…消息, 来源：…, 作者单位：…, 转自…, and the site's owner (主办单位：…, 版权所有 ©…)
    [GeneratedRegex("(?:据|来源[:：]?|作者单位[:：]?|转自|稿源[:：]?|供稿[:：]?|(?:当前|所在)位置[:：]?|欢迎访问|主办单位[:：]?|承办单位[:：]?|版权所有[:：]?|©|Copyright)\\s*$")]
    private static partial Regex Source();

    // 河南工会网, 某工会网讯 (a site's dateline), 某工会微信公众号: a site or channel that carries the news, not the union
    // acting in it (工会网上服务 is not).
    [GeneratedRegex("^(?:供稿|官网|网站|[\\u4e00-\\u9fff]{0,6}?网站?(?=$|[\\s!！>»|｜_—,，:：])|[\\u4e00-\\u9fff]{0,6}?网(?:讯|消息)|公众号|微信|微博|客户端|App|APP|消息|讯)")]
    private static partial Regex SourceAfter();

    // 来…调研, 一行到…考察, 领导调研…, 赴…学习交流 (a 调研员 is a rank, not a visit)
    // The visit word follows a coming (来/到/赴…) or the people who visit, right after the name (领导调研, 一行考察);
    // 组织职工参观 is no visit, and 某某总工会调研职工之家建设 is a union studying its own work, unless what it studies is
    // somewhere else (调研我市工会工作, 考察某区).
    [GeneratedRegex("^(?:[^。！？；]{0,40}?(?:来|到|赴|莅临|走进|前来|深入|在|一行)[^。！？；]{0,24}?|[^。！？；，,]{0,6}?(?:领导|一行|调研组|考察团|代表团|主席|书记|负责人)[^。！？；，,]{0,4}?|(?=(?:调研|考察|视察)(?:我|[^。！？；，,]{0,10}?(?:工会|[市县区省州]|公司|集团|项目))))(?:调研(?!员)|考察|视察|检查指导|学习交流|学习考察|参观|观摩|交流学习)")]
    private static partial Regex Visit();

    [GeneratedRegex("(?:来|来到|到|赴|走进|莅临|深入)$")]
    private static partial Regex VisitedAfter();

    // 前来调研的, 前来考察学习的: a clause of coming that describes the name after it.
    [GeneratedRegex("前来[^。！？；，,的]{0,8}的$")]
    private static partial Regex ComingBefore();

    // The union's people (主席某某) then a word of receiving guests, in the name's own clause.
    [GeneratedRegex("^[^。！？；，,]{0,16}?(?:接待|迎接|迎来|欢迎)")]
    private static partial Regex ReceivesVisitors();

    [GeneratedRegex("^[^。！？；]{0,16}?(?:陪同|参加调研|参与调研|主持召开座谈会)")]
    private static partial Regex Host();

    [GeneratedRegex("^(?:主办|承办|牵头|组织|发起|联合)")]
    private static partial Regex Organiser();

    // 、乙单位(、丙单位)主办 / 和乙单位共同主办: more units, named without a clause's break, before the organising verb.
    [GeneratedRegex("^(?:[、和与及][^，,。；;！？!?、和与及\\s]{2,20}){1,4}?(?:共同|联合)?(?:主办|承办|牵头|组织|发起)")]
    private static partial Regex CoOrganisers();

    // A post of a level (区人大常委会副主任、, 县政协副主席、, 市委常委、) right before a bare 总工会 held by the same person.
    [GeneratedRegex("^\\s*([\\u4e00-\\u9fff]{0,8}?[省市县区州旗])(?:人大常委会|人大|政协|委|政府)[\\u4e00-\\u9fff]{0,6}?(?:主任|主席|常委|副[省市县区州]长|秘书长|部长)、$")]
    private static partial Regex PostOfLevel();

    // A unit's name (an enterprise's or institution's ending, a community) right before what it does, opening a clause.
    [GeneratedRegex("^([\\u4e00-\\u9fffA-Za-z0-9]{2,24}?(?:分公司|公司|集团|学院|大学|医院|学校|中学|小学|幼儿园|银行|厂|矿|社区))(?:组织|开展|举办|举行|召开|荣获|获评|获得|启动|积极|推出|深入|扎实|联合|携手)")]
    private static partial Regex ActingUnit();

    [GeneratedRegex("^(?:爱心|户外劳动者|职工)?(?:驿站|服务站|服务点|之家|书屋)")]
    private static partial Regex Facility();

    [GeneratedRegex("(?:广场|停车场|公园|游园|景区|(?<![铁公])路|大道|[东西南北]道|(?<!街)街|(?:文化|体育|会展)中心)$")]
    private static partial Regex StationSite();

    [GeneratedRegex("^(?:爱心|户外劳动者|职工)?驿站")]
    private static partial Regex StationAfter();

    [GeneratedRegex("[A-Za-z]{2,}[A-Za-z0-9\\u4e00-\\u9fff]{0,6}[ \\u3000]+$")]
    private static partial Regex BrandBefore();

    [GeneratedRegex("^[^。！？；]*?全([区县市旗])")]
    private static partial Regex WholeLevelAfter();

    [GeneratedRegex("(?:在|到|于|来到|走进)$")]
    private static partial Regex AtPlace();
}

/// <summary>
/// What a named union does in a sentence. <see cref="Informant"/> is a source the reporter heard the news from
/// (记者从某某总工会获悉): a source, but most often the one whose work the news is. <see cref="Escort"/> goes along
/// with a visitor who brings help (陪同慰问): neither the visited nor the one acting. <see cref="Recipient"/> is given
/// something (为…送来慰问金). <see cref="Venue"/> is a facility named after its union (某社区工会驿站): where
/// something happens.
/// </summary>
internal enum OrganisationRole { Actor, Organiser, Host, Visitor, Source, Informant, Escort, Recipient, Venue }

/// <summary>A union name found in a text: where it stands, as written, canonical, and what it is doing there.</summary>
internal sealed record OrganisationMention(int Start, int End, string Written, string Name, OrganisationRole Role);
