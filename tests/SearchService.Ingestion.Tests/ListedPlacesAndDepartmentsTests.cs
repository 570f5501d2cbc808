using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Names cut short, never found or found where there is none (round 25): a government department whose name joins two
/// fields with 和, a union's station named after its site, a railway depot's union written 该段工会, a women workers'
/// committee written after its unit; on sentences written for these tests.
/// </summary>
public class ListedPlacesAndDepartmentsTests
{
    private static List<string> Names(string text) => Organisations.Names.Find(text).Select(m => m.Name).ToList();

    [Theory]
    [InlineData("近日，林芝市人力资源和社会保障局工会开展健步走。", "林芝市人力资源和社会保障局工会")]
    [InlineData("近日，某市住房和城乡建设局工会开展健步走。", "某市住房和城乡建设局工会")]
    [InlineData("近日，林芝市行政审批和政务服务局工会开展健步走。", "林芝市行政审批和政务服务局工会")]
    // Counter-cases: two units joined by 和, or a second name opened by a level or a place, are cut at 和.
    [InlineData("近日，红星公司和某某服务局工会开展健步走。", "某某服务局工会")]
    [InlineData("近日，某某税务局和某某服务局工会开展健步走。", "某某服务局工会")]
    [InlineData("近日，职工和林芝市政务服务局工会开展健步走。", "林芝市政务服务局工会")]
    [InlineData("近日，职工和市政务服务局工会开展健步走。", "市政务服务局工会")]
    [InlineData("近日，职工家属和红星机械有限公司工会开展健步走。", "红星机械有限公司工会")]
    public void A_department_joining_two_fields_with_和_is_one_name(string text, string name) =>
        Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("近日，某市东湖广场工会爱心驿站正式投入使用。", null)]        // named after the square it stands on
    [InlineData("近日，某市长江路工会驿站正式投入使用。", null)]              // after the road
    [InlineData("近日，城南停车场工会驿站正式投入使用。", null)]
    [InlineData("近日，某市东城区文化中心工会驿站正式投入使用。", null)]     // a venue
    [InlineData("近日，两名快递员走进某市体育中心工会爱心驿站休息。", null)]
    [InlineData("近日，郑州市总工会在会展中心工会驿站开展慰问。", "郑州市总工会")]
    [InlineData("近日，南宁市总工会在东湖广场工会驿站开展慰问。", "南宁市总工会")]  // the union that acts is still found
    // Counter-cases: a community's, an enterprise's or a railway's union runs its own station; a square's union without
    // a station after it is as written.
    [InlineData("近日，东湖社区工会驿站正式投入使用。", "东湖社区工会")]
    [InlineData("近日，红星物流有限公司工会驿站正式投入使用。", "红星物流有限公司工会")]
    [InlineData("近日，某某铁路工会驿站正式投入使用。", "某某铁路工会")]
    [InlineData("近日，东湖广场工会组织商户开展消防演练。", "东湖广场工会")]
    [InlineData("近日，某市文化中心工会组织职工开展健步走。", "某市文化中心工会")]
    public void A_station_named_after_its_site_is_no_union(string text, string? name) =>
        Assert.Equal(name, FirstName(text));

    [Fact]
    public void A_depots_union_written_as_this_depot_is_the_union_of_the_depot_the_text_names()
    {
        Assert.Equal("重庆西车辆段工会", Attribute("重庆西车辆段开展冬季送温暖",
            "近日，重庆西车辆段为一线班组配发防寒物资。", "该段工会还为职工食堂添置了保温设备。").Organisation);
        Assert.Equal("红星机务段工会", Attribute("红星机务段举办技能比武", "近日，红星机务段举办技能比武。", "本段工会为获奖职工颁奖。").Organisation);
        // Counter-cases: no depot named, no organisation from 该段工会 alone; a mine's union still the mine's.
        Assert.Equal("", Attribute("技能比武", "近日，该段工会为获奖职工颁奖，一线职工踊跃参加。").Organisation);
        Assert.Equal("红星煤矿工会", Attribute("红星煤矿开展技能比武", "近日，红星煤矿举办技能比武。", "该矿工会为获奖职工颁奖。").Organisation);
    }

    [Theory]
    [InlineData("近日，柳州市女职委召开女职工工作座谈会。", "柳州市总工会")]
    [InlineData("近日，红星机械有限公司女工委举办插花活动。", "红星机械有限公司工会")]
    [InlineData("近日，柳州市女职工委员会召开女职工工作座谈会。", "柳州市总工会")]
    // Counter-cases: written after its union, the union as found; no unit before it, nothing; a bare level, nothing.
    [InlineData("近日，柳州市总工会女职委召开女职工工作座谈会。", "柳州市总工会")]
    [InlineData("近日，女职委召开女职工工作座谈会。", null)]
    [InlineData("近日，市女职委召开女职工工作座谈会。", null)]
    public void A_women_workers_committee_written_after_its_unit_speaks_for_its_union(string text, string? name) =>
        Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("邻水县：寒冬里把暖意送到路边", "邻水县于近日开展了冬季走访活动，给交通、环卫、快递这几类路边岗位上的职工带去棉手套和热姜茶。", "邻水县总工会")]
    [InlineData("邻水县多途径推进工会组建", "为实现全年建会目标，邻水县除开展党工共建、强化组织领导外，还以返还工会筹备金的办法促进中小企业建会。", "邻水县总工会")]
    // Counter-cases: an area in a time clause or merely named is no actor; a union named in the lead is the one found.
    [InlineData("一线职工暖心过冬", "近日，在邻水县于近日召开的座谈会上，一线职工代表纷纷发言，讲述自己在交通、环卫、快递等岗位上的工作和生活。", "")]
    [InlineData("邻水县：寒冬里把暖意送到路边", "邻水县总工会于近日开展了冬季走访活动，给交通、环卫、快递这几类路边岗位上的职工带去棉手套和热姜茶。", "邻水县总工会")]
    public void An_area_acting_after_a_time_or_a_word_of_addition_is_its_general_unions_news(string title, string lead, string name) =>
        Assert.Equal(name, Attribute(title, lead).Organisation);
}
