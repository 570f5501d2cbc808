using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Enterprises placed by their names: a mining district's short form (峰峰矿区 → 峰峰), a provincial enterprise's brand
/// (its province's one-character abbreviation and its trade), and roads named after a place with a direction or a number.
/// </summary>
public class PlaceOfEnterpriseNameTests
{
    private static Gazetteer Places => GazetteerTests.Places;

    [Theory]
    [InlineData("峰峰", "河北省/邯郸市/峰峰矿区")]
    [InlineData("白云鄂博", "内蒙古自治区/包头市/白云鄂博矿区")]
    [InlineData("峰峰矿区", "河北省/邯郸市/峰峰矿区")]
    public void A_mining_district_is_called_by_its_name_without_kuangqu(string name, string path) => Assert.Equal(path, Places.Resolve(name));

    [Fact]
    public void A_group_named_after_its_mining_district_lies_there() =>
        Assert.Equal("河北省/邯郸市/峰峰矿区", Places.MostSpecificIn("某某能源峰峰集团某某矿举办职工趣味运动会"));

    [Theory]
    [InlineData("川煤某某公司三号矿工会", "四川省")]
    [InlineData("晋能控股某某煤电公司工会", "山西省")]
    [InlineData("冀中能源某某集团工会", "河北省")]
    [InlineData("皖北煤电某某矿工会", "安徽省")]
    [InlineData("陕建某某公司工会", "陕西省")]
    public void A_provincial_enterprises_brand_names_its_province(string name, string province) =>
        Assert.Equal(province, Places.ProvinceOfBrand(name));

    [Theory]
    [InlineData("新能源汽车公司工会")]          // 新 opens new energy, not 新疆
    [InlineData("宁波建设集团工会")]            // 宁 is also 南京's and 宁波's
    [InlineData("晋中能源公司工会")]            // a city's name (晋中) opens it, not the brand
    [InlineData("川味餐饮公司工会")]            // no trade after the abbreviation
    [InlineData("浙江某某电力公司工会")]         // the province written out is read as a place
    [InlineData("某某集团工会")]
    public void No_brand_where_the_abbreviation_opens_no_trade_or_a_place_opens_the_name(string name) =>
        Assert.Null(Places.ProvinceOfBrand(name));

    [Fact]
    public void A_site_named_after_a_place_of_another_province_does_not_move_a_branded_enterprise() =>
        // 铁山 is also 黄石's district: inside a 川煤 unit's name it is the site its mine is named after.
        Assert.Equal("四川省", Places.PlaceOfOrganisationName("川煤某某公司铁山南矿业分公司工会"));

    [Fact]
    public void A_branch_named_with_a_place_in_full_is_where_the_branch_is()
    {
        Assert.Equal("内蒙古自治区/鄂尔多斯市", Places.PlaceOfOrganisationName("晋能控股鄂尔多斯市分公司工会"));
        Assert.Equal("山西省/大同市", Places.PlaceOfOrganisationName("晋能控股大同公司工会"));
    }

    [Fact]
    public void Without_a_brand_the_name_is_placed_as_before() =>
        Assert.Equal("湖北省/黄石市/铁山区", Places.PlaceOfOrganisationName("铁山区总工会"));

    [Fact]
    public void The_organisation_directory_places_a_branded_enterprise_in_its_province() =>
        Assert.Equal("山西省", TestAttributor.Organisations.RegionOf("晋能控股某某煤电公司工会"));

    [Theory]
    [InlineData("职工之家设在长沙东路一号")]
    [InlineData("活动在石门二路的广场举行")]
    [InlineData("沿着中山北大街走访环卫工人")]
    public void A_road_named_after_a_place_with_a_direction_or_number_is_not_the_place(string text) =>
        Assert.Empty(Places.Mentions(text));

    [Theory]
    [InlineData("从长沙一路向南", "湖南省/长沙市")]      // 一路: all the way, after the place
    [InlineData("长沙东部片区", "湖南省/长沙市")]        // a part of the place, no road
    public void A_direction_or_one_without_a_road_leaves_the_place(string text, string path) =>
        Assert.Equal(path, Assert.Single(Places.Mentions(text)).Path);

    [Theory]
    [InlineData("阿克苏(图木舒克)机场工会", "新疆维吾尔自治区/图木舒克市")]     // a county-level city 自治区直辖, not inside the prefecture
    [InlineData("阿克苏（图木舒克）机场工会", "新疆维吾尔自治区/图木舒克市")]
    [InlineData("湖南(浏阳市)某某烟花公司工会", "湖南省/长沙市/浏阳市")]          // a province then its county in brackets
    public void A_county_in_brackets_after_a_wider_place_of_its_province_is_where_the_unit_stands(string name, string path) =>
        Assert.Equal(path, Places.PlaceOfName(name));

    [Theory]
    [InlineData("阿克苏(上海)某某公司工会", "新疆维吾尔自治区/阿克苏地区")]       // another province's place in brackets: no site
    [InlineData("阿克苏(原某某厂)工会", "新疆维吾尔自治区/阿克苏地区")]            // more than a place in the brackets
    [InlineData("长沙县(浏阳)某某公司工会", "湖南省/长沙市/长沙县")]              // a county before the brackets stays
    [InlineData("某某经济开发区(某小镇)总工会", null)]                            // a zone's other name names no county
    [InlineData("福州市总工会组织各县(市)区总工会", "福建省/福州市")]             // a level in brackets, no place
    [InlineData("纳铁福(重庆)公司工会", "重庆市")]                                // no place before: the bracket is read as before
    public void Other_brackets_leave_the_names_place(string name, string? path) =>
        Assert.Equal(path, Places.PlaceOfName(name));
}
