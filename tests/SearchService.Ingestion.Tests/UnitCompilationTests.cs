using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A compilation of units' experience items (an exchange meeting's material): each item under its unit's name, its text
/// cut by its own outline — numbered sub-headings, quoted section titles — which never starts an item of its own; and
/// compilations numbering their units' items. Every sentence here is the tests' own.
/// </summary>
public sealed class UnitCompilationTests
{
    private const string OutlineOne = "坚持把服务职工作为工作的出发点和落脚点，建立健全职工需求清单，全年开展各类服务活动三十余场次。";
    private const string OutlineTwo = "我们将工会工作纳入年度考核内容，实行主席负责制，定期召开推进会研究解决工作中遇到的问题。";
    // A later unit's sections tell its own experience (a page repeating a paragraph word for word repeats one item).
    private const string OutlineThree = "依托职工之家和职工书屋等阵地，常态化开展读书分享、文体比赛和心理疏导等活动，职工的幸福感不断增强。";
    private const string OutlineFour = "各基层工会结合自身实际，积极探索灵活多样的入会方式，新建工会组织十余家，新发展会员八百余人。";

    [Fact]
    public void A_units_item_with_quoted_section_titles_stays_one_report()
    {
        var result = Ingest($"""
            服务职工工作经验做法选编
            青田县总工会
            近日，青田县总工会在全县推行职工服务“三张清单”，把服务送到企业车间和施工一线。
            “暖心驿站”让户外劳动者有了歇脚地
            {OutlineOne}
            “职工点单、工会买单”
            {OutlineTwo}
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void Units_items_each_under_its_name_over_a_quoted_title_are_one_report_each_whatever_their_section_titles()
    {
        var result = IngestItems($"""
            基层工会工作经验交流材料
            青田县总工会
            近日，青田县总工会在全县推行职工服务“三张清单”，把服务送到企业车间和施工一线。
            “职工点单、工会买单”
            {OutlineOne}
            龙泉市总工会
            “小阵地”发挥大作用
            今年以来，龙泉市总工会新建职工书屋十二家，每家配备图书两千余册。
            “三个一”工作法激活服务末梢
            {OutlineThree}
            """, 2);
        Assert.Equal("青田县总工会", result.Reports[0].Organisation);
        Assert.Equal("龙泉市总工会", result.Reports[1].Organisation);
    }

    [Fact]
    public void A_unions_name_over_a_headline_at_the_top_of_a_page_is_its_letterhead_and_heads_no_item()
    {
        var result = Ingest($"""
            龙泉市总工会
            “小阵地”发挥大作用
            今年以来，龙泉市总工会新建职工书屋十二家，每家配备图书两千余册。
            {OutlineTwo}
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void Units_items_with_numbered_sub_headings_are_one_report_each_and_an_editors_note_opens_the_first()
    {
        var result = IngestItems($"""
            编者按：为交流推广基层工会服务职工的经验做法，现将部分单位的材料摘编如下，供各地学习借鉴。
            青田县总工会
            近日，青田县总工会在全县推行职工服务“三张清单”，把服务送到企业车间和施工一线。
            一、强化政治引领，凝聚职工思想共识
            {OutlineOne}
            二、健全服务体系
            {OutlineTwo}
            龙泉市总工会
            今年以来，龙泉市总工会新建职工书屋十二家，每家配备图书两千余册。
            一、建强基层组织
            {OutlineThree}
            二、压实工作责任
            {OutlineFour}
            """, 2);
        Assert.StartsWith("编者按", result.Reports[0].Passages.First().Text);
    }

    [Fact]
    public void A_compilation_numbering_its_units_items_gives_one_report_per_unit_with_its_own_sections()
    {
        var result = IngestItems($"""
            基层工会工作经验交流材料
            一、青田县总工会
            近日，青田县总工会在全县推行职工服务“三张清单”，把服务送到企业车间和施工一线。
            （一）强化政治引领
            {OutlineOne}
            （二）健全服务体系
            {OutlineTwo}
            二、龙泉市总工会
            今年以来，龙泉市总工会新建职工书屋十二家，每家配备图书两千余册。
            （一）建强基层组织
            {OutlineThree}
            三、庆元县总工会
            9月10日，庆元县总工会举办职工技能大赛，两百余名职工同台竞技。
            （一）压实工作责任
            {OutlineFour}
            """, 3);
        Assert.Equal(["青田县总工会", "龙泉市总工会", "庆元县总工会"], result.Reports.Select(r => r.Organisation));
        // The numbered line titles its item as printed.
        Assert.Equal("二、龙泉市总工会", result.Reports[1].Title);
    }

    [Fact]
    public void Numbered_units_over_their_items_headlines_head_their_items()
    {
        var result = IngestItems($"""
            1.青田县总工会：走进工地送温暖
            近日，青田县总工会在全县推行职工服务“三张清单”，把服务送到企业车间和施工一线。
            {OutlineOne}
            2.龙泉市总工会：技能比武展风采
            今年以来，龙泉市总工会新建职工书屋十二家，每家配备图书两千余册。
            {OutlineThree}
            """, 2);
        Assert.Equal("2.龙泉市总工会：技能比武展风采", result.Reports[1].Title);
    }

    [Fact]
    public void A_numbered_place_alone_heads_a_section_of_one_report_not_an_item()
    {
        var result = Ingest($"""
            市总工会深入各县开展送温暖活动
            近日，丽水市总工会组织慰问组分赴各县开展送温暖活动，为困难职工送去慰问金和年货。
            一、青田县
            慰问组走访了三家企业，为二十名困难职工送上慰问金，并了解企业用工情况。
            二、龙泉市
            慰问组来到一处施工工地，为户外劳动者送上棉衣和慰问品，叮嘱大家注意安全。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_section_under_a_higher_unions_guidance_stays_with_the_item_whose_union_goes_on_acting()
    {
        var result = Ingest($"""
            青田县总工会推行职工服务清单
            近日，青田县总工会在全县推行职工服务“三张清单”，把服务送到企业车间和施工一线，受到职工欢迎。
            在浙江省总工会的指导下，我们将工会工作纳入年度考核内容，实行主席负责制，定期召开推进会研究解决工作中遇到的问题。
            {OutlineOne}
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void In_a_round_up_of_unions_paragraphs_an_item_led_by_its_place_then_its_unions_is_an_item_of_its_own()
    {
        var result = IngestItems("""
            浙江：职工就地过年 工会暖心相伴
            春节临近，浙江省总工会向全省职工发出倡议，号召广大职工就地过年。全省各级工会多措并举，为留在当地过年的职工送上温暖。
            丽水市总工会开展“留丽过大年”系列关爱活动，为留在当地过年的外地职工送上年货礼包和新春祝福。
            衢州市总工会发布致外地职工的一封信，精心策划线上游园、云端拜年等十项新春活动。
            湖州市总工会联合多家商户推出职工专属优惠，留湖过年的职工可凭会员卡享受折扣。
            在温州，某某鞋业公司工会对留厂职工及困难员工进行走访慰问，并为他们准备了新年大礼包。
            在台州，市、县两级工会共筹集专项资金五十万元，为留在当地过节的外地职工送去节日祝福。
            """, 6);
        // The lead, the province's union calling, is that union's report; each city's brief is its own, the place-led ones too.
        Assert.StartsWith("在温州", result.Reports[4].Passages.First().Text);
        Assert.StartsWith("在台州", result.Reports[5].Passages.First().Text);
    }

    [Fact]
    public void One_reports_paragraph_led_by_a_place_where_its_own_union_acts_stays_in_it()
    {
        var result = Ingest("""
            丽水市总工会深入各地开展送温暖活动
            近日，丽水市总工会组织慰问组分赴各县开展送温暖活动，为困难职工送去慰问金和年货，受到职工欢迎。
            在青田，慰问组和县总工会一起走访了三家企业，为二十名困难职工送上慰问金，并了解企业用工情况。
            在龙泉，慰问组来到一处施工工地，为户外劳动者送上棉衣和慰问品，叮嘱大家注意安全。
            """);
        Assert.Single(result.Reports);
    }
}
