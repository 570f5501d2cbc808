using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>Organisation names, roles, canonical forms, regions and corrections, on sentences written for these tests.</summary>
public class AttributionTests
{
    [Theory]
    [InlineData("职工可以连线杭州工会咨询劳动合同问题。", "杭州市总工会")]
    [InlineData("这里是位于嘉兴合乐城的工会驿站。", null)]
    [InlineData("据苏州工会消息，全市新建驿站二十个。", "苏州市总工会")]
    [InlineData("热线网工会平台今天上线。", null)]
    [InlineData("各级工会要关心职工生活。", null)]
    [InlineData("江北区货运司机工会联合会今天成立。", "江北区货运司机工会联合会")]
    [InlineData("两个行业联合工会同日挂牌。", null)]
    [InlineData("国网某县供电公司工会组织职工义务植树。", "国网某县供电公司工会")]
    [InlineData("南方电网某局工会开展岗位练兵。", "南方电网某局工会")]
    [InlineData("近日，开发区工会举办职工趣味运动会。", null)]
    [InlineData("近日，高新区工会举办职工趣味运动会。", null)]
    [InlineData("近日，工业园区工会举办职工趣味运动会。", null)]
    [InlineData("近日，红星工业园工会举办职工趣味运动会。", "红星工业园工会")]      // a zone's name ends a unit's name, 工业园 as 工业园区
    [InlineData("近日，红星工业园区工会举办职工趣味运动会。", "红星工业园区工会")]
    [InlineData("近日，天津保税区工会举办职工趣味运动会。", "天津保税区工会")]
    [InlineData("自贸区东岸港口片区总工会自组建以来服务职工上万人次。", "自贸区东岸港口片区总工会")]   // a free-trade zone's area
    [InlineData("近日，自贸试验区滨江片区工会举办职工趣味运动会。", "自贸试验区滨江片区工会")]
    [InlineData("2024年全国总工会机关干部到基层蹲点。", "中华全国总工会")]
    [InlineData("2019年工会工作要点已经印发。", null)]
    [InlineData("自2012年工会对口支援开展以来，成效明显。", null)]
    [InlineData("各区工会要做好夏季送清凉工作。", null)]
    [InlineData("座谈中，主席王某就乡镇工会建设提出要求。", null)]
    [InlineData("会上，希望湖滨街道总工会再接再厉。", "湖滨街道总工会")]
    [InlineData("随后，走进长庆街道工会了解服务项目。", "长庆街道总工会")]   // a street's union is its general union (orgs32)
    [InlineData("近日，开发区总工会举办职工趣味运动会。", "开发区总工会")]
    [InlineData("活动吸引了120余名工会会员参加。", null)]
    [InlineData("培训班请来36名工会干部授课。", null)]
    [InlineData("会议总结交流2024年上半年全省工会工作。", null)]
    [InlineData("他们回顾了2023年全市工会的各项工作。", null)]
    [InlineData("近日，东华门街道多宝社区工会联合会走访困难职工。", "东华门街道多宝社区工会联合会")] // 多 is a stop word, not in a community's name
    [InlineData("近日，三和镇总工会走访困难职工。", "三和镇总工会")]
    [InlineData("近日，同乐镇总工会走访困难职工。", "同乐镇总工会")]
    [InlineData("目前，全街道社区工会组建率达到百分之百。", null)]                 // every community's union of the street
    [InlineData("今年全镇工会共开展文体活动二十场。", null)]
    [InlineData("近日，幸福社区党群服务中心工会驿站正式开放。", null)]           // a station inside a centre, not a union
    [InlineData("午后，环卫工人来到职工服务中心工会驿站歇脚。", null)]
    [InlineData("今年以来，泾源县认真贯彻中华全国总工会的部署。", "中华全国总工会")]   // the verb ends the words before the federation
    [InlineData("会场内，职工代表庆祝中华全国总工会成立一百周年。", "中华全国总工会")]
    [InlineData("市民扫码进入东华门街道工会小程序报名。", "东华门街道总工会")]           // a verb inside the words, before a street
    [InlineData("今年，该区基本实现社区工会全覆盖。", null)]                          // a verb before a level that names no one
    [InlineData("希望该局进一步健全工会组织。", null)]                                // an adverb is no part of a name
    [InlineData("2月3日上午石家庄市总工会召开全委会。", "石家庄市总工会")]            // a date glued before a name
    [InlineData("下半年镇总工会将开展技能竞赛。", null)]                              // a time, then a bare town union
    [InlineData("该项目获得2021年度湖北省工会工作创新奖。", "湖北省总工会")]           // a year is no part of a name
    [InlineData("咨询13905710000萧山区总工会。", "杭州市萧山区总工会")]               // nor a telephone number
    [InlineData("全区现有40处工会驿站。", null)]
    [InlineData("全区现有工会会员三万人。", null)]
    [InlineData("为全县经济高质量发展贡献工会力量。", null)]                          // the union's strength, nobody's name
    [InlineData("近日，集团旗下公司工会开展联谊活动。", null)]                        // the companies' unions, not one
    [InlineData("该站荣获长沙市最美工会驿站称号。", null)]                            // an honour, not a name
    [InlineData("近日，特色小镇总工会召开会员大会。", null)]
    [InlineData("这展现了省会城市工会的担当。", null)]
    [InlineData("选举产生新一届东风汽车集团工会委员会。", "东风汽车集团工会")]        // a term's ordinal; the committee is the union
    [InlineData("省以上开发区工会工作经验交流会在某市举行。", null)]                   // a range of levels, then a zone's kind
    [InlineData("这标志着红星工业园工会正式成立。", "红星工业园工会")]                 // verbs jieba's list leaves out
    [InlineData("会议选举产生红星工业园工会首届委员。", "红星工业园工会")]
    [InlineData("某某电气股份有限公司第二次工会会员代表大会召开。", "某某电气股份有限公司工会")]
    public void Fragments_are_not_names_and_full_names_are_not_cut(string text, string? name) =>
        Assert.Equal(name, Organisations.Names.Find(text).Select(m => m.Name).FirstOrDefault(n => OrganisationNames.BareLevel(n) is null));

    [Theory]
    [InlineData("柯桥区总工会", "绍兴市柯桥区总工会")]
    [InlineData("柯桥总工会", "绍兴市柯桥区总工会")]
    [InlineData("绍兴市柯桥区总工会", "绍兴市柯桥区总工会")]
    [InlineData("浙江省台州市仙居县总工会", "仙居县总工会")]
    [InlineData("松江区工会", "上海市松江区总工会")]
    [InlineData("深圳市总", "深圳市总工会")]
    [InlineData("全总", "中华全国总工会")]
    [InlineData("全国总工会", "中华全国总工会")]
    [InlineData("蘇州市總工會", "苏州市总工会")]
    [InlineData("鲁山县总工会", "鲁山县总工会")]
    [InlineData("某某电机厂工会", "某某电机厂工会")]
    [InlineData("楚雄州总工会", "楚雄彝族自治州总工会")]
    [InlineData("中国海员建设工会", "中国海员建设工会")]
    [InlineData("中国能源化学地质工会", "中国能源化学地质工会")]
    [InlineData("峨边县总工会", "峨边彝族自治县总工会")]
    [InlineData("江宁区交通运输行业工会联合会", "南京市江宁区交通运输行业工会联合会")]
    [InlineData("江门新会区餐饮行业工会联合会", "江门市新会区餐饮行业工会联合会")]
    [InlineData("江苏省南京市教育工会", "南京市教育工会")]
    [InlineData("江宁区某某机械有限公司工会", "江宁区某某机械有限公司工会")]
    [InlineData("宁波海员建设工会", "宁波市海员建设工会")]      // a city's short form before a union named by its sector
    [InlineData("苏州教育工会", "苏州市教育工会")]
    [InlineData("鄞州教育工会", "宁波市鄞州区教育工会")]
    [InlineData("温州服装行业工会联合会", "温州市服装行业工会联合会")]
    [InlineData("青岛啤酒工会", "青岛啤酒工会")]                // before anything else it may be a brand: as written
    [InlineData("宁波建设集团工会", "宁波建设集团工会")]
    [InlineData("闸北区总工会", "上海市闸北区总工会")]          // a former district carries its city, as a district does
    [InlineData("杭州下城区总工会", "杭州市下城区总工会")]
    [InlineData("浙江省杭州市下城区总工会", "杭州市下城区总工会")]
    [InlineData("吴江市总工会", "吴江市总工会")]                // a former county-level city stays as written
    [InlineData("济南市中区总工会", "济南市市中区总工会")]      // the city's 市 is also its district's first character
    [InlineData("青岛市南区总工会", "青岛市市南区总工会")]
    [InlineData("济南市市中区总工会", "济南市市中区总工会")]
    [InlineData("广西区总工会", "广西壮族自治区总工会")]        // an autonomous region by its short form and 区
    [InlineData("宁夏区总", "宁夏回族自治区总工会")]
    [InlineData("苏州工业园区工会委员会", "苏州工业园区工会")]  // a zone's, an area's or a department's committee is its union
    [InlineData("杨凌示范区工会委员会", "杨凌示范区工会")]
    [InlineData("陕西水利厅工会委员会", "陕西水利厅工会")]
    [InlineData("东华门街道工会委员会", "东华门街道工会委员会")] // a street's keeps the name it is given
    [InlineData("2024杭州工会", "杭州市总工会")]                // a year or a date glued before a name is when
    [InlineData("3月8日上午萧山区总工会", "杭州市萧山区总工会")]
    [InlineData("8日某某电机厂工会", "某某电机厂工会")]
    [InlineData("8359所工会", "8359所工会")]                    // a unit's number is no year
    [InlineData("泰州市泰兴市黄桥镇总工会", "泰州市泰兴市黄桥镇总工会")]
    [InlineData("鄞州区下应街道总工会", "宁波市鄞州区下应街道总工会")]
    [InlineData("浙江省杭州市余杭区良渚街道总工会", "杭州市余杭区良渚街道总工会")]
    [InlineData("宁波鄞州区下应街道总工会", "宁波市鄞州区下应街道总工会")]
    [InlineData("江苏省泰州市泰兴市黄桥镇总工会", "泰州市泰兴市黄桥镇总工会")]
    [InlineData("深圳市龙城街道总工会", "深圳市龙岗区龙城街道总工会")]    // a street under its city only: its district's prefix
    [InlineData("衢州市花园街道幸福社区工会", "衢州市柯城区花园街道幸福社区工会")] // a community with its street, likewise
    [InlineData("嘉兴市花园街道总工会", "嘉兴市花园街道总工会")]          // not a street of that city in the table: as written
    [InlineData("吉林经开区总工会", "吉林经开区总工会")]        // a zone's union keeps the zone's name as written
    [InlineData("唐山市高新区工会", "唐山市高新区工会")]
    [InlineData("六枝特区总工会", "六枝特区总工会")]            // a 特区 is no city's district
    [InlineData("雄安新区总工会", "雄安新区总工会")]            // an area inside a province is not the province
    [InlineData("两江新区总工会", "两江新区总工会")]
    [InlineData("贵安新区总工会", "贵安新区总工会")]
    [InlineData("福州新区总工会", "福州新区总工会")]            // an area, not 福州市总工会
    [InlineData("六盘水市六枝特区总工会", "六枝特区总工会")]
    [InlineData("杨凌示范区工会", "杨凌示范区工会")]            // an area that is no division keeps its plain 工会, as a zone does
    [InlineData("杨凌示范区总工会", "杨凌示范区总工会")]
    [InlineData("宁夏建材产业工会", "宁夏回族自治区建材产业工会")] // a province by its short form before its sector union
    [InlineData("广西教育工会", "广西壮族自治区教育工会")]
    [InlineData("湖北交通建设工会", "湖北省交通建设工会")]
    [InlineData("内蒙古草原集团工会", "内蒙古草原集团工会")]    // an enterprise keeps its name as written
    [InlineData("陕西水利厅工会", "陕西水利厅工会")]            // so does a department
    [InlineData("浙江湖州南浔经济开发区总工会", "湖州南浔经济开发区总工会")] // a zone under its province and city: no province
    [InlineData("兵团总工会", "新疆生产建设兵团总工会")]       // the corps' own union
    [InlineData("新疆生产建设兵团第七师胡杨河市总工会", "第七师胡杨河市总工会")] // a division's, under the corps' name
    [InlineData("兵团七师胡杨河市工会", "第七师胡杨河市总工会")]
    [InlineData("东风汽车集团工会委员会", "东风汽车集团工会")]   // an enterprise's union committee is its union
    [InlineData("新疆第七师胡杨河市总工会", "第七师胡杨河市总工会")]
    [InlineData("新疆总工会", "新疆维吾尔自治区总工会")]
    [InlineData("浙江省湖州市交通运输局工会", "湖州市交通运输局工会")] // a province before a place inside it: no province
    [InlineData("河南省开封县总工会", "开封县总工会")]           // a former name likewise
    [InlineData("陕西省杨凌示范区工会", "杨凌示范区工会")]        // an area likewise
    [InlineData("上海嘉定区江桥镇总工会", "上海市嘉定区江桥镇总工会")] // a municipality is its district's prefix, not a province above it
    [InlineData("朝阳区望京街道总工会", "北京市朝阳区望京街道总工会")] // a district several cities have, before a street of one of them
    [InlineData("富阳区场口镇总工会", "杭州市富阳区场口镇总工会")] // a town whose name holds an enterprise's word is a town
    [InlineData("浙江商会工会联合会", "浙江商会工会联合会")]      // an association keeps its name as written
    [InlineData("萧山区北干总工会", "杭州市萧山区北干街道总工会")] // a street's union written without 街道 after its district
    [InlineData("杭州市萧山区北干总工会", "杭州市萧山区北干街道总工会")]
    [InlineData("萧山区东方总工会", "杭州市萧山区东方总工会")]    // no street or town of that name: not made one
    public void Names_are_canonical(string written, string canonical) => Assert.Equal(canonical, Organisations.Canonical(written));

