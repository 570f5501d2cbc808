using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Where a report is when the union acting has no place of its own: not where an enterprise's outing went, at the
/// venue where unions of several places founded or signed something together, and nowhere when a peer union came to
/// the writer's unnamed area (来我县). Sentences written for these tests.
/// </summary>
public class TripsVenuesAndPeersTests
{
    [Fact]
    public void An_enterprises_outing_places_it_nowhere_when_the_text_names_no_other_place()
    {
        var attribution = Attribute("华信公司工会组织职工参观学习",
            "4月12日，华信公司工会组织一线职工赴延安革命纪念馆参观学习，重温入党誓词。",
            "职工们表示，要把学到的精神带回岗位。");
        Assert.Equal("华信公司工会", attribution.Organisation);
        Assert.Null(attribution.Region);
        Assert.Equal("none", attribution.RegionSource);
    }

    [Fact]
    public void An_enterprises_outing_leaves_the_place_the_text_names_besides()
    {
        // Counter-case: the destination is left out, the company's own place written besides stays.
        var attribution = Attribute("华信公司工会组织职工疗休养",
            "华信公司工会近日分三批组织职工前往舟山疗休养。",
            "华信公司位于宁波市北仑区，现有职工八百余人，工会每年安排一线职工疗休养。");
        Assert.Equal("浙江省/宁波市/北仑区", attribution.Region);
    }

    [Fact]
    public void Places_inside_the_destination_are_the_trips_too()
    {
        // 林芝 and the town under it are where the delivery went, not the company's seat.
        var attribution = Attribute("华信公司工会夏送清凉",
            "7月2日，华信公司工会慰问组到西藏林芝项目部开展夏送清凉慰问。",
            "慰问组还在巴宜区看望了当地困难群众。");
        Assert.Null(attribution.Region);
    }

    [Fact]
    public void A_sightseeing_trip_places_nothing()
    {
        // 游览 says what the trip is for itself.
        Assert.Null(Attribute("华信公司工会欢度三八节",
            "三八节当天，华信公司工会组织女职工游览秦皇岛海底世界，共度节日。").Region);
    }

    [Fact]
    public void A_visit_to_study_is_no_outing()
    {
        // Counter-case: 赴…调研 is a visit, read by the visit conventions; its place stays.
        Assert.Equal("浙江省/宁波市/北仑区", Attribute("华信公司工会赴北仑港区调研",
            "华信公司工会赴宁波北仑港区开展调研，了解码头职工的需求。").Region);
    }

    [Fact]
    public void An_area_union_keeps_the_place_it_goes_to()
    {
        // Counter-case: a bare 区总工会 delivering care in its district acts there (its region is where it goes).
        Assert.Equal("江苏省/南京市/雨花台区", Attribute("区总工会走访慰问困难职工",
            "1月10日，区总工会主席率队来到雨花台区铁心桥街道看望慰问困难职工，送去慰问金和年货。").Region);
    }

    [Fact]
    public void Unions_of_several_provinces_signing_together_are_where_they_sign()
    {
        var attribution = Attribute("三地工会签署职工服务协作协议",
            "日前，江苏省总工会、浙江省总工会、上海市总工会在嘉善签署职工服务协作协议，约定互认职工服务阵地。");
        Assert.Equal("", attribution.Organisation);
        Assert.Equal("浙江省/嘉兴市/嘉善县", attribution.Region);
    }

    [Fact]
    public void An_alliance_founded_by_several_cities_unions_is_where_it_is_founded()
    {
        var attribution = Attribute("跨省城市工会职工文化联盟成立",
            "昨天，城市工会职工文化联盟在江苏常州成立，来自浙江省杭州市、安徽省合肥市、上海市浦东新区和江苏省南京市的工会代表出席，约定每年轮流举办职工艺术节。");
        Assert.Equal("江苏省/常州市", attribution.Region);
    }

    [Fact]
    public void A_founding_anniversary_is_no_venue()
    {
        // Counter-case: 成立 of an anniversary names no place, and the text names none: no region.
        var attribution = Attribute("华信公司工会开展健步走",
            "在中华全国总工会成立100周年之际，华信公司工会组织职工在厂区开展健步走。");
        Assert.Null(attribution.Region);
    }

    [Fact]
    public void A_peer_union_coming_to_the_writers_county_places_nothing()
    {
        var attribution = Attribute("",
            "5月10日，仪征市总工会一行来我县考察工会工作，参观了县职工服务中心。",
            "座谈会上，县总工会负责同志介绍了我县工会工作情况。");
        Assert.Equal("", attribution.Organisation);
        Assert.Null(attribution.Region);
    }

    [Fact]
    public void A_higher_union_coming_to_the_writers_county_still_gives_its_province()
    {
        // Counter-case: 我县 lies inside the visiting province's union's area.
        Assert.Equal("江苏省", Attribute("",
            "5月10日，江苏省总工会一行来我县调研职工服务阵地建设。",
            "座谈会上，县总工会负责同志介绍了我县工会工作情况。").Region);
    }

    [Fact]
    public void Visitors_going_elsewhere_still_place_the_text_by_their_area()
    {
        // Counter-case: no 来我县; a text placed only by its visitors is where they came, as before.
        Assert.Equal("江苏省/扬州市/仪征市", Attribute("",
            "5月10日，仪征市总工会一行来到开发区考察工会工作，参观了职工服务中心。").Region);
    }
}
