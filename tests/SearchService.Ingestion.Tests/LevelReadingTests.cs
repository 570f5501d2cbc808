using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// The level of union a headline names itself: a speech at an area-wide union meeting is that area's union's (the
/// level the meeting is), and a higher area's programme unveiled in a lower place is the higher union's when it takes
/// part, as the labels' "several levels acting together" reads a higher and a lower union handing over together. Every
/// sentence here is the tests' own.
/// </summary>
public class LevelReadingTests
{
    [Theory]
    [InlineData("在全市工会基层建设推进会上的讲话", "市")]
    [InlineData("在全省工会工作会议上的讲话", "省")]
    [InlineData("某某同志在全州工会女职工工作会议上的讲话", "市")]
    [InlineData("在全市工会经审工作会上的发言", "市")]
    // Not a union meeting, not a speech, not area-wide.
    [InlineData("在全市安全生产工作会议上的讲话", null)]
    [InlineData("全市工会基层建设推进会召开", null)]
    [InlineData("在市总工会机关全体会议上的讲话", null)]
    public void A_speech_at_an_area_wide_union_meeting_names_its_level(string headline, string? level) =>
        Assert.Equal(level, ReportAttributor.AreaMeetingSpeech(headline));

    [Fact]
    public void A_speech_at_a_city_wide_meeting_is_the_prefectures_union_though_a_county_level_citys_union_reports_there()
    {
        // 福安市 and 福鼎市 are county-level cities of 宁德: the bare 市总工会 that convenes 全市 is 宁德's.
        var paragraphs = new[]
        {
            "各位代表：这次推进会由市总工会召集，目的是把一年来基层建会的经验摆一摆、比一比。",
            "刚才，蕉城区和福安市总工会分别介绍了他们推进基层建设的做法，讲得都很好。",
            "下面，我就明年的工作讲几点意见。",
        };
        foreach (var organisation in OrganisationByBothScorings("在全市工会基层建设推进会上的讲话", paragraphs))
            Assert.Equal("宁德市总工会", organisation);
    }

    [Fact]
    public void A_county_level_citys_own_meeting_report_stays_its_own()
    {
        // The same words without the speech headline: the county-level city's union reporting stays whatever the scorer reads.
        var paragraphs = new[]
        {
            "近日，福安市总工会召开基层建设推进会，总结交流今年的做法。",
            "会上，福安市总工会主席对明年的工作作了部署。",
        };
        foreach (var organisation in OrganisationByBothScorings("福安市总工会召开基层建设推进会", paragraphs))
            Assert.Equal("福安市总工会", organisation);
    }

    [Theory]
    [InlineData("3月5日，吴兴区某山庄举行了湖州市职工健康休养基地授牌活动。", "湖州市职工健康休养基地")]
    [InlineData("近日，某街道某社区举行了市级示范职工书屋授牌活动。", "市级示范职工书屋")]
    [InlineData("近日，吴兴区举行了区级职工之家授牌仪式。", "区级职工之家")]
    // A ceremony that unveils nothing, a plaque unveiled without a ceremony held.
    [InlineData("近日，吴兴区举行职工疗休养基地推介会。", null)]
    [InlineData("近日，湖州市职工疗休养基地在吴兴区揭牌。", null)]
    public void A_programme_unveiled_at_a_ceremony_is_found(string sentence, string? programme) =>
        Assert.Equal(programme, ReportAttributor.HigherProgrammeUnveiled(sentence));

    [Fact]
    public void A_higher_areas_base_unveiled_in_a_lower_place_with_the_higher_union_taking_part_is_the_higher_unions()
    {
        var paragraphs = new[]
        {
            "3月5日，吴兴区某山庄举行了湖州市职工健康休养基地授牌活动。湖州市总工会副主席把牌子交到山庄负责人手中，吴兴区总工会主席在一旁介绍了山庄的情况。",
            "据介绍，今年区里还会分批安排一线职工来这里休养。",
        };
        foreach (var organisation in OrganisationByBothScorings("吴兴区某山庄举行湖州市职工健康休养基地授牌活动", paragraphs))
            Assert.Equal("湖州市总工会", organisation);
    }

    [Fact]
    public void A_city_level_reading_room_given_books_by_the_city_union_in_a_county_is_the_city_unions()
    {
        var paragraphs = new[]
        {
            "5月8日，德清县某社区举行了市级示范职工书屋授牌活动，湖州市总工会带来了三百多本新书，县总工会添置了两组书柜。",
            "德清县总工会的同志也到场，和社区居民一起翻看新书。",
        };
        foreach (var organisation in OrganisationByBothScorings("德清县某社区举行市级示范职工书屋授牌活动", paragraphs))
            Assert.Equal("湖州市总工会", organisation);
    }

    [Fact]
    public void A_lead_that_opens_with_its_purpose_tells_the_ceremony_in_its_second_sentence()
    {
        // No headline; a bare 市总工会 placed by the county the text names.
        var paragraphs = new[]
        {
            "为了让社区里的职工下班后有个看书的地方。5月8日，德清县某社区举行了市级示范职工书屋授牌活动，市总工会带来了三百多本新书，县总工会添置了两组书柜。",
            "德清县总工会的同志也到场，和社区居民一起翻看新书。",
        };
        foreach (var organisation in OrganisationByBothScorings("", paragraphs))
            Assert.Equal("湖州市总工会", organisation);
    }

    [Fact]
    public void A_lower_places_own_base_or_a_higher_programme_without_the_higher_union_stays_the_lower_unions()
    {
        // The county's own base: same level, nothing to move.
        var own = new[]
        {
            "3月5日，吴兴区某山庄举行了吴兴区职工健康休养基地授牌活动。吴兴区总工会主席把牌子交到山庄负责人手中。",
            "据介绍，今年区里还会分批安排一线职工来这里休养。",
        };
        foreach (var organisation in OrganisationByBothScorings("吴兴区某山庄举行职工健康休养基地授牌活动", own))
            Assert.Equal("湖州市吴兴区总工会", organisation);
        // The city's programme, but the city's union never named: the district's union that holds the ceremony.
        var alone = new[]
        {
            "3月5日，吴兴区某山庄举行了湖州市职工健康休养基地授牌活动。吴兴区总工会主席把牌子交到山庄负责人手中。",
            "据介绍，今年区里还会分批安排一线职工来这里休养。",
        };
        foreach (var organisation in OrganisationByBothScorings("吴兴区某山庄举行湖州市职工健康休养基地授牌活动", alone))
            Assert.Equal("湖州市吴兴区总工会", organisation);
    }

    [Fact]
    public void A_provincial_sites_profile_box_over_a_citys_news_is_the_pages_not_the_news()
    {
        var paragraphs = new[]
        {
            "浙江省总工会是全省职工自己的群众组织，本网站介绍它的机构、职能和联系方式。",
            "9月3日，湖州市总工会组织职工书画家赴嘉兴开展书画交流活动，两地书画家现场挥毫。",
            "活动现场墨香四溢，职工们纷纷表示收获满满。",
        };
        foreach (var organisation in OrganisationByBothScorings("", paragraphs))
            Assert.Equal("湖州市总工会", organisation);
    }

    [Fact]
    public void A_unions_own_profile_page_stays_its_own()
    {
        // The profile with nothing after it but the page's menu: the page is the union's own.
        var paragraphs = new[]
        {
            "浙江省总工会是全省职工自己的群众组织，本网站介绍它的机构、职能和联系方式。",
            "部门设置",
            "打印",
        };
        foreach (var organisation in OrganisationByBothScorings("", paragraphs))
            Assert.Equal("浙江省总工会", organisation);
    }
}