    [Fact]
    public void A_visitor_is_not_the_actor()
    {
        var found = Attribute("宁波市总工会领导调研海曙区工会工作", "近日，宁波市总工会领导一行来到海曙区，调研基层工会建设情况。", "海曙区总工会介绍了驿站建设和职工服务的做法。");
        Assert.Equal("宁波市海曙区总工会", found.Organisation);
        Assert.Equal("浙江省/宁波市/海曙区", found.Region);
    }

    [Fact]
    public void A_union_inspecting_its_own_area_with_no_named_host_is_the_actor()
    {
        var own = Attribute("桐庐县总工会领导到分水镇调研职工之家建设", "近日，桐庐县总工会领导一行到分水镇调研，察看了镇里的职工之家。");
        Assert.Equal("桐庐县总工会", own.Organisation);
        // A visit to another county is that county's news, even when its union is not named.
        var away = Attribute("临安区总工会一行到桐庐县学习考察", "近日，临安区总工会一行到桐庐县学习考察，察看了三家企业的职工之家。");
        Assert.Equal("", away.Organisation);
        // A visit to an enterprise is the enterprise's news.
        var enterprise = Attribute("桐庐县总工会领导到某公司调研", "近日，桐庐县总工会领导一行到某公司调研，察看了职工之家。");
        Assert.Equal("", enterprise.Organisation);
    }

    [Fact]
    public void A_name_never_runs_over_another_union_or_a_travelling_party()
    {
        // 某某总工会主席李某带领区工会干部…: the chair leads; the name after 带领 is the district's union again.
        var led = Organisations.Names.Find("近日，杭州市临安区总工会主席李某带领区工会干部走访企业。");
        Assert.Equal(["杭州市临安区总工会", "区工会"], led.Select(m => m.Name));
        var found = Organisations.Names.Find("近日，临安区总工会一行赴桐庐县总工会学习交流。").Select(m => m.Name).ToList();
        Assert.Equal(["杭州市临安区总工会", "桐庐县总工会"], found);
        // The union of a federation's own staff is one name.
        Assert.Contains("杭州市临安区总工会机关工会", Organisations.Names.Find("杭州市临安区总工会机关工会举办读书会。").Select(m => m.Name));
        Assert.Equal("", Attribute("机关读书会", "近日，杭州市临安区总工会机关工会、桐庐县总工会机关工会和建德市总工会机关工会举办联合读书会。").Organisation);
    }

    [Theory]
    [InlineData("近日，湖南省机械冶金工会传达中国工会代表大会精神。", new[] { "湖南省机械冶金工会" })]
    [InlineData("幸福里社区工会驿站活动现场幸福里社区工会驿站联合志愿者为环卫工人包饺子。", new[] { "幸福里社区工会", "幸福里社区工会" })]
    [InlineData("中国工会新闻中国工会新闻中国工会新闻", new string[0])]
    public void A_union_named_whole_ends_a_name_and_the_words_after_it_open_no_other(string text, string[] expected) =>
        // 传达 after a union's name, its station, a caption's 活动现场 are the sentence's: no name runs over them.
        Assert.Equal(expected, Organisations.Names.Find(text).Select(m => m.Name));

    [Theory]
    [InlineData("近日，区人大常委会副主任、总工会主席王某走访户外职工驿站。", "区总工会")]
    [InlineData("近日，青浦区人大常委会副主任、总工会主席王某走访户外职工驿站。", "上海市青浦区总工会")]
    [InlineData("县政协副主席、总工会主席李某出席活动。", "县总工会")]
    [InlineData("近日，某公司党委副书记、总工会主席李某出席活动。", null)]
    public void A_bare_general_union_after_a_post_of_a_level_is_that_levels(string text, string? name) =>
        // One person's posts at one level: 区人大常委会副主任、总工会主席 chairs the district's union.
        Assert.Equal(name, Organisations.Names.Find(text).Select(m => m.Name).FirstOrDefault());

    [Fact]
    public void A_zones_general_union_founds_the_zones_sector_union()
    {
        // 实验区 is a zone's kind like 开发区: its general union is a name, and the sector union it founds is its work.
        Assert.Equal("实验区总工会", Attribute("实验区家政行业工会联合会成立",
            "6日，实验区家政行业工会联合会正式成立，并召开第一次会员大会。",
            "实验区总工会工作人员表示，将把工会服务延伸到家政行业。").Organisation);
    }

    [Fact]
    public void A_units_union_written_short_takes_the_enterprise_the_text_writes_the_unit_with()
    {
        Assert.Equal("兖州能源东滩煤矿工会", Attribute("东滩煤矿工会十年巡礼",
            "这十年，兖州能源东滩煤矿一路奋进。十年来，东滩煤矿工会始终坚持以职工为中心，为职工办实事。").Organisation);
        // A verb before the unit's name is no enterprise: the union keeps its short name.
        Assert.Equal("东滩煤矿工会", Attribute("东滩煤矿工会十年巡礼",
            "这十年，回顾东滩煤矿一路奋进。十年来，东滩煤矿工会始终坚持以职工为中心，为职工办实事。").Organisation);
    }

    [Fact]
    public void A_branch_union_written_short_takes_the_full_name_the_text_writes()
    {
        Assert.Equal("某某能源有限公司青山水电分公司工会", Attribute("青山分公司职工书屋获评示范点",
            "近日，某某能源有限公司青山水电分公司职工书屋获评全省示范点。",
            "青山分公司工会在营地腾出房间建设职工书屋，青山分公司工会还定期组织读书分享会。").Organisation);
        // A branch the text never writes out keeps its name as written.
        Assert.Equal("青山分公司工会", Attribute("青山分公司工会举办读书分享会",
            "近日，青山分公司工会举办读书分享会，六十名职工参加。").Organisation);
    }

    [Fact]
    public void A_unit_acting_where_no_union_is_named_is_its_own_unions_news()
    {
        // An enterprise's branch in the headline, its staff doing what the union organises.
        Assert.Equal("某某区分公司工会", Attribute("某某区分公司组织员工参观革命纪念馆",
            "为传承红色精神，6月3日上午，分公司党支部、工会共同组织职工代表前往纪念馆参观学习，重温入党誓词。").Organisation);
        // The college in the headline, written out with its university in the lead.
        Assert.Equal("东方大学外语学院工会", Attribute("外语学院组织工会会员开展健康徒步活动",
            "10月8日，为丰富教职工业余生活，东方大学外语学院组织工会会员在湖畔开展健康徒步活动，四十余名教职工参加。").Organisation);
        // A community's union is its 工会联合会, written out with the district its street lies in: 南京东路 is a road of
        // 上海, not 南京 (which had kept the name as written, in 江苏).
        var community = Attribute("南京东路街道贵州路社区荣获“基层工会帮扶示范站”称号",
            "近日，南京东路街道贵州路社区荣获“基层工会帮扶示范站”称号。", "社区自成立工会以来，坚持为下岗职工办实事。");
        Assert.Equal("上海市黄浦区南京东路街道贵州路社区工会联合会", community.Organisation);
        Assert.Equal("上海市/黄浦区", community.Region);
    }

