using SearchService.Ingestion;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--synthetic</c> (tune only): pages of several separate items composed from tune's single news items, in the shapes
/// real multi-item pages use, with furniture written here (markers, brackets, dates, photo credits, page headlines), and
/// how often splitting gives back exactly those items, per shape. The items' text is read from the texts folder and
/// never written anywhere; only the counts are printed. A measurement of splitting, not a test.
/// </summary>
public static partial class SyntheticPages
{
    private const int PagesPerShape = 60;

    /// <summary>One tune news item usable as an item of a composed page: its lead paragraph and who and where it is.</summary>
    private sealed record Item(string Id, string Lead, string Organisation, string ShortOrganisation, string Place, string Province, string City, string? Headline, bool OpensWithUnion);

    private sealed record Page(string Shape, string Headline, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Signatures);

    public static int Run(HarnessOptions options, IReadOnlyList<LabelledDocument> documents, IngestionPipeline pipeline)
    {
        // SYNTHETIC_SHOW=FILE prints what splitting made of one page written by SYNTHETIC_DUMP, and nothing else.
        if (Environment.GetEnvironmentVariable("SYNTHETIC_SHOW") is { Length: > 0 } show)
        {
            foreach (var report in pipeline.IngestPath(show).Reports)
            {
                Console.WriteLine($"report '{report.Title}' ({report.Organisation})");
                foreach (var passage in report.Passages) Console.WriteLine($"    {(passage.Text.Length > 50 ? passage.Text[..50] : passage.Text)}");
            }
            return 0;
        }
        var items = new List<Item>();
        var singlesSplit = 0;
        var singles = 0;
        foreach (var document in documents.Where(d => d.Kind == "news" && d.Reports.Count == 1))
        {
            var produced = pipeline.IngestPath(Path.Combine(options.TextsFolder, document.FileName)).Reports;
            singles++;
            if (produced.Count != 1) { singlesSplit++; continue; }
            var label = document.Reports[0];
            if (label.Organisation.Length == 0) continue;
            // The lead without its paper's dateline (本报讯（记者 某某）, 某某网讯): a round-up's items carry none.
            var lead = produced[0].Passages.Select(p => NewsLead().Replace(p.Text.Trim(), "")).FirstOrDefault(t => t.Length is >= 40 and <= 400 && "。！？”".Contains(t[^1]) && !t[..25].Contains(')') && !t[..25].Contains('）'));
            if (lead is null) continue;
            var shortName = ShortName(label);
            var at = lead.IndexOf(shortName, StringComparison.Ordinal);
            var opens = at is >= 0 and <= 15 && !lead[..at].Contains('。');
            // The item's own headline, when it reads as one (a title line of a page of items separated only by their headlines).
            var title = produced[0].Title.Trim();
            var headline = title.Length is >= 8 and <= 36 && title.IndexOfAny(['，', ',', '。', '：', ':', '|', '_', '！', '？']) < 0 && !lead.StartsWith(title, StringComparison.Ordinal) ? title : null;
            items.Add(new Item(document.Id, lead, label.Organisation, shortName, label.County.Length > 0 ? label.County : label.City.Length > 0 ? label.City : label.Province, label.Province, label.City, headline, opens));
        }
        Console.WriteLine($"single news items of tune: {singles}, split by ingestion alone: {singlesSplit}; usable as items: {items.Count} ({items.Count(i => i.OpensWithUnion)} whose lead opens with their union)");

        // Each shape draws from a stream of its own, seeded by its name: a shape's pages depend on that shape alone, so
        // adding a shape (or changing another's composer) leaves every other shape's pages as they were.
        var pages = new List<Page>();
        // SYNTHETIC_SHAPES=a,b measures those shapes alone (each shape's pages are its own, so they are the same pages).
        var shapes = Environment.GetEnvironmentVariable("SYNTHETIC_SHAPES") is { Length: > 0 } only ? Shapes.Where(only.Split(',').Contains).ToArray() : Shapes;
        foreach (var shape in shapes)
        {
            var random = new Random(SeedOf(shape));
            for (var n = 0; n < PagesPerShape; n++)
                pages.Add(Compose(shape, items, random));
        }
        // The counter-case: one item in the shape's furniture, alone on its page, must stay one report.
        var alone = shapes.ToDictionary(shape => shape, shape =>
        {
            var random = new Random(SeedOf(shape + "/alone"));
            return Enumerable.Range(0, PagesPerShape).Select(_ => Compose(shape, items, random, itemCount: 1)).ToList();
        });

        Console.WriteLine();
        Console.WriteLine($"{"shape",-22} {"pages",5} {"exact",6} {"fewer",6} {"more",5} {"same count, other cut",22} {"one item alone, split",22}");
        var details = new List<string>();
        foreach (var group in pages.GroupBy(p => p.Shape))
        {
            var aloneSplit = 0;
            foreach (var page in alone[group.Key])
            {
                var reports = pipeline.IngestText($"synthetic-{group.Key}-alone.txt", PageText(page)).Reports;
                if (reports.Count <= 1) continue;
                aloneSplit++;
                if (Environment.GetEnvironmentVariable("SYNTHETIC_DUMP") is { Length: > 0 } dumpAlone)
                    File.WriteAllText(Path.Combine(dumpAlone, $"{group.Key}-alone-{aloneSplit:000}.txt"), PageText(page));
                if (options.Verbose)
                    details.Add($"  {group.Key}: one item alone → {reports.Count} reports [{string.Join(" | ", reports.Select(r => r.Title.Length > 16 ? r.Title[..16] : r.Title))}] headline '{page.Headline}'");
            }
            int exact = 0, fewer = 0, more = 0, other = 0;
            foreach (var page in group)
            {
                var text = PageText(page);
                var reports = pipeline.IngestText($"synthetic-{group.Key}.txt", text).Reports;
                var verdict = Judge(page, reports);
                switch (verdict)
                {
                    case 0: exact++; break;
                    case < 0: fewer++; break;
                    case 1: more++; break;
                    default: other++; break;
                }
                // SYNTHETIC_DUMP=DIR writes the pages split wrongly there to read (outside the repository: tune text).
                if (verdict != 0 && Environment.GetEnvironmentVariable("SYNTHETIC_DUMP") is { Length: > 0 } dump)
                    File.WriteAllText(Path.Combine(dump, $"{group.Key}-{fewer + more + other:000}.txt"), text);
                if (verdict != 0 && options.Verbose)
                    details.Add($"  {group.Key}: {page.Signatures.Count} items → {reports.Count} reports [{string.Join(" | ", reports.Select(r => r.Title.Length > 16 ? r.Title[..16] : r.Title))}] headline '{page.Headline}'");
            }
            Console.WriteLine($"{group.Key,-22} {group.Count(),5} {exact,6} {fewer,6} {more,5} {other,22} {aloneSplit,22}");
        }
        foreach (var line in details) Console.WriteLine(line);
        return 0;
    }

