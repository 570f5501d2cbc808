using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// What titles a page: a bar of site buttons is chrome, and a headline printed under the text above the site's pager
/// titles a page that opens with its text. Every sentence here is the tests' own.
/// </summary>
public sealed class PageFurnitureTitleTests
{
    [Fact]
    public void A_bar_of_two_site_buttons_is_chrome_and_titles_nothing()
    {
        var text = """
            设为首页 | 收藏本站
            桐乡市总工会举办职工读书月活动
            发布时间：2024-04-23
            4月23日，桐乡市总工会举办职工读书月启动仪式，向基层职工书屋赠送图书两千册，并邀请作家为职工开展读书讲座。
            """;
        var result = IngestItems(text, 1);
        Assert.Equal("桐乡市总工会举办职工读书月活动", result.Reports[0].Title);
        Assert.Contains(result.Dropped, d => d.Text.Contains("设为首页", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_naming_a_homepage_is_no_chrome()
    {
        // The counter-case: the button words stand inside a headline with other words.
        var result = IngestItems("""
            桐乡市总工会网站首页改版上线
            4月23日，桐乡市总工会网站完成改版上线，新版首页设置职工服务、政策法规等栏目，方便职工查询办事。
            """, 1);
        Assert.Equal("桐乡市总工会网站首页改版上线", result.Reports[0].Title);
    }

    [Fact]
    public void A_headline_printed_under_the_text_above_the_sites_furniture_titles_the_page()
    {
        var result = IngestItems("""
            12月5日，桐乡市气温降至零下五摄氏度。寒风中，桐乡站候车室里挂起了“温暖回家路”的横幅。
            下午三时，桐乡市总工会负责人带着慰问品来到候车区，为返乡的农民工送上热水和棉手套。
            四时二十分，列车载着八百名农民工驶出桐乡站。
            市总工会送农民工返乡过年
            【订票就上本站网址】
            上一篇
            某地车站开展安全宣传
            """, 1);
        Assert.Equal("市总工会送农民工返乡过年", result.Reports[0].Title);
    }

    [Fact]
    public void A_closing_line_with_prose_after_it_or_a_sentence_in_it_titles_nothing()
    {
        // Counter-cases: a subheading with the text going on under it, and a closing remark that is a sentence.
        var goesOn = IngestItems("""
            12月5日，桐乡市总工会负责人带着慰问品来到候车区，为返乡的农民工送上热水和棉手套。
            四时二十分，列车载着八百名农民工驶出桐乡站，大家纷纷挥手致谢。
            下一步工作打算和具体安排
            市总工会将继续做好农民工返乡服务工作，为他们提供更多便利。
            """, 1);
        Assert.Equal("page", goesOn.Reports[0].Title);
        var sentence = IngestItems("""
            12月5日，桐乡市总工会负责人带着慰问品来到候车区，为返乡的农民工送上热水和棉手套。
            四时二十分，列车载着八百名农民工驶出桐乡站，大家纷纷挥手致谢。
            祝大家一路平安！
            """, 1);
        Assert.Equal("page", sentence.Reports[0].Title);
    }
}
