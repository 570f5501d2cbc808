using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Under an article's source credit, other pages' teasers each cut with an ellipsis (<c>某某报讯 记者王明最近，…</c>):
/// no items of the page, and their text is kept. Two items with news leads, the second cut, are still two. Every
/// sentence here is the tests' own.
/// </summary>
public sealed class RelatedTeasersTests
{
    [Fact]
    public void Teasers_cut_with_an_ellipsis_under_the_articles_source_are_no_items()
    {
        var result = IngestItems("""
            4月2日上午，某某省总工会支援兄弟省份职工的生活物资发车仪式在省城举行，八辆货车满载一百余吨蔬菜驶向目的地。
            省总工会有关负责人介绍，这批物资由省总工会出资在全省采购，将分发给一线防控人员和困难职工家庭。
            来源：某某新闻
            标签：
            某某都市报讯 融媒记者王明最近，网上流传的各种“野菜图鉴”吸引了不少市民的目光，专家提醒市民不要随意采食...
            某某都市报讯 融媒记者王明今天是全国爱耳日，多家医院的专家走进社区为居民开展免费义诊，现场人头攒动...
            """, 1);
        Assert.Contains(result.Reports[0].Passages, p => p.Text.Contains("野菜图鉴"));
    }

    [Fact]
    public void Two_news_items_the_second_cut_with_an_ellipsis_are_still_two()
    {
        IngestItems("""
            某某网讯 近日，桐乡市总工会在城东工业园区举办职工技能比武，来自二十家企业的一百多名职工参加了电工、焊工两个项目的比赛。
            比赛设置理论考试和实操考核两个环节，获奖选手将获得相应的职业技能等级证书。
            某某网讯 日前，江阴市总工会组织开展“送法进企业”活动，律师志愿者走进十余家规上企业，为职工讲解劳动合同方面的法律知识…
            """, 2);
    }
}