    [Fact]
    public void A_short_name_takes_the_formal_name_the_text_writes_but_not_another_places_union()
    {
        // 某社区工会 in the headline, 某区某街道某社区工会联合会 in the text: one union, named formally.
        Assert.Equal("武汉市江岸区花桥街道幸福社区工会联合会", Attribute("幸福社区工会开设暑期托管班",
            "近日，幸福社区工会开设暑期托管班，二十多名职工子女参加。", "武汉市江岸区花桥街道幸福社区工会联合会主席说，托管班将办到八月底。").Organisation);
        // 某行业工会联合会 in the headline, the city's full name of it in the text.
        Assert.Equal("天津市清洗保洁行业工会联合会", Attribute("保洁行业工会联合会举办技能比武",
            "近日，保洁行业工会联合会举办保洁员技能比武，六十名职工参赛。", "天津市清洗保洁行业工会联合会主席在闭幕时讲话。").Organisation);
        // An enterprise's union shortened to its brand and its kind.
        Assert.Equal("长风汽车集团公司工会", Attribute("长风集团工会召开工作研讨会",
            "近日，长风集团工会召开工会工作创新发展研讨会。", "长风汽车集团公司工会主席在会上讲话。").Organisation);
        // The city's sector union is not the district's that the text also names.
        Assert.Equal("武汉市教育工会", Attribute("武汉市教育工会开展教师宣讲比赛",
            "近日，武汉市教育工会组织开展教师宣讲比赛，武汉市江汉区教育工会选派五名教师参赛。").Organisation);
    }

    [Theory]
    [InlineData("近年来，某某电力有限公司工会认真贯彻落实江苏省总工会的部署，建成职工之家。", "某某电力有限公司工会", "江苏省总工会")]
    [InlineData("经过层层评审，该研究所最终获得杭州市总工会表彰。", null, "杭州市总工会")]
    [InlineData("今年以来，县总工会认真贯彻落实省总工会要求，走访困难职工。", "县总工会", "省总工会")]
    [InlineData("近日，安定区总工会走访困难职工。", null, "定西市安定区总工会")]
    public void A_name_never_runs_over_a_verb_into_a_places_union(string text, string? actor, string other)
    {
        // The verb (贯彻落实, 获得) ends the sentence's first part: what follows is a place's own union, and the enterprise's
        // union before it is a name of its own.
        var names = Organisations.Names.Find(text).Select(m => m.Name).ToList();
        Assert.Equal(actor is null ? [other] : [actor, other], names);
    }

    [Theory]
    [InlineData("2024年，奎屯—独山子经济技术开发区总工会组织职工技能竞赛。", "奎屯-独山子经济技术开发区总工会")]
    [InlineData("奎屯-独山子经济技术开发区总工会举办职工运动会", "奎屯-独山子经济技术开发区总工会")]
    [InlineData("近日，建德经济开发区（航空小镇）总工会成立。", "建德经济开发区(航空小镇)总工会")]
    [InlineData("近日，建德经济开发区(航空小镇)总工会成立。", "建德经济开发区(航空小镇)总工会")]
    [InlineData("春节前，杭州—建德两地工会联合慰问职工。", null)]
    [InlineData("会议由（县总工会）主持。", null)]
    public void A_zones_name_keeps_the_dash_between_its_two_places_and_its_other_name_in_brackets(string text, string? name) =>
        Assert.Equal(name, Organisations.Names.Find(text).Select(m => m.Name).FirstOrDefault(n => OrganisationNames.BareLevel(n) is null));

    [Fact]
    public void A_mines_union_written_as_this_mine_is_the_union_of_the_mine_the_text_names()
    {
        // The mine is named once in full, then only as 该矿; its union is written 该矿工会.
        var found = Attribute("红星煤矿获评省级模范职工之家",
            "近日，省总工会公布了模范职工之家名单，红星煤矿榜上有名。",
            "近年来，该矿工会坚持以职工为中心，建成职工书屋和母婴室，矿井一线职工的满意度逐年提高。");
        Assert.Equal("红星煤矿工会", found.Organisation);
        // A numbered mine of a company: 三矿.
        Assert.Equal("三矿工会", Attribute("三矿开展技能比武", "近日，三矿举办技能比武。", "该矿工会为获奖职工颁奖。").Organisation);
        // No mine named: no organisation from 该矿工会 alone.
        Assert.Equal("", Attribute("技能比武", "近日，该矿工会为获奖职工颁奖，矿井一线职工踊跃参加。").Organisation);
    }

    [Fact]
    public void Unions_acting_together_give_no_organisation_unless_the_headline_names_one()
    {
        Assert.Equal("", Attribute("三地工会携手共建", "近日，湖州市总工会、嘉兴市总工会和绍兴市总工会在嘉兴签署协作协议。", "三地将在职工疗休养方面合作。").Organisation);
        Assert.Equal("湖州市总工会", Attribute("湖州市总工会牵头三地协作", "近日，湖州市总工会、嘉兴市总工会和绍兴市总工会在嘉兴签署协作协议。").Organisation);
        // The paper's dateline before the time (本报讯（记者 某某）6月3日，) is not part of the sentence.
        Assert.Equal("", Attribute("三地工会携手共建", "本报讯（记者 王小明）6月3日，湖州市总工会、嘉兴市总工会和绍兴市总工会在嘉兴签署协作协议。", "三地将在职工疗休养方面合作。").Organisation);
        Assert.Equal("湖州市总工会", Attribute("青年职工技能比武", "近日，湖州市总工会联合市妇联、团市委举办青年职工技能比武。").Organisation);
    }

    [Fact]
    public void A_union_name_alone_over_a_headline_is_the_sites_masthead()
    {
        var input = new AttributionInput("news/a.txt", "湖州市总工会", null,
            ["近日，安吉县总工会组织劳模走进企业开展技术服务。", "县总工会工作人员现场解答职工咨询。", "主办：湖州市总工会 地址：湖州市某路"], null)
        {
            Headings = ["安吉县总工会开展劳模进企业活动"],
        };
        Assert.Equal("安吉县总工会", Attributor.Attribute(input).Organisation);
        // A report titled by its own union's name, with no headline of another union under it, is that union's.
        Assert.Equal("湖州市总工会", Attribute("湖州市总工会", "近日，市总工会组织劳模走进企业开展技术服务。").Organisation);
    }

    [Theory]
    [InlineData("湖州：全市工会系统开展夏送清凉", "入伏以来，全市各级工会为一线职工送去防暑物资。", "")]
    [InlineData("夏送清凉送到一线", "入伏以来，全市各级工会为一线职工送去防暑物资。|吴兴区总工会、南浔区总工会等结合实际推出特色服务。", "")]
    [InlineData("夏送清凉送到一线", "入伏以来，湖州市总工会为一线职工送去防暑物资。|全市各级工会也纷纷行动。", "湖州市总工会")]
    [InlineData("湖州市总工会部署夏送清凉", "入伏以来，全市各级工会为一线职工送去防暑物资。", "湖州市总工会")]
    public void The_unions_of_a_whole_area_acting_give_no_organisation(string title, string paragraphs, string organisation) =>
        Assert.Equal(organisation, Attribute(title, paragraphs.Split('|')).Organisation);

    [Theory]
    // An area's unions as the subject, then two of its own unions each doing a part: none of them is the news's own.
    [InlineData("送清凉活动陆续开展", "入伏以来，杭州市各级工会为户外劳动者送去防暑用品。|上城区总工会在驿站设置了饮水点。|西湖区总工会组织医生开展义诊。", "")]
    [InlineData("送清凉活动陆续开展", "入伏以来，各街道工会陆续启动送清凉活动。|湖滨街道总工会为环卫工人送去绿豆汤。|北山街道工会为快递员准备了清凉包。", "")]
    // Led by the area's general union when none of its own unions is named on its own.
    [InlineData("送清凉活动陆续开展", "入伏以来，杭州市各级工会为户外劳动者送去防暑用品。|市、区总工会共发放物资一万余份。", "杭州市总工会")]
    // The headline names the union that acts: that union's news, whoever else takes part.
    [InlineData("杭州市总工会部署送清凉", "入伏以来，杭州市各级工会为户外劳动者送去防暑用品。|上城区总工会在驿站设置了饮水点。|西湖区总工会组织医生开展义诊。", "杭州市总工会")]
    public void An_areas_unions_acting_severally_give_no_organisation(string title, string paragraphs, string organisation) =>
        Assert.Equal(organisation, Attribute(title, paragraphs.Split('|')).Organisation);

    [Fact]
    public void A_station_named_after_a_union_is_where_the_news_happens_not_who_acts()
    {
        Assert.Equal("杭州市上城区总工会", Attribute("为快递员送清凉",
            "7月5日，快递员在新桥社区工会驿站领取防暑用品。", "当日，上城区总工会在新桥社区工会驿站开展送清凉活动。").Organisation);
        Assert.Equal(OrganisationRole.Venue, Organisations.Names.Find("快递员在新桥社区工会驿站休息。").Single().Role);
        // The union's own station as the subject is that union's news.
        Assert.Equal(OrganisationRole.Actor, Organisations.Names.Find("新桥社区工会驿站获评最美驿站。").Single().Role);
    }

    [Fact]
    public void A_towns_union_written_short_takes_its_full_form_and_then_its_district()
    {
        // 湖滨街道工会 acts, 湖滨街道总工会 is its full form, and the text is about 上城区: one union, one name.
        Assert.Equal("杭州市上城区湖滨街道总工会", Attribute("街道工会为快递员送清凉",
            "近日，湖滨街道工会为快递员送去防暑用品。", "湖滨街道总工会负责人介绍，上城区已建成驿站二十个。").Organisation);
    }

    [Fact]
    public void A_site_named_after_a_union_in_its_dateline_is_the_source()
    {
        Assert.Equal(OrganisationRole.Source, Organisations.Names.Find("湖州工会网讯 5月3日，吴兴区总工会举办职工运动会。")[0].Role);
        Assert.Equal("湖州市吴兴区总工会", Attribute("职工运动会开幕", "湖州工会网讯 5月3日，吴兴区总工会举办职工运动会。").Organisation);
    }

    [Fact]
    public void A_district_several_cities_have_keeps_its_stop_word_once_the_text_says_which()
    {
        var found = Attribute("和平区总工会开展职工健康讲座", "近日，和平区总工会邀请天津市某医院专家为辖区职工开展健康讲座。");
        Assert.Equal("天津市和平区总工会", found.Organisation);
    }

    [Fact]
    public void A_union_that_comes_to_learn_is_a_visitor()
    {
        var found = Attribute("惠山区总工会推进职工服务阵地建设", "惠山区总工会今年新建职工之家十个。", "徐州市总工会来惠山学习交流职工之家建设经验。");
        Assert.Equal("无锡市惠山区总工会", found.Organisation);
        Assert.Equal("title", found.OrganisationSource);
    }

