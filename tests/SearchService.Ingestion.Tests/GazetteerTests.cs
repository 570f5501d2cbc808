using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Tests;

public class GazetteerTests
{
    internal static readonly Gazetteer Places = Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "gazetteer.tsv"));

    [Theory]
    [InlineData("吴江", "江苏省/苏州市/吴江区")]
    [InlineData("嘉善", "浙江省/嘉兴市/嘉善县")]
    [InlineData("平湖市", "浙江省/嘉兴市/平湖市")]
    [InlineData("青浦区", "上海市/青浦区")]
    [InlineData("景宁", "浙江省/丽水市/景宁畲族自治县")]
    [InlineData("福州市", "福建省/福州市")]
    [InlineData("鲁山县", "河南省/平顶山市/鲁山县")]
    [InlineData("谯城区", "安徽省/亳州市/谯城区")]
    [InlineData("海曙区", "浙江省/宁波市/海曙区")]
    [InlineData("浦东", "上海市/浦东新区")]
    [InlineData("大通县", "青海省/西宁市/大通回族土族自治县")]
    [InlineData("大通回族土族自治县", "青海省/西宁市/大通回族土族自治县")]
    [InlineData("内蒙古", "内蒙古自治区")]
    [InlineData("广西", "广西壮族自治区")]
    [InlineData("延边", "吉林省/延边朝鲜族自治州")]
    [InlineData("济源市", "河南省/济源市")]
    [InlineData("城口县", "重庆市/城口县")]
    [InlineData("海淀区", "北京市/海淀区")]
    [InlineData("襄樊", "湖北省/襄阳市")]
    [InlineData("沪", "上海市")]
    [InlineData("海南", "海南省")]
    [InlineData("凉山州", "四川省/凉山彝族自治州")]
    [InlineData("海南州", "青海省/海南藏族自治州")]
    [InlineData("伊犁", "新疆维吾尔自治区/伊犁哈萨克自治州")]
    [InlineData("伊犁州", "新疆维吾尔自治区/伊犁哈萨克自治州")]
    [InlineData("鄂伦春旗", "内蒙古自治区/呼伦贝尔市/鄂伦春自治旗")]
    [InlineData("本溪县", "辽宁省/本溪市/本溪满族自治县")]
    public void Resolves_full_names_short_forms_and_aliases(string name, string path) => Assert.Equal(path, Places.Resolve(name));

    [Theory]
    [InlineData("评选第三届三秦工匠十名。", "陕西省")]
    [InlineData("齐鲁大工匠发布活动在济南举行。", "山东省")]
    [InlineData("八闽职工喜迎新春。", "福建省")]
    [InlineData("陜西省總工會舉辦職工運動會。", "陕西省")]
    [InlineData("十名职工获评鹏城工匠。", "广东省/深圳市")]
    [InlineData("津门工匠宣讲团走进企业。", "天津市")]
    [InlineData("打造椰城工会服务品牌。", "海南省/海口市")]
    public void A_place_is_found_by_its_literary_name_or_nickname_and_by_陜(string text, string path) =>
        Assert.Equal(path, Places.Mentions(ScriptFold.Default.Fold(text))[0].Path);

    [Theory]
    [InlineData("朝阳区")]
    [InlineData("普陀区")]
    [InlineData("开发")]     // short form of no place: an ordinary word
    [InlineData("和平")]     // 和平区: districts named for virtues are not known by the virtue
    [InlineData("江南")]     // curated as not a place
    public void Shared_names_and_ordinary_words_do_not_resolve_alone(string name) => Assert.Null(Places.Resolve(name));

    [Theory]
    [InlineData("全省开展安康杯竞赛。")]        // a cup named after a place
    [InlineData("城东社区和城西社区都建了驿站。")] // the parts of a town
    [InlineData("创建全国文明示范县。")]          // a word holding a county's name
    public void Words_that_hold_a_place_name_are_not_the_place(string text) => Assert.Empty(Places.Mentions(text));

    [Theory]
    [InlineData("安康市总工会", "陕西省/安康市")]
    [InlineData("城东区", "青海省/西宁市/城东区")]
    [InlineData("范县总工会", "河南省/濮阳市/范县")]
    public void The_full_names_of_those_places_still_resolve(string text, string path) => Assert.Equal(path, Places.MostSpecificIn(text));

    [Fact]
    public void A_name_shared_inside_one_province_resolves_to_the_province() =>
        // 鼓楼区 of 南京 and of 徐州 are both in 江苏, but 福州 and 开封 have one too.
        Assert.Null(Places.Resolve("鼓楼区"));

    [Theory]
    [InlineData("鼓楼区", "福建省", "福建省/福州市/鼓楼区")]
    [InlineData("鼓楼区", "江苏省/徐州市", "江苏省/徐州市/鼓楼区")]
    [InlineData("普陀区", "浙江省/舟山市", "浙江省/舟山市/普陀区")]
    [InlineData("朝阳区", "北京市", "北京市/朝阳区")]
    public void Shared_names_resolve_in_context(string name, string context, string path) =>
        Assert.Equal(path, Places.Resolve(name, [context]));

    [Fact]
    public void Covers_every_province_and_county_level_division()
    {
        foreach (var path in new[] { "上海市/崇明区", "江苏省/宿迁市/泗洪县", "安徽省/亳州市/利辛县", "黑龙江省/大兴安岭地区/漠河市", "西藏自治区/阿里地区/噶尔县",
                     "新疆维吾尔自治区/石河子市", "海南省/三沙市", "广东省/东莞市", "台湾省" })
            Assert.True(Places.IsPath(path), path);
        Assert.True(Places.Count > 3300, $"{Places.Count} places");
    }

    [Theory]
    [InlineData("上海市青浦区总工会", "上海市/青浦区")]
    [InlineData("平湖市总工会", "浙江省/嘉兴市/平湖市")]
    [InlineData("柯桥区总工会", "浙江省/绍兴市/柯桥区")]
    [InlineData("南京市鼓楼区总工会", "江苏省/南京市/鼓楼区")]
    [InlineData("福州市总工会", "福建省/福州市")]
    [InlineData("兰州市城关区总工会", "甘肃省/兰州市/城关区")]
    [InlineData("浙能集团", null)]
    public void Most_specific_place_in_a_name(string name, string? path) => Assert.Equal(path, Places.MostSpecificIn(name));

    [Theory]
    [InlineData("贵安新区总工会组织职工健步走", "贵州省")]            // not 保定's 安新县 inside it
    [InlineData("南京江北新区总工会开展送清凉", "江苏省/南京市")]      // not 重庆's or 宁波's 江北区
    [InlineData("湖南湘江新区总工会召开全委会", "湖南省/长沙市")]
    [InlineData("青岛西海岸新区总工会举办技能大赛", "山东省/青岛市/黄岛区")]
    [InlineData("赣江新区总工会慰问一线职工", "江西省")]              // across two cities: the province
    public void National_new_areas_lie_in_their_place(string text, string path)
    {
        Assert.Equal(path, Places.MostSpecificIn(text));
        Assert.True(Places.Mentions(text)[^1].ByFullName);  // written out with 新区, it counts as a full name
    }

    [Theory]
    [InlineData("第四师总工会组织职工参加技能比武", "新疆维吾尔自治区/可克达拉市")]   // a 兵团 division runs its city as one body
    [InlineData("兵团第九师总工会慰问一线职工", "新疆维吾尔自治区/白杨市")]
    [InlineData("第十三師工會開展送清涼活動", "新疆维吾尔自治区/新星市")]             // traditional script, folded first
    [InlineData("第十二师总工会召开全委会", "新疆维吾尔自治区")]                       // a division that runs no city
    [InlineData("杨凌示范区总工会举办劳动竞赛", "陕西省/咸阳市/杨陵区")]               // managed areas that are no division
    [InlineData("武当山特区工会为快递员送清凉", "湖北省/十堰市")]
    [InlineData("郑东新区总工会开展职工书屋建设", "河南省/郑州市")]
    [InlineData("横琴粤澳深度合作区工会成立", "广东省/珠海市")]
    [InlineData("和康县总工会开展送温暖", "新疆维吾尔自治区/和田地区")]              // set up after the 2023 table: its prefecture
    public void Areas_and_divisions_the_statistics_table_lacks_lie_in_their_place(string text, string path) =>
        Assert.Equal(path, Places.MostSpecificIn(ScriptFold.Default.Fold(text)));

    [Theory]
    [InlineData("推进新时代县级工会加强年工作")]              // 时代 + 县级, not 代县
    [InlineData("助力振兴县域经济发展")]                      // 振兴 + 县域, not 兴县
    [InlineData("统筹工会经费县级留成部分")]                  // 经费 + 县级, not 费县
    [InlineData("在市总工会和县委、县政府的支持下")]          // 和 is "and", not 和县
    [InlineData("在县摄影家协会和县总工会公众号上展出")]
    public void A_two_character_county_glued_to_the_word_before_is_no_place(string text) => Assert.Empty(Places.Mentions(text));

    [Theory]
    [InlineData("安徽和县总工会开展送温暖", "安徽省/马鞍山市/和县")]      // after a place, or opening the text, it is one
    [InlineData("和县总工会开展送温暖", "安徽省/马鞍山市/和县")]
    [InlineData("代县县级工会加强年工作推进会召开", "山西省/忻州市/代县")]
    [InlineData("记者来到兴县，走访县域企业", "山西省/吕梁市/兴县")]
    public void A_two_character_county_standing_alone_is_the_county(string text, string path) => Assert.Equal(path, Places.MostSpecificIn(text));

    [Theory]
    [InlineData("湖南第一师范学院工会举办教职工运动会")]       // a teachers' college, not 兵团's 第一师
    [InlineData("市第二师范学校工会开展送温暖")]
    [InlineData("加强安全生产和安全意识教育")]                 // 和安 opens 和安全: no short form for 和安县
    public void A_word_holding_a_divisions_name_is_no_place(string text) =>
        Assert.DoesNotContain(Places.Mentions(text), m => m.Path.StartsWith("新疆", StringComparison.Ordinal));

    [Fact]
    public void A_street_named_after_a_city_is_not_the_city()
    {
        Assert.Empty(Places.Mentions("职工驿站设在南京路步行街口"));
        Assert.Equal("江苏省/南京市", Assert.Single(Places.Mentions("南京的职工驿站")).Path);
    }

    [Fact]
    public void Ambiguous_districts_take_the_city_named_in_the_same_text()
    {
        var mentions = Places.Mentions("舟山市普陀区总工会与宁波市海曙区总工会结对");
        Assert.Equal(["浙江省/舟山市", "浙江省/舟山市/普陀区", "浙江省/宁波市", "浙江省/宁波市/海曙区"], mentions.Select(m => m.Path));
        Assert.All(mentions, m => Assert.True(m.ByFullName));
    }

    [Fact]
    public void A_provinces_name_with_a_level_is_not_an_autonomous_county() =>
        Assert.Equal(["河南省"], Places.Mentions("河南县级工会干部培训班开班").Select(m => m.Path));

    [Fact]
    public void A_shared_name_takes_the_place_inside_the_deepest_context() =>
        Assert.Equal("江苏省/南京市/鼓楼区", Places.Resolve("鼓楼区", ["江苏省", "江苏省/南京市"]));

    [Theory]
    [InlineData("坚持党和政府的领导，职工得到实惠。")]
    [InlineData("市总工会同步开展慰问。")]
    [InlineData("全州职工踊跃参加。")]
    [InlineData("今年新建职工之家十个。")]
    [InlineData("全市中小企业职工参加培训。")]
    public void A_short_form_glued_to_the_word_before_is_not_a_place(string text) => Assert.Empty(Places.Mentions(text));

    [Theory]
    [InlineData("会议在都匀召开。", "贵州省/黔南布依族苗族自治州/都匀市")]
    [InlineData("贵州都匀的职工参加比赛。", "贵州省/黔南布依族苗族自治州/都匀市")]
    public void A_short_form_after_a_preposition_or_a_place_is_the_place(string text, string path) =>
        Assert.Equal(path, Places.MostSpecificIn(text));

    [Theory]
    [InlineData("同里镇", null, "江苏省/苏州市/吴江区")]
    [InlineData("周庄镇", null, null)]
    [InlineData("周庄镇", "江苏省/无锡市", "江苏省/无锡市/江阴市")]
    public void A_town_lies_in_one_county_level_place(string town, string? context, string? county) =>
        Assert.Equal(county, Places.CountyOfTown(town, context is null ? null : [context]));

    [Theory]
    [InlineData("八里庄街道", null, "北京市")]                          // 朝阳区's and 海淀区's: 北京 either way
    [InlineData("金海街道", null, null)]                                // 上海, 安徽 and 福建 each have one
    [InlineData("金海街道", "福建省", "福建省/厦门市/翔安区")]
    [InlineData("同里镇", null, "江苏省/苏州市/吴江区")]                // one town of that name: its county
    public void A_shared_town_names_the_place_where_all_its_counties_lie(string town, string? context, string? place) =>
        Assert.Equal(place, Places.PlaceOfTownIn(town, 0, town.Length, context is null ? null : [context]));

    [Theory]
    [InlineData("工会干部赴枫泾镇和沙头角街道看望职工。", "枫泾镇|沙头角街道")]
    [InlineData("慰问组先到伏山镇，再到东庄镇。", "伏山镇|东庄镇")]
    [InlineData("二道区吉林街道工会开展培训。", "吉林街道")]   // a street named like a province: the street, not 吉林省
    [InlineData("工会干部深入部分乡镇，推进乡村振兴和城乡融合。", "")]   // 分乡镇 is a town, 部分乡镇 a phrase
    public void Towns_are_found_by_their_full_names_and_not_inside_words(string text, string towns) =>
        Assert.Equal(towns, string.Join("|", Places.TownNames(text).Select(t => t.Name)));

    [Fact]
    public void The_town_table_is_read_only_when_a_town_is_asked_about()
    {
        var reads = 0;
        IEnumerable<string> TownRows()
        {
            reads++;
            yield return "长湖镇\t330000";
        }
        var places = new Gazetteer(["330000\t浙江省\tprovince\t浙江"], null, TownRows());
        Assert.Equal(0, reads);
        Assert.Equal("浙江省", places.CountyOfTown("长湖镇"));
        Assert.Null(places.CountyOfTown("短湖镇"));
        Assert.Equal(1, reads);
    }

    [Theory]
    [InlineData("哈市总工会开展冰雪运动会。", "黑龙江省/哈尔滨市")]          // a long city name by its first character and 市
    [InlineData("慰问团在呼市走访环卫工人。", "内蒙古自治区/呼和浩特市")]
    [InlineData("德令哈市总工会开展慰问。", "青海省/海西蒙古族藏族自治州/德令哈市")]   // a longer name is read whole
    [InlineData("乌鲁木齐市总工会开展慰问。", "新疆维吾尔自治区/乌鲁木齐市")]
    public void Long_city_names_are_known_by_their_first_character_and_shi(string text, string path) =>
        Assert.Equal(path, Places.MostSpecificIn(text));

    [Theory]
    [InlineData("紫云自治县", "贵州省/安顺市/紫云苗族布依族自治县")]
    [InlineData("长阳自治县", "湖北省/宜昌市/长阳土家族自治县")]
    [InlineData("莫力达瓦自治旗", "内蒙古自治区/呼伦贝尔市/莫力达瓦达斡尔族自治旗")]
    [InlineData("东乡县", "甘肃省/临夏回族自治州/东乡族自治县")]     // a unit named after its one nationality
    [InlineData("鄂温克旗", "内蒙古自治区/呼伦贝尔市/鄂温克族自治旗")]
    [InlineData("克州", "新疆维吾尔自治区/克孜勒苏柯尔克孜自治州")]
    [InlineData("博州", "新疆维吾尔自治区/博尔塔拉蒙古自治州")]
    public void Autonomous_units_resolve_by_the_names_people_write(string name, string path) => Assert.Equal(path, Places.Resolve(name));

    [Theory]
    [InlineData("紫云自治县总工会召开全委会。", "贵州省/安顺市/紫云苗族布依族自治县")]
    [InlineData("巴州总工会走访慰问环卫工人。", null)]                           // 巴中's 巴州区 or 新疆's 巴音郭楞: the text must say
    [InlineData("新疆巴州总工会走访慰问环卫工人。", "新疆维吾尔自治区/巴音郭楞蒙古自治州")]
    [InlineData("两岸工会交流，新北市总工会来访。", "台湾省/新北市")]              // not 常州's 新北区
    public void Autonomous_prefectures_and_taiwans_cities_in_text(string text, string? path) => Assert.Equal(path, Places.MostSpecificIn(text));

    [Theory]
    [InlineData("开封县总工会", "河南省/开封市/祥符区")]          // renamed (curated, place-aliases.tsv)
    [InlineData("宝鸡县总工会", "陕西省/宝鸡市/陈仓区")]
    [InlineData("江浦县总工会", "江苏省/南京市/浦口区")]          // merged into another (2002)
    [InlineData("杏林区总工会", "福建省/厦门市/海沧区")]
    [InlineData("思茅地区总工会", "云南省/普洱市")]                // the prefecture, not the district of its old seat
    [InlineData("上海市闸北区总工会", "上海市/静安区")]
    [InlineData("吴江市总工会", "江苏省/苏州市/吴江区")]          // same stem, another level: derived
    [InlineData("桐乡县总工会", "浙江省/嘉兴市/桐乡市")]
    [InlineData("铜仁地区总工会", "贵州省/铜仁市")]
    [InlineData("乌兰察布盟总工会", "内蒙古自治区/乌兰察布市")]
    [InlineData("星子县总工会", "江西省/九江市/庐山市")]          // renamed (generated, former-names.tsv: where its towns lie today)
    [InlineData("清浦区总工会", "江苏省/淮安市/清江浦区")]
    [InlineData("莱城区总工会", "山东省/济南市/莱芜区")]          // its prefecture merged into another
    [InlineData("哈密地区总工会", "新疆维吾尔自治区/哈密市")]
    public void Former_names_resolve_to_todays_division(string name, string path)
    {
        Assert.Equal(path, Places.MostSpecificIn(name));
        Assert.True(Places.NamesFormerly(name));
    }

    // A stem that is an ordinary word (新建, 长寿, 大兴) stands for no place alone, but jieba knows its former full name as
    // a place: the generator writes it out (gazetteer.tsv, seventh column).
    [Theory]
    [InlineData("那年夏天，新建县总工会在乡镇开办了培训班。", "江西省/南昌市/新建区")]
    [InlineData("长寿县总工会为环卫工人送去清凉。", "重庆市/长寿区")]
    [InlineData("大兴县工会组织农民工学技术。", "北京市/大兴区")]
    public void Former_names_of_places_whose_short_form_is_a_word(string text, string path)
    {
        Assert.Equal(path, Places.MostSpecificIn(text));
        Assert.True(Places.NamesFormerly(text));
    }

    [Theory]
    [InlineData("今年新建县级职工服务阵地三处。")]       // newly built, county-level: no 新建县
    [InlineData("全年新建县域工会服务站点十个。")]
    [InlineData("厂里新建了一座职工书屋。")]
    public void A_former_name_of_a_word_before_a_level_is_the_word(string text) => Assert.Empty(Places.Mentions(text));

    [Theory]
    [InlineData("东风街道七里河社区工会开展慰问。", "山东省/济南市/历城区")]   // the one 东风街道 with that community
    [InlineData("东风街道工会开展慰问。", null)]                               // several counties have a 东风街道
    [InlineData("东风街道一个新社区开展慰问。", null)]                         // no community of the table
    public void A_shared_town_is_settled_by_the_community_written_after_it(string text, string? path) =>
        Assert.Equal(path, Places.CountyOfTownIn(text, 0, 4));

    [Theory]
    [InlineData("永安市")]        // a full name of its own, not a former name of 永安 anything
    [InlineData("平湖市总工会")]
    [InlineData("吴江区总工会")]
    public void Todays_names_are_not_former_names(string name) => Assert.False(Places.NamesFormerly(name));

    [Theory]
    [InlineData("我们要大力弘扬中华优秀传统文化。")]        // 弘扬 runs into 扬中
    [InlineData("完善职工健康保障体系。")]                  // 健康 runs into 康保
    [InlineData("工地上一派热火朝天的景象。")]              // the idiom holds 朝天
    [InlineData("两个厂的做法大同小异。")]                  // the idiom starts with 大同
    [InlineData("工会积极收集安全生产合理化建议。")]        // 收集 runs into 集安
    public void An_ordinary_word_that_crosses_a_short_form_leaves_no_place(string text) => Assert.Empty(Places.Mentions(text));

    [Theory]
    [InlineData("省总工会推动武汉、南昌等地建设驿站。", "湖北省/武汉市")]   // 动武 is rarer than 武汉
    [InlineData("扬中的职工参加了比赛。", "江苏省/镇江市/扬中市")]
    public void A_rarer_word_does_not_hide_a_place(string text, string first) => Assert.Equal(first, Places.Mentions(text)[0].Path);

    [Theory]
    [InlineData("会上，王东明同志作了讲话。")]           // 东明县's short form as a given name
    [InlineData("本报讯（记者 邱江华）驿站开放。")]
    [InlineData("主席李新星代表工会发言。")]
    [InlineData("永安小区的环卫工人领到了慰问品。")]     // an estate named like 永安市
    [InlineData("工会走访了李庄村的困难职工。")]
    public void A_short_form_in_a_persons_name_or_a_villages_is_no_place(string text) => Assert.Empty(Places.Mentions(text));

    [Theory]
    [InlineData("工会组织劳模到太湖源镇东阳岭景区参观。")]     // a site of the town, named like 东阳市
    [InlineData("锦北街道东阳小学的教师参加了培训。")]         // a school of the street
    public void A_short_form_right_after_a_towns_name_is_part_of_that_town_not_a_county(string text) =>
        Assert.DoesNotContain(Places.Mentions(text), m => m.Path == "浙江省/金华市/东阳市");

    [Theory]
    [InlineData("太湖源镇、东阳和义乌的职工参加了比赛。", "浙江省/金华市/东阳市")]     // after a break: the county
    [InlineData("天目山镇临安山核桃合作社的职工参加了比赛。", "浙江省/杭州市/临安区")] // a unit named after the town's own county
    public void A_short_form_after_a_town_is_a_place_after_a_break_or_when_it_holds_the_town(string text, string path) =>
        Assert.Contains(Places.Mentions(text), m => m.Path == path);

    [Fact]
    public void A_surname_character_that_ends_a_place_does_not_make_a_person() =>
        Assert.Equal(["江苏省", "江苏省/苏州市/昆山市"], Places.Mentions("江苏昆山的职工").Select(m => m.Path));

    [Fact]
    public void A_town_named_like_another_county_lies_where_the_town_table_puts_it()
    {
        // 德庆镇 is in 堆龙德庆区 (and elsewhere in 西藏), not in 广东's 德庆县.
        Assert.Equal(["西藏自治区/拉萨市/堆龙德庆区", "西藏自治区/拉萨市/堆龙德庆区"], Places.Mentions("在堆龙德庆区德庆镇开展慰问").Select(m => m.Path));
        // Two districts of 拉萨 have a 德庆镇: the city is all the text says, and never 广东's 德庆县.
        Assert.Equal("西藏自治区/拉萨市", Places.MostSpecificIn("拉萨市德庆镇总工会"));
    }

    [Theory]
    [InlineData("北京大兴的快递小哥有了驿站。", "北京市/大兴区")]
    [InlineData("苏州常熟的工会干部参加培训。", "江苏省/苏州市/常熟市")]
    [InlineData("南宁江南的环卫工人领到清凉包。", "广西壮族自治区/南宁市/江南区")]   // curated as not a place alone
    [InlineData("全市上下大兴调查研究之风。", null)]                                  // alone, 大兴 is a verb
    [InlineData("四川南部地区普降大雨。", "四川省")]                                  // after a province: the south of it
    [InlineData("湖北公安系统工会开展比武。", "湖北省")]
    public void A_short_form_that_is_an_ordinary_word_names_a_place_right_after_its_city(string text, string? path) =>
        Assert.Equal(path, Places.MostSpecificIn(text));

    [Fact]
    public void The_crossing_words_are_read_only_when_a_short_form_is_met()
    {
        var reads = 0;
        IEnumerable<string> CrossingRows()
        {
            reads++;
            yield return "弘扬\t430";
        }
        var places = new Gazetteer(["32\t江苏省\tprovince\t江苏", "321182\t江苏省/镇江市/扬中市\tcounty\t扬中"], null, null, CrossingRows());
        Assert.Single(places.Mentions("江苏省总工会"));
        Assert.Equal(0, reads);
        Assert.Empty(places.Mentions("弘扬中华文化"));
        Assert.Single(places.Mentions("扬中职工"));
        Assert.Equal(1, reads);
    }

    [Fact]
    public void A_news_site_named_after_a_districts_short_form_is_no_place() =>
        Assert.Null(Places.MostSpecificIn("天山网讯 记者从会上获悉，座谈会开得很成功。"));

    [Theory]
    [InlineData("近日，吉林高新区总工会举办职工运动会。", "吉林省/吉林市/吉林高新技术产业开发区")]   // 吉林 alone is the province
    [InlineData("吉林经开区为企业职工送去清凉。", "吉林省/吉林市/吉林经济开发区")]
    [InlineData("唐山市高新区的职工书屋开放了。", "河北省/唐山市/唐山高新技术产业开发区")]
    [InlineData("净月高新区建成十个职工驿站。", "吉林省/长春市/长春净月高新技术产业开发区")] // the zone's own name, no city
    [InlineData("唐山芦台经开区开展劳动竞赛。", "河北省/唐山市/河北唐山芦台经济开发区")]      // no province before the city
    [InlineData("吉林今年新建职工驿站。", "吉林省")]
    public void A_development_zone_is_found_by_the_names_documents_give_it(string text, string path) =>
        Assert.Equal(path, Places.MostSpecificIn(text));

    [Theory]
    [InlineData("天目山镇", "天目山镇")]
    [InlineData("花园街道幸福社区", "花园街道")]          // a community's union is named after its street
    [InlineData("石桥镇新风村", "石桥镇")]
    [InlineData("东华门街道多宝社区居委会", "东华门街道")]
    [InlineData("幸福社区", null)]                         // no town written
    [InlineData("某某机械有限公司", null)]
    public void A_unit_below_the_county_is_named_by_its_town(string stem, string? town) => Assert.Equal(town, Places.TownOfUnit(stem));

    [Theory]
    [InlineData("深圳市龙城街道总工会", null, "广东省/深圳市/龙岗区")]        // the street of that name in 深圳市
    [InlineData("龙城街道总工会", null, null)]                                 // five counties have one: nothing guessed
    [InlineData("八里庄街道总工会", null, "北京市")]                           // two districts of one city have one: that city
    [InlineData("花园街道幸福社区工会联合会", "浙江省/衢州市", "浙江省/衢州市/柯城区")] // settled by the text's city
    [InlineData("花园街道幸福社区工会联合会", "浙江省/嘉兴市", null)]          // none in that city: nothing guessed
    [InlineData("嘉兴市花园街道总工会", null, "浙江省/嘉兴市")]                // a street the table does not put there adds nothing
    [InlineData("柯城区花园街道总工会", null, "浙江省/衢州市/柯城区")]
    public void An_organisations_place_goes_down_to_its_towns_county_when_that_is_settled(string name, string? context, string? path) =>
        Assert.Equal(path, Places.PlaceOfName(name, context is null ? null : [context]));

    [Theory]
    [InlineData("奎屯-独山子经济技术开发区总工会", "新疆维吾尔自治区")]   // two counties of two prefectures: their province
    [InlineData("昆山—太仓合作园区工会", "江苏省/苏州市")]               // two counties of one city: the city
    [InlineData("昆山市总工会", "江苏省/苏州市/昆山市")]                 // no dash: the place it names
    public void A_zone_named_after_two_places_joined_by_a_dash_lies_where_both_lie(string name, string path) =>
        Assert.Equal(path, Places.PlaceOfName(name));
}