    private static readonly string[] Shapes = ["union-opens", "bracketed-place", "union-colon", "dated-brief", "photo-captions", "marked", "numbered", "one-union-digest",
        "campaign-roundup", "credited-captions", "headlines-only",
        // Round thirteen: shapes union sites publish that the bed did not have.
        "brief-column", "place-lines", "navigation-digest", "weekly-bullets", "yearbook", "dateline-leads", "heard-opens", "two-items",
        // Round fourteen: the ninth set's multi-item pages, and a place with the item's own headline on one line
        // (某某县：深入一线送关怀), over all items or one under the page's lead.
        "bare-city-sections", "place-after-own-news", "abstract-index", "led-roundup", "semicolon-run", "place-titled", "lead-one-place",
        // Round fifteen: the tenth set's multi-item pages — a lead listing by name the unions whose headings follow.
        "listed-unions-lead",
        // …and an e-paper's photographs, each caption stating its scene, then 图为…, closed by its source after a slash.
        "source-credited-captions",
        // Round sixteen: a province's round-up of one-paragraph briefs, each led by its place (在某市，) or a slogan in
        // quotes before the city's union, and a paper's further item (又讯) glued under the page's one news item.
        "led-briefs", "further-item",
        // Round seventeen: a regional paper's county briefs, each under its place's dateline and correspondent
        // (某某讯（通讯员 李华）), and a site's list of its leaders (a name, then the posts held) beside dated entries.
        "place-datelines", "leaders-sidebar",
        // Round eighteen: a paper's page of articles each under its headline and its reporters' line, and news items
        // followed by their source credit and other pages' teasers cut with an ellipsis.
        "reporter-headlines", "related-teasers",
        // Round nineteen: a province's round-up under a lead naming its area — its unions together, or its own union's
        // news first —, then briefs of unions within it (cities', districts', an enterprise's).
        "area-lead",
        // Round twenty-three: a site's tag or topic page of teasers, several unions' items each a headline over a one- or
        // two-line summary (cut or whole), a date before or after it, now and then a 详细/更多 link under it.
        "topic-teasers",
        // Round twenty-four: a tag page of teasers without headlines — the page's first item (its headline over its lead,
        // printed once or twice), then other pages' leads, cut by the site to one length; or, after the lead printed
        // twice, other provinces' items, one paragraph each.
        "cut-teasers", "repeated-lead",
        // Round twenty-five: a compilation of units' experience items, each under its unit's name, its text cut by its own
        // outline — numbered sub-headings, quoted section titles — or the items themselves numbered with their unit's name.
        "unit-numbered-sections", "unit-quoted-sections", "numbered-unit-items"];

    // The furniture of the round nineteen shape: leads naming the province's unions together ({0}) or its own union at
    // work ({1}), and, for the counter-case, a paragraph naming lower unions that merely take part ({2}, {3}).
    private static readonly string[] AreaTogetherLeads =
    [
        "近日，{0}各级工会积极行动，深入企业和施工一线开展走访慰问活动，把党和政府的关怀送到职工身边。",
        "节日临近，全省各级工会纷纷行动起来，走进企业、工地和社区，为广大职工群众送去温暖和关怀。",
    ];
    private static readonly string[] AreaUnionOwnLeads =
    [
        "{1}近日部署开展服务职工系列活动，为坚守岗位的一线职工和困难职工送去节日的问候和关怀，共发放慰问金二百余万元。",
        "为巩固来之不易的疫情防控成果，{1}向全省广大职工发出倡议，号召职工就地过年，并开展线上线下系列关爱活动。",
    ];
    private const string TakingPart = "活动得到各地工会的积极响应，{2}、{3}等单位组织职工代表参加了启动仪式，并将在各自辖区同步开展宣传。{1}有关负责人表示，将把这项活动办成服务职工的品牌。";

    // The furniture of the round eighteen shapes: what a teaser's paper and a subheading inside one article may read.
    private static readonly string[] TeaserPapers = ["都市报讯 融媒记者", "晚报讯 记者", "网讯 记者"];
    private static readonly string[] ArticleSubheadings = ["分会场同步团圆", "暖心服务不停歇", "现场气氛热烈"];
    private const string ArticleSubheadingText = "活动现场气氛热烈，不少职工表示，这份来自工会组织的关怀让他们倍感温暖，也更有干劲了。";