    [Fact]
    public void A_news_source_is_not_the_actor()
    {
        var found = Attribute("某县职工文化节开幕", "据邻市总工会网站消息，鲁山县总工会举办首届职工文化节。");
        Assert.Equal("鲁山县总工会", found.Organisation);
        Assert.Equal("河南省/平顶山市/鲁山县", found.Region);
    }

    [Fact]
    public void A_bare_city_union_is_the_union_of_the_city_the_text_names()
    {
        var found = Attribute("职工服务站点上榜", "记者从市总工会获悉，福州新建职工服务站点二十个。", "市总工会将继续推进站点建设。");
        Assert.Equal("福州市总工会", found.Organisation);
        Assert.Equal("福建省/福州市", found.Region);
        Assert.Equal("gazetteer", found.RegionSource);
    }

    [Fact]
    public void An_enterprise_union_named_with_its_province_alone_is_placed_where_its_text_happens()
    {
        var found = Attribute("福建某某物流工会组织职工参观学习",
            "6月2日，福建某某物流工会组织龙岩市新罗区分公司职工前往新罗区红色教育基地参观学习。",
            "职工们表示，要把新罗区的红色传统融入工作。");
        Assert.Equal("福建省/龙岩市/新罗区", found.Region);
        Assert.Equal("text", found.RegionSource);
    }

    [Fact]
    public void A_provinces_own_union_keeps_its_province_when_it_visits_a_city()
    {
        var found = Attribute("福建省总工会到龙岩市调研",
            "6月2日，福建省总工会主席一行到龙岩市新罗区调研职工服务站点建设。", "调研组察看了新罗区三个站点。");
        Assert.Equal("福建省总工会", found.Organisation);
        Assert.Equal("福建省", found.Region);
    }

    [Fact]
    public void A_headline_about_the_whole_province_keeps_a_provincial_unions_report_in_the_province()
    {
        var found = Attribute("全省邮政系统职工技能比武在洛阳举办",
            "10月9日，由河南省邮政工会主办的全省邮政系统职工技能比武在洛阳市举办。", "来自洛阳市、开封市等地的选手参加了比赛，洛阳市代表队获团体第一。");
        Assert.Equal("河南省", found.Region);
    }

    [Fact]
    public void A_headline_about_our_prefecture_is_not_placed_where_its_meeting_sat()
    {
        var found = Attribute("我州扎实推进职工疗休养工作",
            "9月1日，黔南州职工疗休养工作推进会在都匀市召开，介绍全州疗休养工作的做法。", "今年以来，黔南组织职工疗休养2000人次。");
        Assert.Equal("贵州省/黔南布依族苗族自治州", found.Region);
    }

    [Fact]
    public void A_city_wide_headline_over_several_counties_stays_in_the_city()
    {
        var found = Attribute("全市工会系统开展夏送清凉",
            "连日来，铁力市、汤旺县等地工会组织为户外劳动者送去防暑用品。", "铁力市的环卫工人收到了清凉礼包，铁力市城管队员也收到了。");
        Assert.Equal("黑龙江省/伊春市", found.Region);
    }

    [Theory]
    [InlineData("全市开展夏送清凉", "连日来，铁力市各级工会为户外劳动者送去防暑用品。", "铁力市的环卫工人收到了清凉礼包。", "黑龙江省/伊春市/铁力市")]
    [InlineData("全市首家户外劳动者驿站揭牌", "近日，西安市雁塔区一家户外劳动者驿站揭牌投用。", "雁塔区环卫工人在驿站休息。", "陕西省/西安市/雁塔区")]
    public void A_city_wide_word_that_is_a_county_level_citys_own_or_an_areas_first_keeps_the_county(string title, string lead, string more, string region)
    {
        Assert.Equal(region, Attribute(title, lead, more).Region);
    }

    [Fact]
    public void An_address_in_a_contact_line_places_an_enterprises_report_in_its_city_not_its_street()
    {
        var found = Attribute("远航机械集团工会召开职工代表座谈会",
            "11月5日，远航机械集团工会召开职工代表座谈会，听取一线职工对食堂和班车的意见。", "地址：成都市武侯区天府大道100号 邮编：610041");
        Assert.Equal("四川省/成都市", found.Region);
    }

    [Fact]
    public void A_zone_union_named_after_two_places_keeps_the_province_they_share_when_its_text_names_one_of_them()
    {
        var found = Attribute("奎屯-独山子经济技术开发区总工会举办职工运动会",
            "9月3日，奎屯-独山子经济技术开发区总工会在奎屯市体育馆举办职工运动会。", "奎屯市的二十家企业派队参加。");
        Assert.Equal("奎屯-独山子经济技术开发区总工会", found.Organisation);
        Assert.Equal("新疆维吾尔自治区", found.Region);
    }

    [Theory]
    [InlineData("净月高新区总工会举办职工运动会", "9月3日，净月高新区总工会举办职工运动会。", "吉林省/长春市")]
    [InlineData("唐山市高新区工会开展送清凉", "7月5日，唐山市高新区工会为户外职工送去防暑用品。", "河北省/唐山市")]
    public void A_development_zones_report_is_placed_in_its_city(string title, string lead, string region)
    {
        var found = Attribute(title, lead);
        Assert.Equal(region, found.Region);
    }

    [Fact]
    public void A_place_named_only_in_the_title_gives_the_region()
    {
        var found = Attribute("谯城区开展送清凉活动", "活动为一线职工送去防暑用品。");
        Assert.Equal("", found.Organisation);
        Assert.Equal("安徽省/亳州市/谯城区", found.Region);
        Assert.Equal("title", found.RegionSource);
    }

    [Fact]
    public void A_town_the_title_names_inside_the_titles_place_places_the_report_in_its_county()
    {
        var found = Attribute("天目山镇西关村获评“浙江省模范职工小家”", "近日，该村被评为浙江省模范职工小家，村里将继续做好服务职工工作。");
        Assert.Equal("", found.Organisation);
        Assert.Equal("浙江省/杭州市/临安区", found.Region);
        Assert.Equal("title", found.RegionSource);
    }

    [Theory]
    [InlineData("八里庄街道新建两处户外劳动者驿站", "北京市")]   // two districts of one city have a street of that name
    [InlineData("金海街道新建两处户外劳动者驿站", null)]        // three provinces have one: nothing is guessed
    public void A_shared_town_places_the_report_only_where_its_counties_agree(string title, string? region)
    {
        var found = Attribute(title, "近日，街道在辖区内新建两处驿站，为快递员、外卖员提供休息场所。", "驿站配有饮水机、微波炉和充电设备。");
        Assert.Equal(region, found.Region);
    }

    [Theory]
    [InlineData("鼓楼区总工会开展送清凉", "7月10日，鼓楼区总工会走进宁海路街道，慰问一线环卫工人。", "江苏省/南京市/鼓楼区")]   // 南京's street
    [InlineData("鼓楼区总工会开展送清凉", "7月10日，鼓楼区总工会走进鼓东街道，慰问一线环卫工人。", "福建省/福州市/鼓楼区")]   // 福州's
    public void A_district_several_cities_have_is_settled_by_a_street_the_text_names(string title, string lead, string region) =>
        Assert.Equal(region, Attribute(title, lead, "环卫工人们表示，感谢工会的关心。").Region);

    [Fact]
    public void An_ambiguous_district_takes_the_city_named_around_it()
    {
        var found = Attribute("鼓楼区总工会举办技能比武", "福州市鼓楼区总工会联合辖区企业举办技能比武。");
        Assert.Equal("福州市鼓楼区总工会", found.Organisation);
        Assert.Equal("福建省/福州市/鼓楼区", found.Region);
    }

    [Fact]
    public void Traditional_script_is_recognised_and_shown_simplified()
    {
        var found = Attribute("長春市總工會新建職工書屋", "長春市總工會為企業建設職工書屋四家。");
        Assert.Equal("长春市总工会", found.Organisation);
        Assert.Equal("吉林省/长春市", found.Region);
    }

    [Theory]
    [InlineData("**市总工会深化产改，打造产业尖兵。")]
    [InlineData("今年，××县总工会新建职工之家八个。")]
    public void An_anonymised_union_is_no_organisation(string text) =>
        Assert.Empty(Organisations.Names.Find(text));

    [Fact]
    public void A_union_the_reporter_heard_from_is_a_source()
    {
        var mention = Assert.Single(Organisations.Names.Find("记者从苏州市总工会了解到，全市新建驿站二十个。"));
        Assert.Equal(OrganisationRole.Informant, mention.Role);
    }

    [Fact]
    public void The_issuer_of_a_cited_document_is_not_the_actor()
    {
        var found = Attribute("职工之家验收", "根据《江苏省总工会关于推进职工之家建设的意见》，仪征市总工会验收职工之家十五家。");
        Assert.Equal("仪征市总工会", found.Organisation);
    }

    [Fact]
    public void A_union_that_backs_the_work_is_not_the_actor()
    {
        var found = Attribute("帮扶中心投入使用", "在市总工会的大力支持下，帮扶中心建于县城中心。", "县总工会每月接待困难职工百余人。", "叶县困难职工帮扶中心设有三个窗口。");
        Assert.Equal("叶县总工会", found.Organisation);
    }

    [Fact]
    public void Those_accompanied_are_visitors_and_those_accompanying_are_hosts()
    {
        var found = Attribute("领导视察帮扶中心",
            "5月2日，市总工会主席王某在县委常委李某、县总工会主席赵某陪同下，到叶县帮扶中心视察。", "市总工会对帮扶工作给予肯定。");
        Assert.Equal("叶县总工会", found.Organisation);
    }

    [Fact]
    public void Those_who_come_along_with_a_visitor_are_visitors_too()
    {
        var found = Attribute("记者来我局调研",
            "6月1日，报社记者在呼伦贝尔市总工会领导的陪同下来我局调研。", "海拉尔供电局工会介绍了职工书屋建设情况。");
        Assert.Equal("海拉尔供电局工会", found.Organisation);
    }

    [Fact]
    public void A_union_that_awards_is_not_the_one_awarded()
    {
        var found = Attribute("工会工作汇报", "去年，仪征市总工会被省总工会表彰为先进单位，被省总工会授予示范称号。", "我们新建职工之家十个。");
        Assert.Equal("仪征市总工会", found.Organisation);
    }

    [Fact]
    public void A_union_only_quoted_is_never_the_actor()
    {
        var found = Attribute("职工文化节开幕", "据苏州市总工会消息，职工文化节开幕。", "据苏州市总工会消息，共有五千人参加。");
        Assert.Equal("", found.Organisation);
    }

