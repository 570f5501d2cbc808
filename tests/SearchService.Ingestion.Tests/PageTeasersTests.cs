using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A tag page of teasers without headlines of their own: the page's first teaser (its headline over its lead), then
/// other pages' paragraphs the site cut to one length, or placed in another province after the lead printed twice. Each
/// teaser is a report; one article's paragraphs (cut at different lengths, cut once at the page's end, or going on in
/// its own place after its summary) stay one. Every sentence here is the tests' own.
/// </summary>
public sealed class PageTeasersTests
{
    private const string Headline = "青山县总工会举办职工趣味运动会";
    private const string Lead = "5月10日，青山县总工会在县体育中心举办职工趣味运动会，全县四十多家单位的六百余名职工参加了拔河、跳绳和接力等项目。";

    // Each a different page's opening, long enough to be cut by the site.
    private const string Second = "今年以来，白水区总工会把新就业形态劳动者入会作为重点工作，联合区交通运输局走访快递、外卖和网约车企业二十余家，现场为骑手和司机办理入会手续，并为他们送上夏季防暑用品和工会会员卡，受到大家欢迎。";
    private const string Third = "记者从绿洲市总工会获悉，该市今年新建的三十个户外劳动者服务站已全部投入使用，站内配备了饮水机、微波炉、充电设备和急救药箱，为环卫工人、交警和快递员等提供歇脚、喝水、热饭的便利，下一步还将继续扩大覆盖范围。";
    private const string Fourth = "为进一步弘扬劳模精神和工匠精神，红石镇工会近日组织开展劳模进企业宣讲活动，邀请三位全国劳动模范走进车间，与一线职工面对面交流成长经历和技术心得，鼓励青年职工钻研技术、岗位成才，现场气氛十分热烈。";

    private static string Cut(string text, int length) => text[..length];

    [Fact]
    public void Paragraphs_cut_to_one_length_under_the_first_teaser_are_teasers_of_their_own()
    {
        var result = IngestItems(string.Join("\n", Headline, Lead, Lead, Cut(Second, 86), Cut(Third, 86), Cut(Fourth, 86)), 4);
        Assert.Equal(Headline, result.Reports[0].Title);
        Assert.Contains("白水区总工会", result.Reports[1].Passages.First().Text);
        Assert.Contains("绿洲市总工会", result.Reports[2].Passages.First().Text);
        Assert.Contains("红石镇工会", result.Reports[3].Passages.First().Text);
    }

    [Fact]
    public void A_page_of_nothing_but_teasers_cut_to_one_length_gives_each_its_report()
    {
        IngestItems(string.Join("\n", Cut(Second, 81), Cut(Third, 81), Cut(Fourth, 81)), 3);
    }

    [Fact]
    public void A_teaser_the_site_cut_right_after_a_comma_is_cut_as_the_others_are()
    {
        // The site counts characters: one teaser of the three happens to stop after its comma.
        IngestItems(string.Join("\n", Headline, Lead, Cut(Second, 89), Cut(Third, 89), Cut(Fourth, 89)), 4);
    }

    [Fact]
    public void The_last_teaser_may_stop_right_after_its_sentence()
    {
        // Cut at 96 characters, the second page's opening ends exactly there with its full stop; the other two do not.
        IngestItems(string.Join("\n", Headline, Lead, Cut(Third, 96), Cut(Fourth, 96), Cut(Second, 96)), 4);
    }

    [Fact]
    public void Lines_cut_to_one_length_shorter_than_a_teasers_stay_a_wrapped_paragraph()
    {
        // A hard wrap at 40 characters: its lines stop mid-sentence at one length too, and are one paragraph.
        const string wrapped = Second + Third;
        IngestItems(string.Join("\n", Headline, wrapped[..40], wrapped[40..80], wrapped[80..120], wrapped[120..160], wrapped[160..]), 1);
    }

