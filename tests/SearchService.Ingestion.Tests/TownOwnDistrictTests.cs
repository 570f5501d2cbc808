using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A town's or street's union written bare (某镇总工会) in a text about another district of the same city — its
/// staff visiting there — lies in its own district when towns.tsv knows the town in exactly one district of that city
/// (thirty-first round, orgs33). The district the text names stays when the town lies in it, when the city has the
/// town's name in several districts (the text then settles which), and when the city has no town of that name.
/// Own sentences.
/// </summary>
public class TownOwnDistrictTests
{
    [Fact]
    public void A_visiting_towns_union_keeps_its_own_district() =>
        Assert.Equal("上海市松江区泗泾镇总工会", Attribute("泗泾镇总工会开展调研",
            "6月7日下午，泗泾镇总工会副主席王某一行来到闵行区，走访了户外职工驿站。").Organisation);

    [Fact]
    public void A_towns_union_serving_another_district_keeps_its_own() =>
        Assert.Equal("上海市松江区泗泾镇总工会", Attribute("泗泾镇总工会开展夏送清凉",
            "近日，泗泾镇总工会为闵行区户外职工送去清凉。").Organisation);

    [Fact]
    public void A_town_inside_the_named_district_stays_there() =>
        Assert.Equal("上海市闵行区七宝镇总工会", Attribute("七宝镇总工会开展夏送清凉",
            "近日，七宝镇总工会为闵行区户外职工送去清凉。").Organisation);

    [Fact]
    public void A_town_written_with_its_district_is_as_written() =>
        Assert.Equal("上海市闵行区泗泾镇总工会", Attribute("泗泾镇总工会开展夏送清凉",
            "近日，闵行区泗泾镇总工会为户外职工送去清凉。").Organisation);

    [Fact]
    public void A_name_the_city_has_in_several_districts_keeps_the_named_one() =>
        // 大坪镇: two counties of 梅州市 have one, neither of them 梅江区; the text's district stays.
        Assert.Equal("梅州市梅江区大坪镇总工会", Attribute("大坪镇总工会开展夏送清凉",
            "近日，大坪镇总工会为梅江区户外职工送去清凉。", "梅江区环卫工人代表表示感谢。").Organisation);

    [Fact]
    public void A_name_the_city_lacks_keeps_the_named_district() =>
        // 永乐镇: the table has several, none in 延安市; the text's district stays, as before.
        Assert.Equal("延安市宝塔区永乐镇总工会", Attribute("永乐镇总工会开展夏送清凉",
            "近日，永乐镇总工会为延安市宝塔区户外职工送去清凉。").Organisation);
}