    [Theory]
    [InlineData("兴平地区七厂家工会联合举办运动会。")]
    [InlineData("园区三家企业工会签订协议。")]
    public void Several_unions_named_together_are_not_one_organisation(string text) =>
        Assert.DoesNotContain(Organisations.Names.Find(text), m => m.Name.Contains("家"));

    [Theory]
    [InlineData("六师五家渠市总工会举办入会仪式", "第六师五家渠市总工会", "新疆维吾尔自治区/五家渠市")]
    [InlineData("第八师石河子市总工会开展送温暖", "第八师石河子市总工会", "新疆维吾尔自治区/石河子市")]
    public void A_corps_division_keeps_its_number_and_city(string title, string organisation, string region)
    {
        var found = Attribute(title, "活动在市区举行。");
        Assert.Equal((organisation, region), (found.Organisation, found.Region));
    }

    [Fact]
    public void The_first_heading_is_the_headline_when_the_title_is_a_sites_name()
    {
        var found = Attributor.Attribute(new AttributionInput("news/a.txt", "数字报", null,
            ["省总工会主席一行到企业开展送温暖活动。", "市总工会主席陪同。", "市总工会还投入资金慰问环卫工人。"], null)
        { Headings = ["省总工会在哈尔滨市开展送温暖活动"] });
        Assert.Equal("黑龙江省总工会", found.Organisation);
    }

    [Fact]
    public void A_sites_name_over_the_headline_is_a_source_not_the_actor()
    {
        var found = Attributor.Attribute(new AttributionInput("news/a.txt", "湖北工会网", null,
            ["日前，竹山县总工会走访慰问了三十户困难职工家庭。", "县总工会负责人表示将持续做好帮扶。"], null)
        { Headings = ["竹山县总工会开展冬季走访慰问"] });
        Assert.Equal("竹山县总工会", found.Organisation);
        Assert.Equal("湖北省/十堰市/竹山县", found.Region);
    }

    [Fact]
    public void The_towns_a_text_names_place_it_when_it_names_no_county()
    {
        // 伏山镇 is one town of 宁阳县; 东庄镇 is a town of three counties, settled by the other.
        var found = Attribute("县总工会开展夏送清凉活动", "近日，县总工会走访了伏山镇和东庄镇的环卫工人，送去防暑用品。", "在东庄镇，工作人员还为快递员测量了血压。");
        Assert.Equal("山东省/泰安市/宁阳县", found.Region);
    }

    [Fact]
    public void A_citys_short_form_opening_an_enterprises_name_in_the_lead_places_the_text()
    {
        // 绵阳 is named once, as the opening of a company's name: what people call the city, so the lead places the text.
        var found = Attribute("煤矿工会开展夏送清凉活动", "近日，绵阳能源某某煤矿工会为一线职工送去防暑用品。", "工会还组织了健康讲座。");
        Assert.Equal("四川省/绵阳市", found.Region);
    }

    [Fact]
    public void A_prefectures_short_form_that_is_an_ordinary_word_does_not_place_the_text_alone()
    {
        // 来宾 is 广西's 来宾市 and a guest; named once in the lead, it is too little.
        var found = Attribute("煤矿工会开展夏送清凉活动", "近日，某某煤矿工会为一线职工和来宾送去防暑用品。", "工会还组织了健康讲座。");
        Assert.Null(found.Region);
    }

    [Fact]
    public void A_town_several_counties_have_places_nothing_alone()
    {
        var found = Attribute("县总工会开展夏送清凉活动", "近日，县总工会走访了东庄镇的环卫工人，送去防暑用品。");
        Assert.Null(found.Region);
    }

    [Fact]
    public void A_city_written_before_its_district_is_the_districts_address_not_a_second_mention()
    {
        // 杭州市拱墅区 is one mention of 拱墅区; counted as 杭州 too, the city would outweigh its district twice over.
        var found = Attribute("项目工会开展夏送清凉活动",
            "近日，某建工集团三公司工会在项目工地开展送清凉活动，该项目位于杭州市拱墅区北部。",
            "项目建成后将服务杭州市的城市更新。");
        Assert.Equal("浙江省/杭州市/拱墅区", found.Region);
    }

    [Fact]
    public void A_text_spread_over_provinces_none_of_which_holds_half_its_places_is_placed_nowhere()
    {
        var found = Attribute("全国总工会机关干部赴开发区蹲点",
            "近日，全国总工会机关干部分赴湖北省、江西省、湖南省、山东省和陕西省的开发区蹲点。",
            "在陕西省西安市，干部们走访了三家企业。");
        Assert.Equal("中华全国总工会", found.Organisation);
        Assert.Null(found.Region);
    }

    [Fact]
    public void A_town_union_is_named_as_the_text_writes_it_in_full()
    {
        var found = Attribute("黄桥镇总工会举办职工运动会", "近日，泰州市泰兴市黄桥镇总工会举办首届职工运动会。", "镇总工会组织了拔河和跳绳项目。");
        Assert.Equal("泰州市泰兴市黄桥镇总工会", found.Organisation);
    }

    [Fact]
    public void A_former_county_named_after_its_city_keeps_its_name_and_lies_in_that_city()
    {
        var found = Attribute("延安县总工会举办工会干部培训班", "延安县总工会近日举办培训班，八十名基层工会干部参加。");
        Assert.Equal("延安县总工会", found.Organisation);
        Assert.Equal("陕西省/延安市", found.Region);
    }

    [Theory]
    [InlineData("宝鸡县总工会举办工会干部培训班", "宝鸡县总工会", "陕西省/宝鸡市/陈仓区")]
    [InlineData("萧山市总工会举办工会干部培训班", "萧山市总工会", "浙江省/杭州市/萧山区")]
    [InlineData("闸北区总工会举办工会干部培训班", "上海市闸北区总工会", "上海市/静安区")] // a former district with its city
    [InlineData("下城区总工会举办工会干部培训班", "杭州市下城区总工会", "浙江省/杭州市/拱墅区")]
    [InlineData("星子县总工会举办工会干部培训班", "星子县总工会", "江西省/九江市/庐山市")]      // generated, former-names.tsv
    public void A_union_named_by_its_places_former_name_keeps_it_and_lies_in_todays_division(string title, string organisation, string region)
    {
        var found = Attribute(title, title[..6] + "近日举办培训班，八十名基层工会干部参加。");
        Assert.Equal(organisation, found.Organisation);
        Assert.Equal(region, found.Region);
    }

    [Fact]
    public void A_bare_district_union_beside_a_district_union_written_by_its_former_name_is_that_union()
    {
        var found = Attribute("兄弟单位来下城区工会交流工作",
            "近日，区总工会接待了外省工会干部考察团，双方就职工服务阵地建设交流了经验。",
            "区总工会主席介绍了下城区职工之家的做法。");
        Assert.Equal("杭州市下城区总工会", found.Organisation);
    }

    [Fact]
    public void A_bare_street_union_is_the_union_of_the_one_street_the_text_names()
    {
        var found = Attribute("北干街道开展迎新春职工联欢活动",
            "北干街道开展迎新春职工联欢活动。",
            "一是文化进企业。街道总工会组织辖区二十家企业的职工参加市总工会主办的写春联活动。",
            "二是慰问送温暖。街道总工会联合社区走访慰问了快递员，街道总工会还为企业送去年夜饭。");
        Assert.Equal("杭州市萧山区北干街道总工会", found.Organisation);
    }

    [Fact]
    public void A_bare_street_union_in_a_text_naming_two_streets_is_no_one_named()
    {
        var found = Attribute("街道工会开展迎新春活动",
            "北干街道和新塘街道开展迎新春职工联欢活动，街道总工会组织职工写春联。");
        Assert.NotEqual("杭州市萧山区北干街道总工会", found.Organisation);
    }

    [Fact]
    public void A_union_someone_is_quoted_speaking_of_counts_less_than_the_one_acting()
    {
        var found = Attribute("户外劳动者驿站建成",
            "近日，泉州市总工会在丰泽区新建了五个户外劳动者驿站。",
            "快递员小王说：“丰泽区总工会的驿站很方便，丰泽区总工会还送了水，丰泽区总工会的志愿者常来，丰泽区总工会的书架也有新书。”");
        Assert.Equal("泉州市总工会", found.Organisation);
    }

    [Fact]
    public void An_area_that_acts_in_the_lead_where_no_union_is_named_is_its_general_unions_news()
    {
        var found = Attribute("户外劳动者服务站温暖人心",
            "冷了有地方取暖，渴了有热水喝……今年入冬以来，甘肃张掖市投入资金八十万元，建设四十个户外劳动者服务站。",
            "高台县总工会负责人介绍，站点由各级工会共同管理。");
        Assert.Equal("张掖市总工会", found.Organisation);
        Assert.Equal("甘肃省/张掖市", found.Region);
    }

    [Fact]
    public void A_visitor_who_brings_help_acts_and_the_county_union_that_goes_along_only_escorts()
    {
        var found = Attribute("赣州市工会领导走访慰问困难职工",
            "12月5日，赣州市总工会副主席一行来到兴国，在县总工会工作人员的陪同下，走访慰问了五户困难职工。",
            "走访结束后，市总工会一行还来到县总工会，视察了职工服务中心，县总工会主席陪同。");
        Assert.Equal("赣州市总工会", found.Organisation);
    }

    [Fact]
    public void A_union_given_something_is_not_the_one_giving_and_a_research_rank_is_no_visit()
    {
        var found = Attribute("",
            "1月8日上午，市总工会副主席王某、三级调研员李某一行到攸县开展送温暖活动，代表市总工会为攸县总工会送来慰问金五万元，攸县总工会主席陪同慰问。",
            "慰问组还看望了两名困难劳模。");
        Assert.Equal("株洲市总工会", found.Organisation);
    }

    [Fact]
    public void A_union_that_visits_another_province_is_acting_in_its_own_programme()
    {
        var found = Attribute("杭州市总工会赴阿坝州考察对口支援工作",
            "近日，杭州市总工会党组书记一行到四川阿坝州考察指导工会对口支援项目，听取了州总工会的工作汇报。",
            "考察组还向阿坝州总工会捐赠了帮扶资金。");
        Assert.Equal("杭州市总工会", found.Organisation);
        Assert.Equal("浙江省/杭州市", found.Region);
    }

    [Fact]
    public void A_bare_autonomous_region_union_is_the_region_the_text_names()
    {
        var found = Attribute("援宁干部座谈会召开", "5月6日，自治区总工会在银川召开援宁干部座谈会，听取各地工会的工作汇报。");
        Assert.Equal("宁夏回族自治区总工会", found.Organisation);
        Assert.Equal("宁夏回族自治区", found.Region);
    }

