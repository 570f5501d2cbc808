namespace SearchService.RealDocuments;

/// <summary>
/// Round twenty-five's shapes: a compilation of units' experience items (an exchange meeting's material, a
/// 经验汇编), each item under its unit's name on a line of its own, its text then cut by numbered sub-headings
/// (<c>一、</c>, <c>（一）</c>, <c>1.</c>) or quoted section titles (<c>“三个一”工作法…</c>) that are the item's own
/// outline, never items of their own. The furniture (headlines, sub-headings and the paragraphs under them) is
/// written here; the items' leads are tune's single news items, as in every other shape.
/// </summary>
public static partial class SyntheticPages
{
    private static readonly string[] CompilationShapes = ["unit-numbered-sections", "unit-quoted-sections", "numbered-unit-items"];
    private static readonly string[] CompilationHeadlines = ["基层工会工作经验交流材料", "{0}工会工作典型经验汇编", "服务职工工作经验做法选编"];
    private const string CompilationNote = "编者按：为交流推广基层工会服务职工的经验做法，现将部分单位的材料摘编如下，供各地学习借鉴。";

    // Sub-headings of an item's outline, and what stands under them: nobody's name, or its own union's level alone.
    private static readonly string[] OutlineHeadings =
    [
        "强化政治引领，凝聚职工思想共识", "健全服务体系", "创新工作载体，打造服务品牌", "压实工作责任", "建强基层组织", "深化劳动竞赛，助力高质量发展",
    ];
    private static readonly string[] QuotedHeadings =
    [
        "“暖心驿站”让户外劳动者有了歇脚地", "“职工点单、工会买单”", "“三个一”工作法激活服务末梢", "“娘家人”送服务到一线", "“技能大比武”练出真本领",
    ];
    private static readonly string[] QuotedTitles = ["“四进四送”暖人心 服务职工零距离", "打造“红色工会”品牌", "“小阵地”发挥大作用"];
    private static readonly string[] OutlineParagraphs =
    [
        "坚持把服务职工作为工作的出发点和落脚点，建立健全职工需求清单和服务项目清单，全年开展各类服务活动三十余场次，受益职工五千余人次。",
        "围绕中心工作，广泛开展岗位练兵和技能比武活动，选树一批技术能手和岗位标兵，引导广大职工在各自岗位上建功立业。",
        "我们将工会工作纳入年度考核内容，实行主席负责制和月报告制度，定期召开工作推进会，及时研究解决工作中遇到的困难和问题。",
        "依托职工之家、职工书屋等阵地，常态化开展读书分享、文体比赛和心理疏导等活动，职工的获得感、幸福感不断增强。",
        "各基层工会结合自身实际，积极探索灵活多样的入会方式，新建工会组织十余家，新发展会员八百余人。",
    ];

    private static Page CompileUnits(string shape, List<Item> chosen, string province, Random random)
    {
        var paragraphs = new List<string>();
        var signatures = new List<string>();
        var headline = random.Next(3) == 0 ? "" : string.Format(CompilationHeadlines[random.Next(CompilationHeadlines.Length)], province);
        if (random.Next(2) == 0) paragraphs.Add(CompilationNote);
        // One style a page: the unit's name as written (short, or in full), and its outline's numbering.
        var fullName = random.Next(2) == 0;
        var outline = random.Next(4);
        for (var k = 0; k < chosen.Count; k++)
        {
            var item = chosen[k];
            var name = fullName ? item.Organisation : item.ShortOrganisation;
            if (shape == "numbered-unit-items")
                paragraphs.Add(outline % 2 == 0 ? $"{Chinese[k]}、{name}" : $"{k + 1}.{name}：{PlaceHeadlines[random.Next(PlaceHeadlines.Length)]}");
            else
                paragraphs.Add(name);
            if (shape == "unit-quoted-sections" && random.Next(2) == 0) paragraphs.Add(QuotedTitles[random.Next(QuotedTitles.Length)]);
            paragraphs.Add(item.Lead);
            signatures.Add(Signature(item.Lead, null, item, shape));
            var sections = random.Next(2, 4);
            for (var s = 0; s < sections; s++)
            {
                var heading = shape == "unit-quoted-sections" ? QuotedHeadings[(k + s) % QuotedHeadings.Length] : OutlineHeadings[(k + 2 * s) % OutlineHeadings.Length];
                if (shape != "unit-quoted-sections")
                    heading = (shape == "numbered-unit-items" ? outline % 2 == 0 ? $"（{Chinese[s]}）" : $"（{s + 1}）" : outline switch
                    {
                        0 => $"{Chinese[s]}、",
                        1 => $"（{Chinese[s]}）",
                        2 => $"{s + 1}.",
                        _ => $"{Chinese[s]}、",
                    }) + heading;
                paragraphs.Add(heading);
                // Two levels: the first section's points numbered again inside it.
                if (outline == 3 && s == 0 && shape == "unit-numbered-sections")
                {
                    paragraphs.Add($"（一）{OutlineHeadings[(k + 1) % OutlineHeadings.Length]}");
                    paragraphs.Add(OutlineParagraphs[(k + s) % OutlineParagraphs.Length]);
                    paragraphs.Add($"（二）{OutlineHeadings[(k + 3) % OutlineHeadings.Length]}");
                }
                // Now and then a section guided by the province's union: the item's own union still acts in it.
                paragraphs.Add(s == 1 && random.Next(3) == 0 && province.Length > 0
                    ? $"在{province}总工会的指导下，{OutlineParagraphs[(k + s + 1) % OutlineParagraphs.Length]}"
                    : OutlineParagraphs[(k + s) % OutlineParagraphs.Length]);
            }
        }
        return new Page(shape, headline, paragraphs, signatures);
    }
}
