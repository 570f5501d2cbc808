using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Names cut or resolved wrongly around a place written inside a longer name, and around a person's title before a
/// union (round 20), on sentences written for these tests.
/// </summary>
public class NamesAroundPlacesTests
{
    [Theory]
    [InlineData("近日，某某食品(上海)有限公司工会组织职工开展健步走。", "某某食品(上海)有限公司工会")]
    [InlineData("近日，某某食品（上海）有限公司工会组织职工开展健步走。", "某某食品(上海)有限公司工会")]  // one spelling of brackets
    [InlineData("近日，红星轴承(集团)股份有限公司工会举办技能比武。", "红星轴承(集团)股份有限公司工会")]
    [InlineData("近日，辽宁(营口)滨海产业基地工会联合会走访企业。", "辽宁(营口)滨海产业基地工会联合会")]  // kept as written, no province spelt out
    [InlineData("本报讯（记者 王某）红星公司工会开展送清凉。", "红星公司工会")]          // a credit holds a space: no name
    [InlineData("本报讯（记者王某）红星公司工会开展送清凉。", "红星公司工会")]            // a person in brackets is no place
    [InlineData("各县(市、区)总工会开展送清凉。", null)]                                 // a list of levels
    [InlineData("全县乡镇(街道)工会开展送清凉。", null)]
    public void A_place_or_an_enterprise_word_in_brackets_inside_a_name_is_part_of_it(string text, string? name) =>
        Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("近日，李明副主席代表柳州市总工会慰问环卫工人。", "柳州市总工会")]          // the name was lost
    [InlineData("会上，王某书记红星机械有限公司工会的做法得到肯定。", "红星机械有限公司工会")]  // the title leaked into the name
    [InlineData("近日，张主任代表红星机械有限公司工会看望困难职工。", "红星机械有限公司工会")]
    [InlineData("近日，红星机械有限公司机关工会开展送清凉。", "红星机械有限公司机关工会")]
    public void A_persons_title_before_a_union_is_no_part_of_its_name(string text, string name) =>
        Assert.Equal(name, FirstName(text));

    [Fact]
    public void A_bare_level_spoken_for_is_still_found()
    {
        var found = Organisations.Names.Find("市总工会副主席王某代表市总工会向职工致以问候。").Select(m => m.Name).ToList();
        Assert.Equal(["市总工会", "市总工会"], found);
    }

    [Fact]
    public void An_enterprise_abbreviated_to_characters_of_its_words_is_the_name_the_text_writes_in_full()
    {
        Assert.Equal("沈阳铁路局工会", Attribute("沈铁局工会送欢乐到基层", "近日，沈阳铁路局工会组织文化宫成员走进沿线车站开展趣味活动。").Organisation);
        // A name whose characters the fuller one does not hold in order is another union's.
        Assert.Equal("沈北局工会", Attribute("沈北局工会送欢乐到基层", "近日，沈北局工会组织职工开展趣味活动，沈阳铁路局工会派员观摩。").Organisation);
    }

    [Theory]
    [InlineData("近日，香港工会界代表到杭州参观交流。", null)]                 // the unions' circles of a place, not its union
    [InlineData("近日，杭州工会代表到香港参观交流。", "杭州市总工会")]          // counter-case: a place's plain 工会
    public void A_places_union_circles_are_no_union(string text, string? name) =>
        Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("近日，农行柳州分行工会组织职工开展健步走。", "农行柳州分行工会")]          // a bank's short form, a place, its branch
    [InlineData("近日，某某农商银行城东支行工会组织职工开展健步走。", "某某农商银行城东支行工会")]
    [InlineData("近日，柳州分行工会组织职工开展健步走。", "柳州分行工会")]
    public void A_banks_branch_is_an_enterprise(string text, string name) =>
        Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("春节前，个旧市、弥勒市、石屏县、泸西县四地总工会相继开展慰问活动。", null)]  // the unions of places listed, not 泸西县's 四地
    [InlineData("近日，泸西县四地物流有限公司工会开展慰问活动。", "泸西县四地物流有限公司工会")]     // counter-case: a company's name goes on
    [InlineData("近日，泸西县总工会开展慰问活动。", "泸西县总工会")]
    public void Places_listed_before_their_count_name_no_one_union(string text, string? name) =>
        Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("近日，石门二路街道总工会开展送温暖活动。", "石门二路街道总工会")]         // the table's street, not 石门县's 二路街道
    [InlineData("近日，金山卫镇总工会开展送温暖活动。", "金山卫镇总工会")]               // one character left for a name: 金山区's 卫镇 is none
    [InlineData("近日，上海金山区金山卫镇总工会开展送温暖活动。", "上海市金山区金山卫镇总工会")]
    [InlineData("近日，南京东路街道总工会开展送温暖活动。", "南京东路街道总工会")]
    [InlineData("近日，柳北区总工会开展送温暖活动。", "柳州市柳北区总工会")]             // counter-case: a district, not a street
    [InlineData("近日，临安区天目山镇总工会开展送温暖活动。", "杭州市临安区天目山镇总工会")]  // counter-case: a town of the place written before it
    public void A_street_whose_name_opens_with_a_places_short_form_is_that_street(string text, string name) =>
        Assert.Equal(name, FirstName(text));

    [Fact]
    public void Such_a_street_is_written_out_with_the_county_the_table_puts_it_in()
    {
        var found = Attribute("石门二路街道总工会开展送温暖活动", "近日，石门二路街道总工会开展送温暖活动。");
        Assert.Equal("上海市静安区石门二路街道总工会", found.Organisation);
        Assert.Equal("上海市/静安区", found.Region);
    }

    [Theory]
    [InlineData("近日，经开区总工会开展送温暖活动，慰问遂宁经开区环卫工人。", "遂宁经开区总工会")]
    [InlineData("遂宁市经济技术开发区党工委高度重视。近日，经开区总工会开展送温暖活动。", "遂宁市经济技术开发区总工会")]
    [InlineData("近日，开发区总工会开展送温暖活动，慰问高邮经济开发区环卫工人。", "高邮经济开发区总工会")]
    [InlineData("近日，经开区总工会开展送温暖活动，遂宁经开区和绵阳经开区的环卫工人参加。", "经开区总工会")]  // two zones: which is not said
    [InlineData("近日，经开区总工会开展送温暖活动。", "经开区总工会")]                                       // no zone written with its place
    public void A_zones_union_written_by_its_kind_takes_the_zone_the_text_writes_with_its_place(string lead, string name) =>
        Assert.Equal(name, Attribute("经开区总工会开展送温暖活动", lead).Organisation);

    [Theory]
    [InlineData("近日，高新区工会开展送温暖活动，株洲高新区管委会领导出席。", "株洲高新区工会")]
    [InlineData("近日，高新区工会开展送温暖活动。", null)]                                         // the kind alone names no one, as before
    [InlineData("要加强开发区工会建设，推动遂宁经开区和绵阳经开区建会。", null)]                     // several zones: nobody's
    public void A_zones_plain_union_takes_the_one_zone_its_sentence_writes_with_its_place(string text, string? name) =>
        Assert.Equal(name, FirstName(text));
}