    [Fact]
    public void A_bare_district_union_without_zong_is_the_district_the_text_names()
    {
        var found = Attribute("首家职工法律服务站挂牌", "日前，成都市武侯区首家职工法律服务站挂牌。服务站每月由区工会和司法局共同接待来访职工。");
        Assert.Equal("成都市武侯区总工会", found.Organisation);
    }

    [Fact]
    public void A_title_that_is_the_sites_breadcrumb_names_the_site_not_the_news()
    {
        var found = Attributor.Attribute(new AttributionInput("news/a.txt", "唐山市总工会 > 工作动态", null,
            ["您所在位置：唐山市总工会 > 工作动态 > 正文", "4月20日，丰南区总工会联合区人社局举办焊工技能比赛，六十名焊工参赛。"], null)
        { Headings = ["丰南区总工会举办焊工技能比赛"] });
        Assert.Equal("唐山市丰南区总工会", found.Organisation);
    }

    [Fact]
    public void A_persons_name_holding_a_countys_short_form_places_nothing()
    {
        var found = Attribute("宣讲会举行",
            "3月2日，全国总工会书记处书记赵永年在太原为我省职工宣讲会议精神，省总工会主席主持报告会。",
            "赵永年指出，各级工会要把会议精神落到实处。赵永年还看望了劳模代表。");
        Assert.Equal("山西省总工会", found.Organisation);
        Assert.Equal("山西省", found.Region);
    }

    [Fact]
    public void A_persons_name_in_the_title_holding_a_countys_short_form_places_nothing()
    {
        // No union acts: the place comes from the text, not from the visiting inspector's name in the headline.
        var found = Attribute("全国总工会某某部一级巡视员钱永春一行来宜调研",
            "2月20日，全国总工会某某部一级巡视员钱永春率调研组来宜宾开展专项调研，四川省有关负责同志陪同。",
            "调研组先后来到宜宾市的企业和社区，钱永春一行察看了职工之家。宜宾各县区工会介绍了做法。");
        Assert.Equal("四川省/宜宾市", found.Region);
    }

    [Fact]
    public void A_bare_city_union_is_the_county_level_citys_when_the_text_names_it_more_than_its_prefecture()
    {
        var found = Attribute("市总工会为一线职工送清凉",
            "本报讯（昆山市融媒体中心记者 王明）7月10日，市总工会组织工作人员走访昆山市重点工地，为高温下作业的职工送去清凉物资。",
            "此次活动是苏州全市工会送清凉行动的一部分，市总工会共走访企业三十家。");
        Assert.Equal("江苏省/苏州市/昆山市", found.Region);
    }

    [Fact]
    public void A_bare_city_union_stays_the_prefectures_when_several_of_its_counties_are_named_as_often()
    {
        // A prefecture's list of its counties' winners: 昆山市 and 常熟市 each named twice, 苏州 once on its own.
        var found = Attribute("职工演讲比赛结果揭晓",
            "12月，市总工会在全市开展职工演讲比赛，三百余名职工报名参赛。",
            "一等奖：王明 昆山市总工会推荐。二等奖：李华 常熟市总工会推荐。三等奖：赵强 昆山市某某公司，孙丽 常熟市某某中学，钱伟 苏州某某厂。");
        Assert.Equal("苏州市总工会", found.Organisation);
    }

    [Fact]
    public void A_bare_street_union_after_a_list_of_levels_is_every_streets()
    {
        // 区、乡镇、街道总工会主席: the chairs of every such union; the one street named is not the actor for it.
        var found = Attribute("某某会议精神传达部署",
            "5月6日，黄浦区总工会召开动员部署会，传达学习劳模座谈会精神。会上，区总工会主席作动员讲话。",
            "会议要求区、乡镇、街道总工会主席深入基层企业走访职工。",
            "目前，外滩街道总工会已走进部分企业开展走访。");
        Assert.Equal("上海市黄浦区总工会", found.Organisation);
    }

    [Fact]
    public void A_bare_city_union_stays_the_prefectures_when_the_prefecture_is_named_as_often()
    {
        // 苏州 named on its own as often as 昆山市: the prefecture's union visiting one of its cities.
        var found = Attribute("市总工会为一线职工送清凉",
            "7月10日，苏州市总工会主席带队，市总工会工作人员走访苏州工业企业和昆山市重点工地，为职工送去清凉物资。",
            "苏州全市工会送清凉行动将持续到8月底。");
        Assert.Equal("江苏省/苏州市", found.Region);
    }

    [Fact]
    public void A_units_union_takes_the_enterprise_the_text_first_names_it_with()
    {
        var found = Attribute("安全知识竞赛举行",
            "记者从某某煤业集团东山公司二矿工会了解到，二矿工会近日举办安全知识竞赛。",
            "二矿工会组织十二个区队参赛，二矿工会还为获奖者颁发了奖品。");
        Assert.Equal("某某煤业集团东山公司二矿工会", found.Organisation);
    }

    [Fact]
    public void The_national_federation_is_where_it_held_the_event_inside_the_titles_place()
    {
        var found = Attribute("全国总工会慰问四川一线职工", "今天，全国总工会在成都举办一线职工慰问活动，向环卫工人捐赠御寒衣物。");
        Assert.Equal("中华全国总工会", found.Organisation);
        Assert.Equal("四川省/成都市", found.Region);
    }

    [Fact]
    public void A_title_that_only_names_a_union_of_a_place_the_text_never_mentions_is_a_pages_keyword()
    {
        var found = Attributor.Attribute(new AttributionInput("news/a.txt", "湖南省总工会", null,
            ["入伏以来，市总工会为户外一线职工送去防暑药品和饮料。", "慰问组还走进晋江、石狮的建筑工地，看望高温下作业的工人。"], null)
        { Headings = ["湖南省总工会范文五篇", "泉州市总工会开展夏季送清凉"] });
        Assert.Equal("泉州市总工会", found.Organisation);
        Assert.Equal("福建省/泉州市", found.Region);
    }

    [Fact]
    public void A_title_naming_a_union_whose_place_the_text_names_keeps_it()
    {
        var found = Attribute("湖南省总工会", "省总工会近日在长沙县召开座谈会，听取一线职工的意见。");
        Assert.Equal("湖南省总工会", found.Organisation);
    }

    [Fact]
    public void A_text_written_as_a_city_is_its_city_unions_news_though_the_province_awards()
    {
        var found = Attribute("技能竞赛获奖",
            "记者从省总工会了解到，省总工会日前表彰了一批技能竞赛优胜职工，我市三明第二中学的两名教师名列其中。",
            "去年，市总工会举办了焊接、烹饪等多项技能比赛。");
        Assert.Equal("三明市总工会", found.Organisation);
        Assert.Equal("福建省/三明市", found.Region);
    }

    [Fact]
    public void A_text_written_as_a_county_is_its_county_unions_news_though_the_prefecture_acts_first()
    {
        var found = Attribute("劳模表彰",
            "平顶山市总工会近日命名了一批市级劳模创新工作室，我县叶县化工厂的工作室入选。",
            "县总工会今年还将新建三家工作室。");
        Assert.Equal("叶县总工会", found.Organisation);
    }

    [Fact]
    public void A_community_union_written_with_its_street_lies_in_the_streets_county()
    {
        var found = Attribute("东华门街道多宝社区工会联合会开展送清凉", "近日，东华门街道多宝社区工会联合会为辖区快递员送去防暑用品。");
        Assert.Equal("北京市东城区东华门街道多宝社区工会联合会", found.Organisation);
        Assert.Equal("北京市/东城区", found.Region);
    }

    [Fact]
    public void A_street_several_counties_have_is_the_one_whose_community_the_text_writes_after_it()
    {
        var alone = Attribute("东风街道开展送清凉活动", "近日，东风街道为辖区环卫工人送去防暑用品。");
        Assert.Null(alone.Region);
        var withCommunity = Attribute("东风街道开展送清凉活动", "近日，东风街道七里河社区为辖区环卫工人送去防暑用品。");
        Assert.Equal("山东省/济南市/历城区", withCommunity.Region);
        var union = Attribute("东风街道七里河社区工会联合会开展送清凉", "近日，东风街道七里河社区工会联合会为快递员送去防暑用品。");
        Assert.Equal(("济南市历城区东风街道七里河社区工会联合会", "山东省/济南市/历城区"), (union.Organisation, union.Region));
    }

    [Fact]
    public void A_community_union_whose_street_several_counties_have_is_placed_nowhere_unless_the_text_settles_it()
    {
        var alone = Attribute("花园街道幸福社区工会联合会开展送清凉", "近日，花园街道幸福社区工会联合会为辖区快递员送去防暑用品。");
        Assert.Equal("花园街道幸福社区工会联合会", alone.Organisation);
        Assert.Null(alone.Region);
        var settled = Attribute("花园街道幸福社区工会联合会开展送清凉", "近日，衢州市花园街道幸福社区工会联合会为辖区快递员送去防暑用品。");
        Assert.Equal("浙江省/衢州市/柯城区", settled.Region);
    }

    [Fact]
    public void A_bare_city_union_in_a_text_naming_only_jilin_is_the_city_of_jilin()
    {
        // 吉林 alone is the province, and a city's union written bare is the union of the city of that name.
        var city = Attribute("市总工会开展送温暖", "近日，市总工会在吉林江城广场为环卫工人送去棉衣。");
        Assert.Equal("吉林市总工会", city.Organisation);
        Assert.Equal("吉林省/吉林市", city.Region);
        var province = Attribute("省总工会开展送温暖", "近日，省总工会在吉林各地为环卫工人送去棉衣。");
        Assert.Equal("吉林省总工会", province.Organisation);
    }

    [Fact]
    public void A_town_union_takes_its_county_from_the_town_table_not_from_a_site_named_like_another_county()
    {
        // 天目山镇 lies in one county only; 东阳岭 is a site of 太湖源镇 named like 东阳市, written twice.
        var found = Attribute("天目山镇总工会组织劳模开展疗休养活动",
            "5月10日，天目山镇总工会组织辖区劳模到太湖源镇东阳岭景区开展疗休养活动。", "劳模们在东阳岭景区参观了红色教育基地。");
        Assert.Equal("杭州市临安区天目山镇总工会", found.Organisation);
        Assert.Equal("浙江省/杭州市/临安区", found.Region);
    }

    [Fact]
    public void A_town_union_carries_the_district_the_text_is_about()
    {
        var found = Attribute("石门街道总工会开展技能培训", "石门街道总工会联合辖区企业开展电工培训。", "本次培训是静安区今年职工技能提升计划的一部分，静安区总工会给予经费支持。");
        Assert.Equal("上海市静安区石门街道总工会", found.Organisation);
    }

