using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A page of one-paragraph briefs each closed by its writers' names, one of which the page printed without them. Every
/// sentence here is the tests' own.
/// </summary>
public sealed class UnclosedBriefTests
{
    [Fact]
    public void In_a_page_of_dated_briefs_closed_by_their_writers_names_a_brief_without_its_names_ends_at_the_next_date()
    {
        var result = IngestItems("""
            5月20日，青松林业局工会举办职工趣味运动会，设置拔河、跳绳、袋鼠跳等八个项目，三百余名职工参加比赛。（王明 李华）
            5月21日清晨，白桦林业局工会、林业局体协举办职工健步走活动，路线沿河岸公路全程约五公里，两百余人参加。（张强）
            5月22日，红松林业局工会组织工会干部和志愿者来到防火一线，为值守的职工送去粽子和鸡蛋，叮嘱大家注意安全，做好值守工作。
            5月23日，落叶松林业局举办职工书画展，展出职工创作的书法、绘画和摄影作品一百余幅，吸引了众多职工前来观看。（赵刚 孙丽）
            """, 4);
        Assert.StartsWith("5月23日，落叶松林业局", result.Reports[3].Passages.First().Text);
    }

    [Fact]
    public void A_briefs_second_dated_paragraph_stays_with_it_when_an_item_already_has_two_paragraphs()
    {
        // The counter-case: the briefs are closed by names, but an item of two paragraphs goes on to its names.
        var result = IngestItems("""
            5月20日，青松林业局工会举办职工趣味运动会，设置拔河、跳绳、袋鼠跳等八个项目，三百余名职工参加比赛。（王明 李华）
            5月21日，白桦林业局工会举办职工健步走活动，路线沿河岸公路全程约五公里，两百余名职工参加了活动。
            活动现场，职工们精神饱满，步伐整齐，沿途欣赏了林区的美丽风光，大家纷纷表示收获满满。
            5月22日，白桦林业局工会又组织职工开展环保志愿活动，清理河岸垃圾两百余公斤，守护林区环境。（张强）
            """, 2);
        Assert.Contains(result.Reports[1].Passages, p => p.Text.StartsWith("5月22日", StringComparison.Ordinal));
    }
}
