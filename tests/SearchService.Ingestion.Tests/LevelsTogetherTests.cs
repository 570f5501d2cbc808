using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Unions of different levels of one area acting together — side by side as the lead's subject, or as the host (主办,
/// 组织实施) and the undertaker (承办, 支持协助) of one event — are the highest one's work, the labels' convention since
/// the twenty-first round; unions of one level, or of areas neither inside the other, stay joint. Every sentence here is
/// the tests' own.
/// </summary>
public class LevelsTogetherTests
{
    [Theory]
    // A city's union and two of its districts' unions, each doing its part.
    [InlineData("中秋前夕，湖州市总工会、吴兴区总工会、南浔区总工会分别深入企业走访困难职工。", "湖州市总工会")]
    // A district's union with a street's union under it, doing it together.
    [InlineData("冬至当天，杭州市西湖区总工会、西湖区北山街道总工会等单位共同开展包饺子活动。", "杭州市西湖区总工会")]
    // A province's union and one of its cities' unions, with 联合.
    [InlineData("近日，浙江省总工会和湖州市总工会联合举办职工技能大赛。", "浙江省总工会")]
    public void Unions_of_one_area_at_different_levels_acting_together_are_the_highest_ones(string lead, string expected) =>
        Assert.Equal(expected, Attribute("职工活动暖人心", lead, "活动现场气氛热烈，职工们纷纷表示收获满满。").Organisation);

    [Fact]
    public void A_bare_city_union_listed_beside_a_county_level_citys_union_is_the_prefectures()
    {
        // 福安市 is a county-level city of 宁德: the bare 市总工会 beside its union is 宁德's, the highest of the run.
        var attribution = Attribute("情暖职工 工会有爱",
            "中秋前夕，市总工会、蕉城区总工会、福鼎市总工会、福安市总工会分别深入企业开展走访慰问活动。", "各级工会为职工送上节日的祝福。");
        Assert.Equal("宁德市总工会", attribution.Organisation);
    }

    [Fact]
    public void A_bare_city_union_beside_its_own_towns_unions_stays_the_county_level_citys()
    {
        var attribution = Attribute("情暖职工 工会有爱",
            "中秋前夕，福安市总工会在城北街道开展走访慰问活动。市总工会、城北街道总工会、城南街道总工会分别深入企业走访。", "各级工会为职工送上节日的祝福。");
        Assert.NotEqual("宁德市总工会", attribution.Organisation);
    }

    [Theory]
    [InlineData("在湖州，市、县(区)两级工会共筹集专项资金两百万元，为留湖过节的职工送去祝福。", "湖州市总工会")]
    [InlineData("春节前夕，湖州市、县两级工会开展送温暖活动，走访困难职工三百余户。", "湖州市总工会")]
    public void The_levels_unions_as_the_subject_are_led_by_the_highest_levels_union(string lead, string expected) =>
        Assert.Equal(expected, Attribute("职工活动暖人心", lead, "活动现场气氛热烈，职工们纷纷表示收获满满。").Organisation);

    [Fact]
    public void Levels_unions_only_escorting_a_visit_are_not_its_subject()
    {
        var attribution = Attribute("省总工会领导到湖州调研",
            "近日，浙江省总工会领导到湖州调研，湖州市委副书记以及市、县两级工会相关负责同志陪同调研。", "调研组实地察看了职工服务中心。");
        Assert.NotEqual("湖州市总工会", attribution.Organisation);
    }

    [Theory]
    // Two unions of one level: joint, no one union's.
    [InlineData("近日，安吉县总工会和德清县总工会联合举办青年职工联谊会。")]
    // A city's union and a district of another city: neither lies inside the other.
    [InlineData("近日，湖州市总工会和余杭区总工会联合举办青年职工联谊会。")]
    // Two cities and a district of one of them: the highest level is shared.
    [InlineData("近日，湖州市总工会、嘉兴市总工会、吴兴区总工会共同举办三地职工联谊会。")]
    public void Unions_sharing_the_highest_level_or_of_separate_areas_stay_joint(string lead) =>
        Assert.Equal("", Attribute("职工活动暖人心", lead, "活动现场气氛热烈，职工们纷纷表示收获满满。").Organisation);

