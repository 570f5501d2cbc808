using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A higher union publishing a list on which a unit is honoured (`某省总工会公布…名单，其中某某工会榜上有名`): the
/// publisher awards, the honoured unit's union is the news.
/// </summary>
public sealed class ListHonouredTests
{
    [Theory]
    [InlineData("11月2日,江西省总工会公布2024年全省模范职工之家名单,其中江西省赣南林业工会委员会(林业职工之家)榜上有名。")]
    [InlineData("近日，江西省总工会发布了全省职工书屋示范点名单，其中江西省赣南林业工会委员会入选。")]
    public void The_unit_on_the_list_is_the_news(string lead)
    {
        var found = Attribute("林业职工之家正式启用", lead, "据了解，职工之家于9月启用，藏书三千册。");
        Assert.Equal("江西省赣南林业工会委员会", found.Organisation);
    }

    [Fact]
    public void A_list_naming_no_one_honoured_is_the_publishers_news()
    {
        var found = Attribute("全省职工书屋名单公布", "11月2日,江西省总工会公布2024年全省职工书屋示范点名单,共有五十家单位。", "各地工会要做好书屋管理。");
        Assert.Equal("江西省总工会", found.Organisation);
    }

    [Fact]
    public void A_union_publishing_something_else_still_acts()
    {
        var found = Attribute("职工书屋启用", "11月2日,江西省总工会发布职工书屋建设办法,其中赣南林业工会委员会的做法被写入。", "各地工会要做好书屋管理。");
        Assert.Equal("江西省总工会", found.Organisation);
    }

    [Fact]
    public void With_the_shipped_weights_the_honoured_entry_with_its_bracketed_other_name_wins()
    {
        var folder = Fixtures.TempFolder();
        try
        {
            var file = Path.Combine(folder, "news.txt");
            File.WriteAllLines(file,
            [
                "林业职工书屋正式启用",
                "11月2日,江西省总工会公布2024年全省职工书屋名单,其中江西省赣南林业工会委员会(赣南林业职工书屋)榜上有名。",
                "据了解,赣南林业职工书屋于9月启用,藏书三千册,职工可以借阅。",
            ]);
            var organisation = new SearchService.Ingestion.IngestionPipeline().IngestPath(file).Reports.Single().Organisation;
            Assert.Contains("赣南林业工会", organisation, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