    [Fact]
    public void An_enterprise_shortened_in_the_title_takes_its_full_name_from_the_text()
    {
        var found = Attribute("某港口集团公司工会开展劳动竞赛", "九月，中国某港口集团有限公司工会在码头举办装卸技能劳动竞赛。", "集团公司工会为优胜班组颁发奖金。");
        Assert.Equal("中国某港口集团有限公司工会", found.Organisation);
    }

    [Fact]
    public void A_shared_district_name_resolves_in_the_deepest_place_named()
    {
        var found = Attribute("鼓楼区总工会为环卫工人送清凉", "福建省福州市鼓楼区总工会近日走上街头，为环卫工人送去清凉用品。");
        Assert.Equal(("福州市鼓楼区总工会", "福建省/福州市/鼓楼区"), (found.Organisation, found.Region));
    }

    [Fact]
    public void The_sites_blurb_and_an_aside_do_not_outweigh_the_union_that_acts()
    {
        var found = Attribute("工作动态",
            "甘肃省总工会简介 工会是职工自愿结合的组织。甘肃省总工会是全省各级工会的领导机关。省总工会……更多>",
            "近日，天水市总工会向基层工会下拨帮扶资金50万元（其中省总工会补助10万元），用于慰问困难职工。",
            "市总工会要求资金专款专用。");
        Assert.Equal(("天水市总工会", "甘肃省/天水市"), (found.Organisation, found.Region));
    }

    [Fact]
    public void A_line_that_is_only_the_site_owners_name_is_not_the_actor()
    {
        var found = Attribute("职工服务网", "湖北省总工会", "咸宁市总工会举办职工篮球赛", "比赛为期三天，共有十六支队伍参赛。");
        Assert.Equal("咸宁市总工会", found.Organisation);
    }

    [Fact]
    public void A_union_that_takes_part_in_a_visit_hosts_it()
    {
        var found = Attribute("省总工会到企业调研民主管理工作",
            "5月9日，省总工会副主席一行到宜宾某公司调研企业民主管理工作，市总工会主席参加调研并主持召开座谈会。",
            "座谈会上，市总工会汇报了全市厂务公开工作情况，某公司工会交流了做法。");
        Assert.Equal("宜宾市总工会", found.Organisation);
    }

    [Theory]
    [InlineData("某某市外卖行业工会联合会正式成立", "在市总工会的指导下，韶关市外卖行业工会联合会今天成立。", "韶关市总工会为新会员发放会员卡。", "韶关市总工会")]
    [InlineData("我市成立家政行业工会联合会", "近日，我市家政行业工会联合会成立，选举产生了第一届委员会。", "家政行业工会联合会将为家政服务员维权。", "")]
    public void A_union_being_founded_is_filed_under_the_union_that_founds_it(string title, string first, string second, string organisation) =>
        Assert.Equal(organisation, Attribute(title, first, second).Organisation);

    [Theory]
    // Only the city union congratulates: the new town union is its own news, with its district written out.
    [InlineData("青浦区首个镇总工会成立", "近日，青浦区首个镇级总工会——朱家角镇总工会宣告成立。",
        "会上，市总工会副主席向朱家角镇总工会的成立表示祝贺，希望镇总工会团结带领职工建功立业。", "上海市青浦区朱家角镇总工会")]
    // The district union founds it: the founding is the district union's work.
    [InlineData("朱家角镇总工会成立", "近日，在青浦区总工会的指导下，朱家角镇总工会正式成立。",
        "青浦区总工会主席出席会议并讲话，市总工会副主席表示祝贺。", "上海市青浦区总工会")]
    public void A_town_union_being_founded_is_filed_under_its_county_union_or_itself(string title, string first, string second, string organisation) =>
        Assert.Equal(organisation, Attribute(title, first, second).Organisation);

    [Fact]
    public void A_union_that_founds_something_else_is_not_being_founded()
    {
        // 成立 with an object after it: the town union sets up a volunteers' team; it is not a new union for its district's.
        var found = Attribute("朱家角镇总工会成立劳模志愿服务队",
            "近日，朱家角镇总工会成立“劳模志愿服务队”，为镇上一线职工送上节日慰问。", "青浦区总工会领导参加活动。");
        Assert.Equal("上海市青浦区朱家角镇总工会", found.Organisation);
        // Being founded, it is still filed under the district union that founds it.
        Assert.Equal("上海市青浦区总工会", Attribute("朱家角镇总工会成立",
            "近日，在青浦区总工会的指导下，朱家角镇总工会成立，选举产生了第一届委员会。", "青浦区总工会领导出席会议。").Organisation);
    }

    [Fact]
    public void A_union_founded_years_ago_still_acts()
    {
        var found = Attribute("电机厂工会开展工资集体协商", "某某电机厂工会成立于2008年，现有会员600人。", "某某电机厂工会每年与企业开展工资集体协商。");
        Assert.Equal("某某电机厂工会", found.Organisation);
    }

    [Fact]
    public void The_unions_of_a_place_at_every_level_are_led_by_its_general_union()
    {
        var found = Attribute("帮扶工作取得成效", "今年以来，凉山州各级工会积极开展困难职工帮扶工作。", "全州建立帮扶中心十个。");
        Assert.Equal(("凉山彝族自治州总工会", "四川省/凉山彝族自治州"), (found.Organisation, found.Region));
    }

    [Fact]
    public void An_enterprise_writing_about_itself_is_its_unions_actor()
    {
        var found = Attribute("省总工会领导来我集团调研",
            "6月3日，省总工会副主席一行在市总工会副主席陪同下，来我集团调研职工之家建设。",
            "集团党委书记、工会主席张某汇报了恒远集团职工之家建设情况。",
            "恒远集团近年来投入资金改善职工生活。");
        Assert.Equal("恒远集团工会", found.Organisation);
    }

    [Fact]
    public void A_bare_company_union_is_the_union_of_the_company_the_text_names()
    {
        var found = Attribute("职工技能比武举行", "近日，瑞丰电缆有限公司举办职工技能比武。", "公司工会为获奖职工颁发奖金。", "公司工会还组织了观摩。");
        Assert.Equal("瑞丰电缆有限公司工会", found.Organisation);
    }

    [Theory]
    [InlineData("市总工会组织劳模参观红色教育基地。", "Actor")]
    [InlineData("区总工会还组织职工观摩了技能比武。", "Actor")]
    [InlineData("省总工会副主席在某公司调研。", "Visitor")]
    [InlineData("外省代表团来市总工会学习交流。", "Host")]
    [InlineData("江西省总工会调研我市工会工作。", "Visitor")]
    [InlineData("主办单位：杭州市总工会 技术支持：某某公司", "Source")]
    [InlineData("市总工会调研职工之家建设。", "Actor")]
    public void Organising_a_visit_is_acting_and_the_one_visited_hosts(string text, string role) =>
        Assert.Equal(role, Organisations.Names.Find(text).First().Role.ToString());

    [Fact]
    public void A_town_union_carries_the_district_the_town_lies_in()
    {
        var found = Attribute("陆家嘴街道总工会为白领开设午间课堂", "近日，陆家嘴街道总工会在楼宇职工之家开设午间课堂。");
        Assert.Equal(("上海市浦东新区陆家嘴街道总工会", "上海市/浦东新区"), (found.Organisation, found.Region));
    }

    [Fact]
    public void A_town_name_several_counties_share_is_settled_by_the_places_the_text_names()
    {
        var found = Attribute("周庄镇总工会举办职工趣味运动会", "近日，周庄镇总工会举办职工趣味运动会，江阴的三十家企业组队参加。");
        Assert.Equal("江阴市周庄镇总工会", found.Organisation);
    }

    [Fact]
    public void The_lead_says_where_the_news_happened()
    {
        var found = Attribute("社区职工书屋揭牌", "近日，绵阳市一家社区的职工书屋揭牌。", "活动邀请了德阳市的两位作家与职工交流。");
        Assert.Equal("四川省/绵阳市", found.Region);
    }

    [Theory]
    [InlineData("遂宁市总工会调研职工之家建设", "近日，遂宁市总工会主席带队深入辖区企业，调研职工之家建设情况。", "遂宁市总工会")]
    [InlineData("省总工会领导到企业调研", "日前，四川省总工会副主席一行到某公司调研，了解职工技能培训情况。", "")]
    [InlineData("帮扶资金发放", "記者從佛山市總工會獲悉，今年全市共發放幫扶資金800萬元。", "佛山市总工会")]
    public void A_union_studying_its_own_work_acts_and_one_the_reporter_heard_from_acts_when_no_other_does(string title, string paragraph, string organisation) =>
        Assert.Equal(organisation, Attribute(title, paragraph).Organisation);

    [Fact]
    public void A_union_that_informs_gives_way_to_the_union_that_acts()
    {
        var found = Attribute("帮扶资金发放", "记者从广东省总工会获悉，佛山市总工会今年共发放帮扶资金800万元。", "佛山市总工会还为困难职工子女发放助学金。");
        Assert.Equal("佛山市总工会", found.Organisation);
    }

    [Fact]
    public void An_autonomous_prefecture_is_known_by_its_usual_name()
    {
        var found = Attribute("黔东南州总工会为户外劳动者送清凉", "七月，黔东南州总工会走进建筑工地，为一线职工送去防暑用品。");
        Assert.Equal("黔东南苗族侗族自治州总工会", found.Organisation);
        Assert.Equal("贵州省/黔东南苗族侗族自治州", found.Region);
    }

    [Fact]
    public void A_bare_district_union_is_the_district_union_the_text_names_in_full()
    {
        var found = Attribute("区总工会举行职工诵读比赛", "区总工会在剧院举行职工诵读比赛，黄埔职工文化节同时闭幕。", "黄埔区的职工也来观看。", "黄浦区总工会举办的比赛今年是第二届。");
        Assert.Equal("上海市黄浦区总工会", found.Organisation);
    }

    [Fact]
    public void A_bare_town_union_is_the_town_union_the_text_names_in_full()
    {
        // The city's campaign opens the lead; the town's union, named once in full, then acts as 镇总工会.
        var found = Attribute("春风行动送岗位",
            "2月6日，佛山市总工会春风行动启动，九江镇总工会在镇广场同步举办招聘会。",
            "镇总工会主席陈某为返岗职工送上新春礼包。",
            "当天，镇总工会还到三家企业了解用工需求。");
        Assert.EndsWith("九江镇总工会", found.Organisation);
    }

    [Fact]
    public void A_bare_street_union_is_the_street_union_the_text_names_in_full()
    {
        var found = Attribute("快递小哥有了歇脚点",
            "近日，杭州市总工会在全市推广户外驿站，翠苑街道总工会在辖区新建驿站三个。",
            "街道总工会负责人说，驿站每天开放到晚上九点。",
            "下一步，街道总工会将为驿站配备药箱。");
        Assert.EndsWith("翠苑街道总工会", found.Organisation);
    }