    [Fact]
    public void A_headline_naming_the_lower_union_gives_way_to_the_higher_one_it_acts_with()
    {
        var attribution = Attribute("吴兴工会职工联谊会温情开幕",
            "在湖州市总工会与吴兴区总工会的共同筹办下，职工联谊活动基地近日揭牌。", "两百余名青年职工参加了活动。");
        Assert.Equal("湖州市总工会", attribution.Organisation);
    }

    [Fact]
    public void A_headline_naming_a_union_outside_the_joint_run_keeps_its_news()
    {
        var attribution = Attribute("德清县总工会举办职工联谊会",
            "近日，德清县总工会邀请湖州市总工会、吴兴区总工会共同参加青年职工联谊会。", "两百余名青年职工参加了活动。");
        Assert.Equal("德清县总工会", attribution.Organisation);
    }

    [Theory]
    // The higher union hosts what the lower one undertakes.
    [InlineData("6月5日，由湖州市总工会主办，吴兴区总工会联合区应急管理局共同承办的安全知识竞赛启动。", "湖州市总工会")]
    // The national federation carries out a forum its provincial union supports (the statement opens the second paragraph).
    [InlineData("4月20日，职工读书论坛在杭州举办，浙江省总工会主席致辞。|该论坛由中华全国总工会组织实施，浙江省总工会和某出版社支持协助。", "中华全国总工会")]
    // A province's union only guides; of the hosts, the city's union is the highest.
    [InlineData("本次活动由浙江省总工会指导，湖州市委社会工作部、湖州市总工会、团市委、吴兴区总工会主办，湖州市工人文化宫承办。", "湖州市总工会")]
    public void An_organiser_statement_of_several_levels_is_its_highest_hosts(string lead, string expected) =>
        Assert.Equal(expected, Attribute("职工活动暖人心", [.. lead.Split('|'), "活动现场气氛热烈，职工们纷纷表示收获满满。"]).Organisation);

    [Fact]
    public void A_guide_written_before_the_host_with_no_comma_is_still_no_host()
    {
        var attribution = Attribute("职工运动会开幕",
            "5月3日，由浙江省总工会指导、湖州市总工会主办的职工运动会开幕。", "湖州市总工会有关负责人介绍了赛程安排。");
        Assert.Equal("湖州市总工会", attribution.Organisation);
    }

    [Fact]
    public void An_organiser_statement_after_the_leads_first_sentence_is_not_read_for_levels()
    {
        // The community's union opens the lead; the organisers' list comes late and only closes the account.
        var attribution = Attribute("社区职工之家启用",
            "近日，翠苑社区工会联合会在社区党群服务中心开展职工之家启用活动，为辖区职工提供休息、阅读等服务。本次活动由西湖区总工会、翠苑街道总工会、翠苑社区工会联合会主办。",
            "翠苑社区工会联合会负责人表示，将持续做好服务。");
        Assert.NotEqual("杭州市西湖区总工会", attribution.Organisation);
    }

    [Fact]
    public void A_lower_host_with_a_higher_union_supporting_is_not_turned_over_to_the_supporter()
    {
        var attribution = Attribute("职工活动暖人心",
            "6月5日，由吴兴区总工会主办，湖州市总工会支持的安全知识竞赛启动。", "吴兴区总工会有关负责人介绍了竞赛安排。");
        Assert.Equal("湖州市吴兴区总工会", attribution.Organisation);
    }

    [Theory]
    [InlineData("由湖州市总工会主办，吴兴区总工会承办", 1, 1)]
    [InlineData("由湖州市总工会指导，吴兴区总工会主办", 1, 0)]
    [InlineData("由浙江省总工会指导、湖州市总工会主办的职工运动会", 1, 0)]
    [InlineData("由于湖州市总工会主办了比赛，吴兴区总工会承办", 0, 0)]
    public void An_organiser_statement_is_read_clause_by_clause(string sentence, int hosts, int helpers)
    {
        var statements = JointActions.OrganiserStatements(sentence, sentence.Length, Organisations.Names.Find(sentence));
        Assert.Equal(hosts, statements.Sum(s => s.Hosts.Count));
        Assert.Equal(helpers, statements.Sum(s => s.Helpers.Count));
    }
}