    [Theory]
    [InlineData("。/ 青山县总工会供图")]
    [InlineData("。 王明 摄")]
    public void Captions_signed_after_their_sentence_are_no_cut_teasers_whatever_their_length(string credit)
    {
        // Two captions that happen to be as long as each other: each ends its sentence before its credit.
        var first = Cut(Second, 86) + credit;
        var second = Cut(Third, 86) + credit;
        Assert.Equal(first.Length, second.Length);
        Assert.False(Splitting.ListDocument.EndsInCutTeasers([Lead, first, second]));
        Assert.True(Splitting.ListDocument.EndsInCutTeasers([Lead, Cut(Second, 86), Cut(Third, 86)]));
    }

    [Fact]
    public void One_articles_paragraphs_cut_at_different_lengths_stay_one_report()
    {
        // An abridged article: each paragraph broken off where the copier stopped, each at its own length.
        const string first = "日前，青山县总工会召开全县工会工作会议，总结去年工作成绩，部署今年重点任务，会议指出要围绕中心服务大局，团结动员全县职工建功立业";
        const string second = "会议要求，各级工会要持续深化劳动和技能竞赛，广泛开展职工技能培训，加快建设一支知识型技能型创新型的职工队伍，为全县经济发展提供人才支撑和智力支持";
        const string third = "会议还对困难职工帮扶、职工服务阵地建设和工会经费管理等工作作出具体安排，要求各级工会干部转变作风，深入基层一线，切实为职工办实事解难题";
        IngestItems(string.Join("\n", "青山县召开全县工会工作会议", first, second, third), 1);
    }

    [Fact]
    public void An_article_cut_once_at_the_pages_end_stays_one_report()
    {
        IngestItems(string.Join("\n", Headline, Lead, "比赛现场，各代表队职工精神饱满、相互配合，赛出了风格，赛出了水平。", Cut(Fourth, 86)), 1);
    }

    [Fact]
    public void Teasers_cut_to_one_length_followed_by_a_whole_paragraph_are_no_such_page()
    {
        // The last paragraph ends its sentence: nothing says the site cut every paragraph from some point on.
        IngestItems(string.Join("\n", Headline, Lead, Cut(Second, 86) + "，", "比赛现场，各代表队职工精神饱满、相互配合，赛出了风格，赛出了水平。"), 1);
    }

    private const string ProvinceHeadline = "浙江省总工会召开全省职工技能竞赛表彰大会";
    private const string ProvinceLead = "4月26日，浙江省总工会在杭州召开全省职工技能竞赛表彰大会，对在竞赛中取得优异成绩的一百名技术能手和二十个优秀班组予以表彰。";

    [Fact]
    public void After_a_lead_printed_twice_a_paragraph_of_another_province_opens_a_teaser()
    {
        var result = IngestItems(string.Join("\n", ProvinceHeadline, ProvinceLead, ProvinceLead,
            "会上还通报了我市职工在全国技能大赛中获得的奖项，宣读了天津市总工会的表彰决定，获奖代表作了交流发言。",
            "节日期间，津南区不少职工带着家人到郊外踏青采摘，乡村游持续升温。"), 2);
        Assert.Equal(ProvinceHeadline, result.Reports[0].Title);
        Assert.Contains("天津市总工会", result.Reports[1].Passages.First().Text);
        Assert.Contains(result.Reports[1].Passages, p => p.Text.Contains("津南区"));
    }

    [Fact]
    public void After_its_summary_printed_over_its_text_an_article_going_on_in_its_province_stays_one_report()
    {
        IngestItems(string.Join("\n", ProvinceHeadline, ProvinceLead, ProvinceLead,
            "会上，宁波、温州等地的获奖代表作了交流发言，分享了在岗位上钻研技术、攻坚克难的经历。",
            "大会号召全省广大职工以先进为榜样，立足岗位建功立业。"), 1);
    }

    [Fact]
    public void A_lead_printed_once_over_another_provinces_paragraph_is_no_teaser_page()
    {
        // One article may name another province's union it met: only the lead printed twice says the page is a tag page.
        IngestItems(string.Join("\n", ProvinceHeadline, ProvinceLead,
            "会上还邀请天津市总工会的代表介绍了当地开展职工技能竞赛的经验做法，与会人员深受启发。",
            "大会号召全省广大职工以先进为榜样，立足岗位建功立业。"), 1);
    }
}