    // The furniture of the round seventeen shapes: a leaders' list as a site prints it beside every page.
    private static readonly string[] LeaderPosts = ["全国总工会副主席（兼）", "全国总工会副主席、书记处书记、党组成员", "{0}总工会主席", "{0}政协副主席、省总工会主席、全国总工会副主席（兼）", "全国总工会书记处书记、党组成员，组织部部长"];

    // The furniture of the round sixteen shapes: slogans a brief may open with.
    private static readonly string[] BriefSlogans = ["留在当地过大年 关爱暖心田", "平安过大年，温暖在身边", "工会送福 情暖万家", "清凉送一线 关爱暖人心"];

    // The furniture of the round fifteen shapes: what a lead listing its unions opens with, and the page's headlines.
    private static readonly string[] ListingOccasions = ["为关心关爱一线职工", "中秋佳节前夕", "新春佳节来临之际", "为切实帮助职工排忧解难"];
    private static readonly string[] PictureScenes = ["图为职工在驿站内休息。", "图为工会干部为职工送上慰问品。", "图为活动现场。", "图为职工在书屋内阅读。"];
    private static readonly string[] ListingHeadlines = ["情暖职工 工会有爱", "工会送温暖 关怀暖人心", "真情服务职工 温暖直达一线"];

    // The furniture of the round fourteen shapes: an e-paper's index labels, a section's source line, a caption under a
    // union's own news, and the first sentences a round-up's paragraph may open with before its union acts.
    private static readonly string[] TopicLabels = ["标签：{0}", "专题：{0}", "{0}", "当前位置：首页 > 专题 > {0}"];
    private static readonly string[] TopicTags = ["送温暖", "职工之家", "困难帮扶", "劳动竞赛", "工会动态"];
    private static readonly string[] TeaserLinks = ["[详细]", "详细>>", "更多", "[更多]"];
    private static readonly string[] IndexLabels = ["标题导航", "本版导读", "版面导航"];
    private static readonly string[] SourceLines = ["来源：{0}", "来源：{0}微信公众号", "信息来源：{0}"];
    private static readonly string[] OwnNewsCaptions = ["△慰问一线职工", "△走访慰问困难职工", "△为户外劳动者送上慰问品"];
    private static readonly string[] SceneOpenings = ["虽然天气寒冷，但一线职工的干劲丝毫不减。", "走进{0}，处处可见忙碌的身影。", "在{0}一线，"];

    // The furniture of the round twelve shapes, written here: a round-up's lead naming an area's unions together, the
    // shared line of an agency's photographs and its credit line.
    private static readonly string[] RoundupLeads = ["近日，{0}各地总工会相继开展服务职工系列活动。", "为把党和政府的关怀送到职工心坎上，{0}各级工会近期纷纷行动起来。", "连日来，{0}各县区工会扎实开展“送清凉”等系列活动。"];
    private static readonly string[] SharedCaptionLines = ["“五一”国际劳动节到来之际，多地开展岗位技能竞赛活动。", "近期，各地工会组织开展形式多样的服务职工活动。"];

    // The furniture of the round fourteen shapes: headlines written after a place's colon, and a lead naming the places'
    // unions by their count.
    private static readonly string[] PlaceHeadlines = ["走进工地送温暖", "关爱职工暖人心", "服务阵地再升级", "技能比武展风采", "送法上门解难题", "真情帮扶暖民心", "座谈交流凝共识", "清凉送到第一线"];
    private static readonly string[] CountedLeads = ["近日，{0}{1}地总工会相继开展服务职工系列活动，把关怀送到职工身边。", "为把党和政府的关怀送到职工心坎上，{0}{1}地工会近期纷纷行动起来。"];
    private static readonly string[] Markers = ["■", "▲", "◆", "●"];
    private static readonly string[] BulletMarkers = ["○", "●", "▲"];
    private static readonly string[] BriefHeadlines = ["工会简讯", "快讯", "工会动态", "基层工会简讯"];
    private static readonly string[] DigestHeadlines = ["{0}工会一周动态", "{0}工会周报", "本月工会要闻", "工会工作月报"];
    private static readonly string[] PlaceHeadingStyles = ["【{0}】", "■{0}", "◆{0}", "{0}"];
    private static readonly string[] Leads = ["本报讯（记者 {0}）", "本报讯（通讯员 {0}）", "本报讯 ", "工人网讯（记者 {0}）"];
    private static readonly string[] Reporters = ["王明", "李华", "张伟", "刘洋", "陈静", "赵磊"];
    private static readonly string[] Chinese = ["一", "二", "三", "四", "五", "六"];

    private static string PageText(Page page) =>
        string.Join("\n", (page.Headline.Length > 0 ? new[] { page.Headline } : []).Concat(page.Paragraphs)) + "\n";