    [Theory]
    [InlineData("各镇工会要做好送清凉工作。")]
    [InlineData("全街道工会干部参加培训。")]
    public void Every_towns_union_is_no_bare_town_union(string text) =>
        Assert.DoesNotContain(Organisations.Names.Find(text), m => OrganisationNames.BareLevel(m.Name) is not null);

    [Fact]
    public void A_bare_banner_union_is_the_banner_the_text_names()
    {
        // 旗 is a county-level unit in GB/T 2260 (内蒙古's banners): its bare union is the banner's, as 县总工会 is the county's.
        var found = Attribute("两节慰问活动",
            "1月20日，旗总工会班子成员来到镶黄旗一家牧业合作社，看望一线职工。",
            "旗总工会将继续做好困难职工帮扶工作。");
        Assert.Equal("镶黄旗总工会", found.Organisation);
        Assert.EndsWith("镶黄旗", found.Region);
    }

    [Fact]
    public void Unions_acting_together_after_a_time_that_names_another_union_give_no_organisation()
    {
        // The national federation stands in the time the sentence opens with (its anniversary), not as its subject.
        var found = Attribute("职工趣味运动会精彩纷呈",
            "在全国总工会成立一百周年之际，5月上旬，襄阳市总工会、十堰市总工会和荆门市总工会分别举办职工趣味运动会。",
            "运动会设拔河、跳绳等项目，吸引职工三千余人参加。");
        Assert.Equal("", found.Organisation);
    }

    [Fact]
    public void Unions_acting_together_after_a_day_and_a_festival_give_no_organisation()
    {
        var found = Attribute("志愿服务进车站",
            "5日，学雷锋纪念日来临之际，襄阳市总工会、十堰市总工会和荆门市总工会组织志愿者走进车站。",
            "志愿者为旅客提供咨询和搬运行李服务。");
        Assert.Equal("", found.Organisation);
    }

    [Fact]
    public void A_credit_line_places_a_bare_county_union()
    {
        var found = Attributor.Attribute(new AttributionInput("news/a.txt", "县总工会开展结对帮扶活动", null,
            ["县总工会干部来到湖北一家企业与职工同劳动。", "县总工会还将继续开展活动。"], null)
        { Credits = ["03-28 17:22 孝昌电视台 记者"] });
        Assert.Equal("孝昌县总工会", found.Organisation);
        Assert.Equal("湖北省/孝感市/孝昌县", found.Region);
    }

    [Fact]
    public void The_national_federation_gives_way_to_a_local_union_in_the_text()
    {
        var found = Attribute("长春再添职工书屋", "日前，全国总工会投入资金为长春市四家企业建设职工书屋。", "全国总工会还为劳模创新工作室补配书籍。", "市总工会高度重视职工读书。");
        Assert.Equal("长春市总工会", found.Organisation);
        var alone = Attribute("高原一线职工慰问活动", "慰问活动今天在拉萨举办。", "活动现场，全国总工会向一线职工捐赠物资。");
        Assert.Equal("中华全国总工会", alone.Organisation);
    }

    [Fact]
    public void A_single_short_form_inside_a_word_does_not_place_a_document()
    {
        var found = Attribute("汇报发言", "推动宣传教育体系化、文娱活动创新化。", "我们走访了城东社区。");
        Assert.Null(found.Region);
    }

    [Theory]
    [InlineData("经开区总工会走访慰问劳模。", "经开区总工会")]
    [InlineData("来源：廊坊经济技术开发区总工会", "廊坊经济技术开发区总工会")]
    [InlineData("高新区总工会举办技能比武。", "高新区总工会")]
    public void A_development_zones_union_keeps_its_name(string text, string name) =>
        Assert.Equal(name, Organisations.Names.Find(text).Select(m => m.Name).FirstOrDefault());

    [Fact]
    public void A_credit_writes_out_the_zone_the_text_abbreviates()
    {
        var found = Attributor.Attribute(new AttributionInput("news/a.txt", "经开区总工会慰问劳模", null,
            ["经开区总工会领导带队走访慰问劳模。", "总工会送去慰问品。"], null)
        { Credits = ["发布时间：2024-02-06 来源：廊坊经济技术开发区总工会"] });
        Assert.Equal("廊坊经济技术开发区总工会", found.Organisation);
        Assert.Equal("河北省/廊坊市", found.Region); // a zone is no division: the region is its city
    }

    [Fact]
    public void An_enterprise_union_is_found_through_its_chairs_titles()
    {
        var found = Attribute("省总工会领导到项目工地调研",
            "6月3日，四川省总工会副主席一行来到项目工地调研，某某路桥公司党委副书记、工会主席王某陪同调研。", "公司为一线职工建设了职工小家。");
        Assert.Equal("某某路桥公司工会", found.Organisation);
    }

    [Fact]
    public void A_visitors_place_does_not_place_the_report()
    {
        var found = Attribute("四川省总工会领导在项目工地调研", "项目位于成都市金牛区。", "四川省总工会领导来到项目工地调研，四川省总工会领导看望职工。", "项目部建设了职工小家。");
        Assert.Equal("四川省/成都市/金牛区", found.Region);
    }

    [Fact]
    public void Visitors_place_a_report_nothing_else_places()
    {
        var found = Attribute("省总工会、常州市总工会领导来园区远航电池公司调研",
            "近日，省总工会、常州市总工会领导一行来园区远航电池公司调研产改工作，对该公司工会组织建设给予肯定。");
        // A visit to an enterprise whose union only hears praise is the visitors' (the labels' visit convention, conv22):
        // the province's union, the highest of the levels visiting together, placed by its own name.
        Assert.Equal("江苏省总工会", found.Organisation);
        Assert.Equal("江苏省", found.Region);
        var named = Attribute("省总工会、常州市总工会领导来园区远航电池公司调研",
            "近日，省总工会、常州市总工会领导一行来园区远航电池公司调研产改工作。", "园区位于溧阳市，现有企业工会四十家。");
        Assert.Equal("江苏省/常州市/溧阳市", named.Region);
    }

    [Fact]
    public void A_county_the_title_names_only_by_a_short_form_the_text_never_backs_is_no_place()
    {
        // 鹿城 is 温州's district and 包头's nickname: a text that names only 包头's places is 包头's news.
        var nickname = Attribute("春风暖鹿城 工会送关怀",
            "春节前夕，包头市昆都仑区工会系统走访慰问一线职工。", "昆都仑区各街道工会同步开展慰问，把温暖送到鹿城职工身边。");
        Assert.Equal("内蒙古自治区/包头市/昆都仑区", nickname.Region);
        var backed = Attribute("春风暖鹿城 工会送关怀", "春节前夕，温州一批企业为一线职工送上年货。");
        Assert.Equal("浙江省/温州市/鹿城区", backed.Region);
    }

    [Fact]
    public void Given_metadata_wins_and_says_so()
    {
        var found = Attributor.Attribute(new AttributionInput("api/x", "标题", null, ["柯桥区总工会开展活动。"], new ReportMetadata(Organisation: "嘉善县总工会", Region: "沪")));
        Assert.Equal(("嘉善县总工会", "上海市", "api", "api"), (found.Organisation, found.Region, found.OrganisationSource, found.RegionSource));
    }

    [Fact]
    public void A_passage_is_another_organisations_only_when_it_acts_at_the_start_of_a_sentence()
    {
        var report = Attribute("平湖市总工会推进产改", "平湖市总工会推进产改试点。");
        Assert.Equal("上海市青浦区总工会", Attributor.PassageActor("怎样激发职工创新？青浦区总工会联合高校开展研究。", report));
        Assert.Null(Attributor.PassageActor("我们学习了青浦区总工会的做法。", report));
        Assert.Null(Attributor.PassageActor("平湖市总工会召开推进会。", report));
    }

    [Fact]
    public void Corrections_target_an_id_a_file_or_one_report_of_a_file()
    {
        var corrections = new Corrections(["# a comment", "r-123\t苏州市总工会\t\t", "a.txt#2\t\t浙江省/嘉兴市\t职工文化;服务职工", "b.txt\t臺北市總工會\t\t"]);
        Assert.Equal("苏州市总工会", corrections.For("r-123", "x.txt", 1)!.Organisation);
        var second = corrections.For("r-9", "a.txt", 2)!;
        Assert.Null(second.Organisation);
        Assert.Equal(["职工文化", "服务职工"], second.Themes);
        Assert.Null(corrections.For("r-9", "a.txt", 1));
        Assert.Equal("台北市总工会", corrections.For("r-1", "b.txt", 5)!.Organisation);
    }
}

public class SiteLinePipelineTests
{
    [Fact]
    public void The_sites_footer_places_a_bare_city_union()
    {
        var folder = Path.Combine(Path.GetTempPath(), "searchsvc-sitelines-" + Guid.NewGuid().ToString("n"));
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"),
                "市总权益保障部近日走访十家企业，了解职工劳动合同签订情况。\n市总权益保障部还将在园区开展法律宣传。\nCopyright © 湖南省衡阳市总工会 版权所有 湘ICP备00000000号");
            var report = Assert.Single(Fixtures.Pipeline.IngestPath(folder).Reports);
            Assert.Equal(("衡阳市总工会", "湖南省/衡阳市"), (report.Organisation, report.Region));
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}

public class CorrectionPipelineTests
{
    [Fact]
    public void A_correction_beside_the_sources_overrides_extraction_without_changing_the_id()
    {
        var folder = Path.Combine(Path.GetTempPath(), "searchsvc-corrections-" + Guid.NewGuid().ToString("n"));
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "柯桥区总工会建设职工书屋\n柯桥区总工会在企业新建职工书屋五家。\n");
            var before = Assert.Single(Fixtures.Pipeline.IngestPath(folder).Reports);
            Assert.Equal(("绍兴市柯桥区总工会", "浙江省/绍兴市/柯桥区"), (before.Organisation, before.Region));
            Assert.NotEqual("correction", before.OrganisationSource);

            File.WriteAllText(Path.Combine(folder, IngestionPipeline.CorrectionsFileName), "a.txt\t绍兴市总工会\t浙江省/绍兴市\t职工文化\n");
            var after = Assert.Single(Fixtures.Pipeline.IngestPath(folder).Reports);
            Assert.Equal(before.Id, after.Id);
            Assert.Equal(("绍兴市总工会", "浙江省/绍兴市", "correction", "correction"), (after.Organisation, after.Region, after.OrganisationSource, after.RegionSource));
            Assert.Equal(["职工文化"], after.Themes);
            Assert.All(after.Passages, p => Assert.Equal("绍兴市总工会", p.Organisation));
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
