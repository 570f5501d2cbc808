using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A round-up under unions' headings whose page is cut right after its last heading: that heading heads no item, and
/// its lines stay text of the item before. Every sentence here is the tests' own.
/// </summary>
public sealed class CutLastHeadingTests
{
    private const string ThreeCounties = """
        春节前夕，全市各级工会深入一线走访慰问，把党和政府的关怀送到职工群众身边。
        东山县总工会
        东山县总工会主席带队来到县人民医院，看望坚守在防疫一线的医护人员，送上慰问品和新春祝福。
        西河县总工会
        西河县总工会负责同志走访慰问环卫工人和快递小哥，为他们送去米面油等生活物资。
        南湖县总工会
        南湖县总工会组织志愿者走进工业园区，为留岗过年的外地职工送上春联和福字。
        """;

    [Fact]
    public void A_last_heading_with_one_character_under_it_heads_no_item()
    {
        var result = IngestItems(ThreeCounties + "\n北岭县总工会\n\n北\n", 3);
        Assert.Contains(result.Reports[2].Passages, p => p.Text.Contains("北岭县总工会", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Reports, r => r.Title == "北岭县总工会");
    }

    [Fact]
    public void A_last_heading_alone_at_the_pages_end_heads_no_item()
    {
        var result = IngestItems(ThreeCounties + "\n北岭县总工会\n", 3);
        Assert.DoesNotContain(result.Reports, r => r.Title == "北岭县总工会");
    }

    [Fact]
    public void A_last_heading_over_a_short_whole_sentence_is_an_item()
    {
        var result = IngestItems(ThreeCounties + "\n北岭县总工会\n\n北岭县总工会慰问环卫工人。\n", 4);
        Assert.Equal("北岭县总工会", result.Reports[3].Title);
    }

    [Fact]
    public void A_last_heading_over_a_long_text_cut_before_its_full_stop_is_an_item()
    {
        var result = IngestItems(ThreeCounties + "\n北岭县总工会\n\n北岭县总工会组织劳模志愿服务队走进社区，为居民\n", 4);
        Assert.Equal("北岭县总工会", result.Reports[3].Title);
    }

    [Fact]
    public void A_last_heading_whose_items_date_survives_is_an_item()
    {
        var result = IngestItems(ThreeCounties + "\n北岭县总工会\n\n9月3日，\n", 4);
        Assert.Equal("北岭县总工会", result.Reports[3].Title);
    }
}
