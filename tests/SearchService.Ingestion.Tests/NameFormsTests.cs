using SearchService.Ingestion.Metadata;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Names cut or glued wrongly, and names written short whose full form the text or its page gives (round 23), on
/// sentences written for these tests.
/// </summary>
public class NameFormsTests
{
    [Theory]
    [InlineData("近日，红星工会依托“职工之家”APP柳州市总工会子站开展答题活动。", "柳州市总工会")]   // an app's word glued before
    [InlineData("扫码关注QQ柳州市总工会公众号。", "柳州市总工会")]
    [InlineData("近日，TCL科技集团工会组织职工开展健步走。", "TCL科技集团工会")]                    // a Latin brand opening no place stays
    [InlineData("近日，ABC红星有限公司工会组织职工开展健步走。", "ABC红星有限公司工会")]
    public void A_latin_word_glued_before_a_name_that_opens_with_a_place_is_not_part_of_it(string text, string name) =>
        Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("3月5日晚，柳州-东盟经济开发区总工会举办职工艺术节。", "柳州-东盟经济开发区总工会")]  // a city and a partner that is no place
    [InlineData("近日，奎屯-独山子经济技术开发区总工会举办职工艺术节。", "奎屯-独山子经济技术开发区总工会")]  // two places, as before
    [InlineData("本次活动-东盟经济开发区总工会承办。", "东盟经济开发区总工会")]                      // no place before the dash: the dash ends it
    [InlineData("柳州-桂林两地总工会开展交流。", null)]                                               // no zone after the dash
    public void A_zone_named_after_its_city_and_a_partner_keeps_the_dash(string text, string? name) =>
        Assert.Equal(name, FirstName(text));

    [Fact]
    public void A_zones_union_by_its_kind_is_the_dashed_zone_the_text_writes()
    {
        Assert.Equal("柳州-东盟经济开发区总工会", Organisations.Names.ZoneWrittenInFull("开发区总工会", ["近日，柳州-东盟经济开发区举办首届职工艺术节。"]));
        Assert.Null(Organisations.Names.ZoneWrittenInFull("开发区总工会", ["近日，活动-东盟经济开发区举办首届职工艺术节。"]));
    }

    [Theory]
    [InlineData("湖北??嘉x供电公司工会开展慰问。", null)]              // two marks of a failed decoding, then what is left of a character
    [InlineData("湖北?嘉x供电公司工会开展慰问。", null)]               // one mark and a Latin letter among the next characters
    [InlineData("湖北\uFFFD嘉兴供电公司工会开展慰问。", null)]          // the replacement character
    [InlineData("为什么?柳州市总工会这样做。", "柳州市总工会")]         // a question mark before a whole name
    [InlineData("怎么办?TCL科技集团工会来帮忙。", "TCL科技集团工会")]
    public void A_name_after_the_marks_of_a_failed_decoding_is_no_name(string text, string? name) =>
        Assert.Equal(name, FirstName(text));

    [Fact]
    public void A_garbled_name_leaves_the_enterprise_the_text_writes_whole()
    {
        var found = Attribute("小处显真情——湖北??嘉x供电公司关爱职工侧记",
            "近年来，湖北??嘉x供电公司以家园文化为抓手。该公司工会连续五年被襄阳供电公司评为先进基层工会。",
            "4月2日，走进湖北保康县供电公司，院子里健身器材齐全。",
            "2015年，保康县供电公司从改善基础条件入手，整修职工公寓。");
        Assert.Equal("保康县供电公司工会", found.Organisation);
    }

    [Fact]
    public void A_company_written_short_takes_the_legal_name_the_text_writes()
    {
        var found = Attribute("红星光电公司工会举办三八节活动",
            "3月7日，某某集团河南红星光电有限公司举办三八节趣味活动。",
            "红星光电公司工会女职工委员会还组织了插花比赛。");
        Assert.Equal("河南红星光电有限公司工会", found.Organisation);
        Assert.Equal("河南省", found.Region);
        Assert.Equal("红星光电股份有限公司工会", Organisations.Names.LegalNameWrittenInFull("红星光电公司工会", ["近日，红星光电股份有限公司召开大会。"]));
        // Two legal names of that brand: neither.
        Assert.Null(Organisations.Names.LegalNameWrittenInFull("红星光电公司工会", ["河南红星光电有限公司和湖北红星光电有限公司签约。"]));
        // A name that already holds its legal form, and a bare 公司工会, are left alone.
        Assert.Null(Organisations.Names.LegalNameWrittenInFull("红星光电有限公司工会", ["河南红星光电有限公司举办活动。"]));
        Assert.Null(Organisations.Names.LegalNameWrittenInFull("公司工会", ["河南红星光电有限公司举办活动。"]));
    }

    [Theory]
    [InlineData("最新老虎机,新老虎机平台医院工会开展活动。", null)]    // advertising words written over a name
    [InlineData("2023年7月以来，医院工会积极开展职工小家建设。", null)]   // a hospital's union, no one's in particular
    [InlineData("近日，中山医院工会慰问急诊一线职工。", "中山医院工会")] // a hospital named after a place is a name
    [InlineData("近日，红星医院工会慰问急诊一线职工。", "红星医院工会")]
    public void Advertising_words_and_a_bare_hospital_name_no_union(string text, string? name) =>
        Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("人民医院医院工会召开会议布置工作。", "人民医院工会")]      // the unit, then its kind again
    [InlineData("红星有限公司公司工会召开会议。", "红星有限公司工会")]
    [InlineData("红星医院工会召开会议布置工作。", "红星医院工会")]
    public void A_units_kind_written_twice_is_written_once(string text, string name) =>
        Assert.Equal(name, FirstName(text));

    [Theory]
    [InlineData("东华门街道实现社区工会组织全覆盖。")]                     // a verb between the street and 社区
    [InlineData("东华门街道建成村工会十个。")]
    public void A_verb_between_a_town_and_its_level_is_no_communitys_name(string text) =>
        Assert.DoesNotContain(Organisations.Names.Find(text), m => m.Name.Contains("实现", StringComparison.Ordinal) || m.Name.Contains("建成", StringComparison.Ordinal));

    [Fact]
    public void A_communitys_name_after_its_town_is_still_read() =>
        Assert.Equal("东华门街道多宝社区工会联合会", FirstName("近日，东华门街道多宝社区工会联合会走访困难职工。"));

    [Fact]
    public void A_units_union_under_its_enterprise_written_short_takes_the_enterprise_the_text_writes_longer()
    {
        var found = Attribute("红星集团木兰煤矿工会举办元宵活动",
            "中国远华红星集团消息 2月24日，红星集团木兰煤矿工会委员会组织举办了元宵节趣味活动。");
        Assert.Equal("中国远华红星集团木兰煤矿工会", found.Organisation);
        // Only a place before it: the province a name leaves out, no longer name.
        Assert.Null(Organisations.Names.EnterpriseWrittenLonger("红星集团木兰煤矿工会", ["青海省红星集团召开大会。"]));
        // Two longer names: neither.
        Assert.Null(Organisations.Names.EnterpriseWrittenLonger("红星集团木兰煤矿工会", ["中国远华红星集团和东方宏达红星集团签约。"]));
        // The enterprise's own union is no unit's.
        Assert.Null(Organisations.Names.EnterpriseWrittenLonger("红星集团工会", ["中国远华红星集团召开大会。"]));
    }

    [Fact]
    public void A_provinces_sector_union_written_without_its_province_takes_the_one_province_its_page_names()
    {
        var found = AttributeItem("省工商银行工会举办书画展", ["△省工商银行工会最近举办了首届书画摄影展览。"],
            ["△省工商银行工会最近举办了首届书画摄影展览。", "△陕西机械厅工会前不久举办首届职工篮球赛。"]);
        Assert.Equal("陕西省工商银行工会", found.Organisation);
        // A page of two provinces settles nothing.
        var two = AttributeItem("省工商银行工会举办书画展", ["△省工商银行工会最近举办了首届书画摄影展览。"],
            ["△省工商银行工会最近举办了首届书画摄影展览。", "△陕西机械厅工会举办篮球赛。", "△湖北交通厅工会举办篮球赛。"]);
        Assert.Equal("", two.Organisation);
    }
}