    /// <summary>A seed that is a stable function of the shape's name (string.GetHashCode differs from run to run): FNV-1a.</summary>
    private static int SeedOf(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name) hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7fffffff);
    }

    /// <summary>A page of the shape: <paramref name="itemCount"/> items when given (one: the counter-case), else the shape's usual number.</summary>
    private static Page Compose(string shape, List<Item> all, Random random, int? itemCount = null)
    {
        var count = itemCount ?? (shape is "two-items" or "place-after-own-news" or "lead-one-place" or "further-item" ? 2 : shape is "semicolon-run" ? random.Next(5, 7) : shape is "listed-unions-lead" ? random.Next(3, 7) : random.Next(2, 7));
        var pool = shape is "led-briefs" ? all.Where(i => i.OpensWithUnion && i.Place.Length >= 2).ToList()
            : shape is "union-opens" or "one-union-digest" or "campaign-roundup" or "brief-column" or "heard-opens" or "two-items" or "led-roundup" or "semicolon-run" ? all.Where(i => i.OpensWithUnion).ToList()
            : shape is "headlines-only" or "navigation-digest" or "yearbook" or "abstract-index" or "place-titled" or "lead-one-place" or "leaders-sidebar" or "reporter-headlines" or "topic-teasers" ? all.Where(i => i.Headline is not null).ToList()
            // A city's bare name over its item: items of cities (某某市), each city once.
            // Unions within a province other than its own union, which the lead may name: items whose lead opens with
            // their union, of provinces with two unions or more (a round-up is of one area).
            : shape == "area-lead" ? all.Where(i => i.OpensWithUnion && i.Place.Length >= 2 && i.Province.Length > 0 && !i.Organisation.StartsWith(i.Province + "总工会", StringComparison.Ordinal))
                .GroupBy(i => i.Province).Where(g => g.Select(i => i.Organisation).Distinct().Count() >= 2).SelectMany(g => g).ToList()
            // Leads long enough for the site to cut them (at 80 to 140 characters), the first item's headline its own.
            : shape == "cut-teasers" ? all.Where(i => i.Headline is not null && i.Lead.Length > 150).ToList()
            : shape == "repeated-lead" ? all.Where(i => i.Headline is not null && i.Province.Length > 0).ToList()
            : shape == "listed-unions-lead" || CompilationShapes.Contains(shape) ? all.Where(i => i.ShortOrganisation.EndsWith("工会", StringComparison.Ordinal) && i.ShortOrganisation.Length >= 5).ToList()
            : shape == "bare-city-sections" ? all.Where(i => i.Headline is not null && i.City.Length >= 3 && i.City.EndsWith('市') && i.Organisation.StartsWith(i.City, StringComparison.Ordinal)).DistinctBy(i => i.City).ToList()
            // A place's section after another union's news: its union is named by that place (某某区总工会 under 某某区).
            : shape == "place-after-own-news" ? all.Where(i => i.OpensWithUnion && i.Place.Length >= 2 && i.ShortOrganisation.Contains(i.Place.TrimEnd('市', '区', '县', '旗'), StringComparison.Ordinal)).ToList()
            : all;
        // Items of one province when it has enough (a round-up is of one area), each of another union; a campaign's
        // round-up is of one city's unions when the city has enough.
        // Items are drawn by a hash of the page's key and the item's id, never by position in the pool, so an item that
        // joins or leaves the pool changes only the pages it is drawn on, and the stream's draws do not depend on the
        // pool's size.
        var pageKey = random.Next();
        int Rank(Item item) => SeedOf($"{shape}/{pageKey}/{item.Id}");
        var first = pool.MinBy(Rank)!;
        var province = first.Province;
        var candidates = pool.Where(i => i.Province == province).DistinctBy(i => i.Organisation).ToList();
        if (shape == "campaign-roundup" && first.City.Length > 0 && pool.Where(i => i.City == first.City).DistinctBy(i => i.Organisation).Count() >= 2)
        {
            candidates = pool.Where(i => i.City == first.City).DistinctBy(i => i.Organisation).ToList();
            count = Math.Min(count, candidates.Count);
        }
        if (shape == "area-lead") count = Math.Min(count, Math.Max(candidates.Count, itemCount ?? 1));
        // Places titling their items are each another place.
        if (shape is "place-titled" or "lead-one-place") candidates = candidates.DistinctBy(PlaceOf).ToList();
        if (candidates.Count < count) candidates = pool.DistinctBy(i => i.Organisation).DistinctBy(i => shape is "place-titled" or "lead-one-place" ? PlaceOf(i) : i.Organisation).ToList();
        // Items of other pages: of other provinces each, for the shape telling them apart by their province.
        if (shape == "repeated-lead") candidates = pool.DistinctBy(i => i.Province).ToList();
        var chosen = candidates.OrderBy(Rank).Take(count).ToList();
        // A union's own news first, then one place's section of another union.
        if (shape == "place-after-own-news" && chosen.Count == 2 && chosen[1].Place == chosen[0].Place) chosen.RemoveAt(1);
        if (CompilationShapes.Contains(shape)) return CompileUnits(shape, chosen, province, random);
        var headline = random.Next(3) switch
        {
            0 => "",
            1 => shape switch
            {
                "photo-captions" => "图片新闻",
                "dated-brief" => "工会简讯",
                "one-union-digest" => $"{chosen[0].ShortOrganisation}一周工作动态",
                _ => "基层工会动态",
            },
            _ => shape == "one-union-digest" ? $"{chosen[0].ShortOrganisation}近期工作掠影" : $"{province}各地工会扎实开展服务职工工作",
        };
        var paragraphs = new List<string>();
        var signatures = new List<string>();
        if (shape == "campaign-roundup")
        {
            // The lead stands where a headline would: no headline above it.
            headline = "";
            var area = chosen.Select(i => i.City).Distinct().Count() == 1 && chosen[0].City.Length > 0 ? chosen[0].City : province;
            paragraphs.Add(string.Format(RoundupLeads[random.Next(RoundupLeads.Length)], area));
        }
        if (shape is "credited-captions" or "headlines-only" or "two-items" or "related-teasers") headline = "";
        if (shape == "reporter-headlines") headline = random.Next(2) == 0 ? "" : $"{province}工人报";
        // The province's lead: its unions together (the lead opens the first item), or its own union's news (an item of
        // its own). Alone: one item under the unions-together lead, or the province union's news naming lower unions
        // that take part (one item either way).
        var areaUnionOwn = shape == "area-lead" && random.Next(2) == 0;
        if (shape == "area-lead")
        {
            headline = random.Next(2) == 0 ? "" : $"{province}各级工会扎实开展服务职工工作";
            var provinceUnion = province + "总工会";
            if (areaUnionOwn)
            {
                var own = string.Format(AreaUnionOwnLeads[random.Next(AreaUnionOwnLeads.Length)], province, provinceUnion);
                if (chosen.Count == 1)
                {
                    var other = pool.Where(i => i.Province == province && i.Organisation != chosen[0].Organisation).OrderBy(Rank).FirstOrDefault() ?? chosen[0];
                    return new Page(shape, headline, [own, string.Format(TakingPart, province, provinceUnion, chosen[0].ShortOrganisation, other.ShortOrganisation)], [Signature(own, null, chosen[0], shape)]);
                }
                paragraphs.Add(own);
                signatures.Add(Signature(own, null, chosen[0], shape));
            }
            else paragraphs.Add(string.Format(AreaTogetherLeads[random.Next(AreaTogetherLeads.Length)], province, provinceUnion));
        }
        // Each article's reporters (one or two, and now and then a correspondent), another article's others.
        var reporterLines = shape == "reporter-headlines"
            ? Enumerable.Range(0, chosen.Count).Select(k => $"本报记者 {Reporters[(2 * k) % Reporters.Length]}{(random.Next(2) == 0 ? $" 本报通讯员 {Reporters[(2 * k + 1) % Reporters.Length]}" : "")}").ToList()
            : [];
        // An e-paper's page: the paper, its page's label and its index label over the captions.
        if (shape == "source-credited-captions")
        {
            headline = $"{province}工人报";
            paragraphs.Add($"第{random.Next(1, 9)}版：{(random.Next(2) == 0 ? "暖心驿站" : "图片新闻")}");
            if (random.Next(2) == 0) paragraphs.Add(IndexLabels[random.Next(IndexLabels.Length)]);
        }
        if (shape is "bare-city-sections") headline = random.Next(2) == 0 ? "" : $"{province}各地工会扎实开展服务职工工作";
        if (shape is "place-after-own-news") headline = chosen[0].Headline ?? "";
        if (shape == "abstract-index")
        {
            headline = $"{province}工人报";
            paragraphs.Add($"{random.Next(2020, 2026)}-0{random.Next(1, 10)}-1{random.Next(0, 10)}");
            paragraphs.Add(IndexLabels[random.Next(IndexLabels.Length)]);
        }
        // A topic page: the tag's label for a headline (or none), and one teaser style for all its items: where the date
        // stands (under the summary, over the headline, after the headline on its line, or nowhere), whether a link
        // closes each teaser, and whether summaries are cut by the page.
        var teaserDate = 0;
        var teaserLink = false;
        var teaserCut = false;
        if (shape == "topic-teasers")
        {
            headline = random.Next(4) == 0 ? "" : string.Format(TopicLabels[random.Next(TopicLabels.Length)], TopicTags[random.Next(TopicTags.Length)]);
            teaserDate = random.Next(4);
            teaserLink = random.Next(2) == 0;
            teaserCut = random.Next(2) == 0;
        }
        // A tag page without headlines but the first item's: the first lead printed twice (its summary, then its opening)
        // or once, then the others, each cut by the site at one length (the whole page's), mid-word or not.
        var cutLength = shape == "cut-teasers" ? random.Next(80, 141) : 0;
        var leadTwice = shape == "repeated-lead" || shape == "cut-teasers" && random.Next(2) == 0;
        if (shape is "cut-teasers" or "repeated-lead") headline = chosen[0].Headline!;
        if (shape == "semicolon-run") headline = string.Format(DigestHeadlines[random.Next(DigestHeadlines.Length)], province);
        if (shape == "led-roundup")
        {
            headline = "";
            var area = chosen.Select(i => i.City).Distinct().Count() == 1 && chosen[0].City.Length > 0 ? chosen[0].City : province;
            paragraphs.Add(string.Format(RoundupLeads[random.Next(RoundupLeads.Length)], area));
        }
        if (shape == "brief-column") headline = BriefHeadlines[random.Next(BriefHeadlines.Length)];
        if (shape == "led-briefs") headline = random.Next(2) == 0 ? "" : $"{province.TrimEnd('省')}：职工就地过年 工会暖心相伴";
        if (shape == "further-item") headline = chosen[0].Headline ?? "";
        if (shape == "place-datelines") headline = random.Next(2) == 0 ? "" : $"{province}工人报";
        // Six to nine leaders, each a name (a two-character one padded as a typeset list pads it) and the posts held.
        if (shape == "leaders-sidebar")
        {
            headline = random.Next(2) == 0 ? "" : "领导介绍";
            for (var l = random.Next(6, 10); l > 0; l--)
            {
                var name = Reporters[random.Next(Reporters.Length)];
                paragraphs.Add($"{(random.Next(3) == 0 ? $"{name[0]}  {name[1..]}" : name)} {string.Format(LeaderPosts[random.Next(LeaderPosts.Length)], province)}");
            }
        }
        if (shape == "weekly-bullets") headline = string.Format(DigestHeadlines[random.Next(DigestHeadlines.Length)], province);
        // A round-up's lead over its places' headings (no headline above it), half the time.
        if (shape == "place-lines" && random.Next(2) == 0)
        {
            headline = "";
            paragraphs.Add(string.Format(RoundupLeads[random.Next(RoundupLeads.Length)], province));
        }
        // Places titled by their items' headlines: a round-up's lead half the time (naming the places' unions by their
        // count when there are three or more), and a colon full-width or not.
        var placeColon = "";
        if (shape == "place-titled")
        {
            placeColon = random.Next(2) == 0 ? "：" : ":";
            if (random.Next(2) == 0)
            {
                headline = "";
                var places = chosen.Select(PlaceOf).Distinct().ToList();
                paragraphs.Add(places.Count >= 3 && random.Next(2) == 0
                    ? string.Format(CountedLeads[random.Next(CountedLeads.Length)], string.Join("、", places), Chinese[places.Count - 1])
                    : string.Format(RoundupLeads[random.Next(RoundupLeads.Length)], province));
            }
        }
        // One page's own news, its headline over its lead, then one place titled by its headline over that place's item
        // (a round-up cut after its first place).
        if (shape == "lead-one-place")
        {
            placeColon = random.Next(2) == 0 ? "：" : ":";
            headline = chosen[0].Headline!;
        }
        // A page's headline (or none), then a lead naming every item's union one after the other (three or more), then
        // each union's name on a line of its own over its item.
        if (shape == "listed-unions-lead")
        {
            headline = random.Next(3) == 0 ? "" : ListingHeadlines[random.Next(ListingHeadlines.Length)];
            if (chosen.Count >= 3)
                paragraphs.Add($"{ListingOccasions[random.Next(ListingOccasions.Length)]}，{string.Join("、", chosen.Select(i => i.ShortOrganisation))}分别深入基层一线开展走访慰问活动，把党和政府以及工会组织的关怀送到职工身边。");
        }
        // The page's headlines first (a navigation block), then each headline again over its item.
        if (shape == "navigation-digest")
            foreach (var item in chosen) paragraphs.Add((random.Next(2) == 0 ? "·" : "") + item.Headline);
        // Drawn only for their shapes, so the older shapes' pages stay as they were.
        var placeStyle = shape == "place-lines" ? PlaceHeadingStyles[random.Next(PlaceHeadingStyles.Length)] : "";
        var bullet = shape == "weekly-bullets" ? BulletMarkers[random.Next(BulletMarkers.Length)] : "";
        var shared = chosen[0];
        var marker = Markers[random.Next(Markers.Length)];
        var numberStyle = random.Next(3);
        for (var k = 0; k < chosen.Count; k++)
        {
            var item = chosen[k];
            var lead = item.Lead;
            var body = shape switch
            {
                "union-opens" => lead,
                "bracketed-place" => $"【{item.Place}】{lead}",
                "union-colon" => $"{item.ShortOrganisation}：{lead}",
                "dated-brief" => FirstSentences(lead, 150) + (random.Next(3) switch
                {
                    0 => $"（{random.Next(1, 13)}月{random.Next(1, 29)}日）",
                    1 => $"（来源：{item.ShortOrganisation}）",
                    _ => $"（{item.ShortOrganisation}供稿）",
                }),
                "source-credited-captions" => FirstSentences(lead, 110) + PictureScenes[random.Next(PictureScenes.Length)] + $"{(random.Next(2) == 0 ? " " : "")}/ {item.ShortOrganisation}供图",
                "photo-captions" => FirstSentences(lead, 110) + (random.Next(2) == 0 ? $" {Reporters[random.Next(Reporters.Length)]} 摄" : $"（记者 {Reporters[random.Next(Reporters.Length)]} 摄）"),
                "marked" => marker + lead,
                "numbered" => numberStyle switch { 0 => $"{k + 1}.", 1 => $"（{Chinese[k]}）", _ => $"{Chinese[k]}、" } + lead,
                "one-union-digest" => (numberStyle == 0 ? "◆" : "") + (k == 0 ? lead : lead.Replace(item.Organisation, shared.ShortOrganisation).Replace(item.ShortOrganisation, shared.ShortOrganisation)),
                // Each item dated, opening with its union; now and then one cut short by the page (no full stop).
                "campaign-roundup" => WithDate(lead, random) is var dated && random.Next(5) == 0 ? dated.TrimEnd('。', '！', '？', '”') : dated,
                "credited-captions" => WithDate(FirstSentences(lead, 110), random),
                "brief-column" => FirstSentences(lead, 150),
                "weekly-bullets" => bullet + lead,
                "yearbook" => WithDate(lead, random),
                "dateline-leads" => string.Format(Leads[random.Next(Leads.Length)], Reporters[random.Next(Reporters.Length)]) + lead,
                "heard-opens" => random.Next(3) switch
                {
                    0 => "据悉，" + lead,
                    1 => $"{item.Province}总工会领导一行近日到{item.Place}调研工会工作。" + lead,
                    _ => lead,
                },
                "two-items" => k == 0 ? lead : WithDate(lead, random),
                // An e-paper's abstract, cut by the page after 50 to 90 characters, mid-sentence.
                "abstract-index" => "摘要：" + lead[..Math.Min(lead.Length, random.Next(50, 91))],
                // The union named only past a scene's sentence or a place's clause.
                "led-roundup" => random.Next(3) switch
                {
                    0 => string.Format(SceneOpenings[random.Next(2)], item.Place) + lead,
                    1 => string.Format(SceneOpenings[2], item.Place) + VagueTime().Replace(lead, "", 1),
                    _ => lead,
                },
                // The middle items' first sentences run together with semicolons in one marked paragraph.
                "semicolon-run" => k == 0 || k == chosen.Count - 1 ? "○" + lead : Brief(lead, k == chosen.Count - 2),
                "led-briefs" => random.Next(3) switch
                {
                    0 => $"在{item.Place.TrimEnd('市', '区', '县')}，" + VagueTime().Replace(FirstSentences(lead, 150), "", 1),
                    1 => $"“{BriefSlogans[random.Next(BriefSlogans.Length)]}”，" + VagueTime().Replace(FirstSentences(lead, 150), "", 1),
                    _ => FirstSentences(lead, 150),
                },
                "further-item" => k == 0 ? lead : "又讯 " + lead,
                // Now and then led by the item's place or a slogan, as a province's briefs are.
                "area-lead" => random.Next(3) switch
                {
                    0 => $"在{DatelinePlace(item)}，" + VagueTime().Replace(lead, "", 1),
                    1 => $"“{BriefSlogans[random.Next(BriefSlogans.Length)]}”，" + VagueTime().Replace(lead, "", 1),
                    _ => lead,
                },
                "place-datelines" => $"{DatelinePlace(item)}讯（{(random.Next(2) == 0 ? "通讯员" : "记者")} {Reporters[random.Next(Reporters.Length)]}）" + lead,
                "leaders-sidebar" => WithDate(lead, random),
                // A summary: the lead's first sentences, or cut by the page after 60 to 110 characters with or without an ellipsis.
                "topic-teasers" => teaserCut ? lead[..Math.Min(lead.Length, random.Next(60, 111))] + (random.Next(2) == 0 ? "..." : "") : FirstSentences(lead, 120),
                "cut-teasers" => k == 0 ? lead : lead[..cutLength],
                "repeated-lead" => FirstSentences(lead, 150),
                "related-teasers" => string.Format(Leads[random.Next(Leads.Length)], Reporters[random.Next(Reporters.Length)]) + lead,
                _ => lead,
            };
            if (shape == "semicolon-run" && k > 0 && k < chosen.Count - 1)
            {
                if (k == 1) paragraphs.Add("○" + body);
                else paragraphs[^1] += body;
                signatures.Add(Signature(Brief(lead, k == chosen.Count - 2), null, item, shape));
                continue;
            }
            if (shape == "bare-city-sections")
            {
                paragraphs.Add(item.City[..^1]);
                paragraphs.Add(item.Headline!);
            }
            if (shape == "place-after-own-news" && k == 1) paragraphs.Add(item.Place);
            if (shape == "abstract-index") paragraphs.Add("  • " + item.Headline);
            if (shape == "place-lines") paragraphs.Add(string.Format(placeStyle, item.Place.Length > 0 ? item.Place : item.ShortOrganisation));
            if (shape == "place-titled" || shape == "lead-one-place" && k > 0) paragraphs.Add(PlaceOf(item) + placeColon + PlaceHeadline(item, random));
            if (shape == "navigation-digest") paragraphs.Add(item.Headline!);
            if (shape == "listed-unions-lead") paragraphs.Add(item.ShortOrganisation);
            if (shape == "yearbook") paragraphs.Add(random.Next(2) == 0 ? item.Headline! : $"【{item.Headline}】");
            if (shape == "leaders-sidebar") paragraphs.Add(item.Headline!);
            if (shape == "reporter-headlines")
            {
                paragraphs.Add(item.Headline!);
                paragraphs.Add(reporterLines[k]);
            }
            var teaserDay = shape == "topic-teasers" ? $"{random.Next(2019, 2026)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}" : "";
            if (shape == "topic-teasers")
            {
                if (teaserDate == 1) paragraphs.Add(teaserDay);
                paragraphs.Add(teaserDate == 2 ? $"{item.Headline} {teaserDay}" : item.Headline!);
            }
            if (shape == "photo-captions" && random.Next(2) == 0) paragraphs.Add("![]()");
            // Items separated only by their headlines; the page's first item may have lost its own.
            if (shape == "headlines-only" && (k > 0 || random.Next(2) == 0)) paragraphs.Add(item.Headline!);
            paragraphs.Add(body);
            if (k == 0 && leadTwice) paragraphs.Add(body);
            // One article alone goes on under its lead: a paragraph written here, naming no place.
            if (shape is "cut-teasers" or "repeated-lead" && chosen.Count == 1) paragraphs.Add(ArticleSubheadingText);
            if (shape == "topic-teasers")
            {
                if (teaserDate == 0) paragraphs.Add(teaserDay);
                if (teaserLink) paragraphs.Add(TeaserLinks[random.Next(TeaserLinks.Length)]);
            }
            if (shape == "bare-city-sections" && random.Next(2) == 0) paragraphs.Add(string.Format(SourceLines[random.Next(SourceLines.Length)], item.ShortOrganisation));
            if (shape == "place-after-own-news" && k == 0)
                for (var c = random.Next(0, 3); c > 0; c--) paragraphs.Add(OwnNewsCaptions[random.Next(OwnNewsCaptions.Length)]);
            if (shape == "credited-captions")
            {
                if (k == 0 && random.Next(2) == 0) paragraphs.Add(SharedCaptionLines[random.Next(SharedCaptionLines.Length)]);
                paragraphs.Add($"新华社发（{Reporters[random.Next(Reporters.Length)]}摄）");
            }
            // One article alone names its reporters again under a subheading: still one article.
            if (shape == "reporter-headlines" && chosen.Count == 1)
            {
                paragraphs.Add(ArticleSubheadings[random.Next(ArticleSubheadings.Length)]);
                paragraphs.Add(reporterLines[k]);
                paragraphs.Add(ArticleSubheadingText);
            }
            signatures.Add(Signature(shape == "led-briefs" ? FirstSentences(lead, 150) : shape == "topic-teasers" ? body : lead, k == 0 ? null : shared, item, shape));
        }
        // Under the last item, its source and tags, then two or three other items' teasers, each cut after 30 to 50 characters.
        if (shape == "related-teasers")
        {
            paragraphs.Add($"来源：{province}工人报");
            paragraphs.Add("标签：");
            foreach (var other in pool.Where(i => !chosen.Contains(i)).OrderBy(Rank).Take(random.Next(2, 4)))
                paragraphs.Add($"{DatelinePlace(other)}{TeaserPapers[random.Next(TeaserPapers.Length)]}{Reporters[random.Next(Reporters.Length)]}{other.Lead[..Math.Min(other.Lead.Length, random.Next(30, 51))]}...");
        }
        return new Page(shape, headline, paragraphs, signatures);
    }

    private static string PlaceOf(Item item) => item.Place.Length > 0 ? item.Place : item.ShortOrganisation;

    /// <summary>The place a paper's dateline names, without its level (青山县 → 青山讯), else the union's short name.</summary>
    private static string DatelinePlace(Item item) =>
        item.Place.Length >= 3 && item.Place[^1] is '市' or '区' or '县' ? item.Place[..^1] : item.Place.Length >= 2 ? item.Place : item.ShortOrganisation;

    /// <summary>A place-titled heading's headline: the item's own, a phrase written here, or two phrases joined by a comma.</summary>
    private static string PlaceHeadline(Item item, Random random) => random.Next(3) switch
    {
        0 => item.Headline!,
        1 => PlaceHeadlines[random.Next(PlaceHeadlines.Length)],
        _ => $"{PlaceHeadlines[random.Next(PlaceHeadlines.Length)]}，{PlaceHeadlines[random.Next(PlaceHeadlines.Length)]}",
    };

    /// <summary>An item's first sentence as a brief of a semicolon run: closed by a semicolon, or by a full stop when it is the run's last.</summary>
    private static string Brief(string lead, bool last)
    {
        var sentence = FirstSentences(lead, 120);
        return sentence.TrimEnd('。', '！', '？') + (last ? "。" : "；");
    }

    /// <summary>A phrase of the item's own text that identifies it on the page (past what the digest shape rewrites).</summary>
    private static string Signature(string lead, Item? shared, Item item, string shape)
    {
        var text = shape == "one-union-digest" && shared is not null ? lead.Replace(item.Organisation, shared.ShortOrganisation).Replace(item.ShortOrganisation, shared.ShortOrganisation) : lead;
        var from = Math.Min(20, text.Length / 3);
        return text.Substring(from, Math.Min(14, text.Length - from));
    }

    /// <summary>
    /// The lead opening with a day (8月28日，) unless it opens with a date already; the day stands for a vague time the
    /// lead opens with (日前，, 近日，): nobody writes 8月28日，日前，.
    /// </summary>
    private static string WithDate(string lead, Random random) =>
        char.IsAsciiDigit(lead[0]) ? lead : $"{random.Next(1, 13)}月{random.Next(1, 29)}日，{VagueTime().Replace(lead, "", 1)}";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:日前|近日|近期|连日来|連日來|昨天|昨日|今天|今日)\s*[，,]\s*")]
    private static partial System.Text.RegularExpressions.Regex VagueTime();

    private static string FirstSentences(string lead, int max)
    {
        var end = -1;
        for (var i = 0; i < lead.Length && i < max; i++)
            if (lead[i] is '。' or '！' or '？') end = i;
        return end > 0 ? lead[..(end + 1)] : lead;
    }

    /// <summary>0 exact; -1 fewer reports than items; 1 more; 2 as many but cut elsewhere.</summary>
    private static int Judge(Page page, IReadOnlyList<Report> reports)
    {
        if (reports.Count < page.Signatures.Count) return -1;
        if (reports.Count > page.Signatures.Count) return 1;
        for (var i = 0; i < reports.Count; i++)
        {
            var text = reports[i].Title + "\n" + string.Join("\n", reports[i].Passages.SelectMany(p => p.Occurrences.Select(o => o.Text).Prepend(p.Text)));
            if (!text.Contains(page.Signatures[i], StringComparison.Ordinal)) return 2;
        }
        return 0;
    }

    /// <summary>The union's name without the province and city its label writes before it (上海市松江区总工会 → 松江区总工会).</summary>
    private static string ShortName(LabelledReport label)
    {
        var name = label.Organisation;
        foreach (var prefix in new[] { label.Province, label.City })
            if (prefix.Length > 0 && name.StartsWith(prefix, StringComparison.Ordinal) && name.Length - prefix.Length >= 4 && name[prefix.Length] is not ('总' or '工')) name = name[prefix.Length..];
        return name;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[^，,。]{0,14}(?:[讯訊]|\d日[电電])\s*(?:[（(][^）)]{0,60}[）)])?|[（(](?:记者|通讯员|記者|通訊員)[^）)]{0,30}[）)])\s*[，,：:]?\s*")]
    private static partial System.Text.RegularExpressions.Regex NewsLead();
}
