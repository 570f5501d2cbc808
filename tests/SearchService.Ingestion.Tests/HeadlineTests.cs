namespace SearchService.Ingestion.Tests;

/// <summary>
/// Which line above a web page's text titles it: the page prints its furniture, then the headline, then the dateline,
/// then the text. Every line passed over is kept (text, or the report's credits).
/// </summary>
public class HeadlineTests
{
    private static Report IngestOne(string text)
    {
        var result = Fixtures.Pipeline.IngestText("page.txt", text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        return Assert.Single(result.Reports);
    }

    private const string Body = "7月3日，青岭县总工会在城区新建的三座爱心驿站正式开放，为环卫工人和快递员提供饮水、休息和充电服务。\n驿站由工会干部轮流值守，开放首日接待户外劳动者一百余人次。";

    [Theory]
    [InlineData("新闻中心\n工会动态")]
    [InlineData("欢迎访问青岭县总工会网站！今天是：")]
    [InlineData("站内搜索：")]
    [InlineData("上一期 下一期 版面导航")]
    [InlineData("青岭工会服务网")]
    [InlineData("青岭县总工会")]
    [InlineData("Image\nImage")]
    [InlineData("本站首页 > 工作动态")]
    public void A_sites_and_columns_labels_over_the_headline_do_not_title_the_page_and_are_kept_as_credits(string labels)
    {
        var report = IngestOne($"{labels}\n青岭县总工会三座爱心驿站开门迎客\n{Body}");

        Assert.Equal("青岭县总工会三座爱心驿站开门迎客", report.Title);
        foreach (var label in labels.Split('\n').Distinct()) Assert.Contains(label, report.Credits);
        Assert.DoesNotContain(report.Passages, p => labels.Split('\n').Contains(p.Text));
    }

    [Fact]
    public void A_short_line_under_a_headline_of_the_pages_index_stays_searchable_text()
    {
        var report = IngestOne($"第03版：工会周刊\n市总工会主席王明一行\n到青岭调研\n青岭县总工会三座爱心驿站开门迎客\n发布时间：2024-07-03 来源：青岭县总工会\n{Body}");

        Assert.Equal("青岭县总工会三座爱心驿站开门迎客", report.Title);
        Assert.Contains(report.Passages, p => p.Text == "到青岭调研");
        Assert.DoesNotContain(report.Credits, c => c == "到青岭调研");
    }

    [Theory]
    [InlineData("这几座驿站真暖心！")]
    [InlineData("青岭县总工会在城区主干道沿线新建三座爱心驿站，为环卫工人快递员外卖骑手等户外劳动者送清凉")]
    public void The_line_over_the_pages_dateline_is_its_headline_however_long_and_whatever_ends_it(string headline)
    {
        var report = IngestOne($"最新影视在线观看，热门剧集免费看，高清资源每日更新\n{headline}\n发布时间：2024-07-04 09:30 来源：青岭县总工会\n{Body}");

        Assert.Equal(headline, report.Title);
        Assert.Contains(report.Passages, p => p.Text.StartsWith("最新影视"));
    }

    [Fact]
    public void The_headline_over_the_dateline_stands_under_a_sites_links_and_the_date_may_follow_its_source_unspaced()
    {
        const string links = "· 关于开展职工书屋申报工作，做好...\n· 县总工会办公地点迁址公告\n· 关于做好夏季防暑降温，保障一线...";
        var report = IngestOne($"首页 > 工作动态 > 正文\n{links}\n青岭县总工会三座爱心驿站开门迎客\n来源：青岭县总工会时间：2024-07-04\n{Body}");

        Assert.Equal("青岭县总工会三座爱心驿站开门迎客", report.Title);
        Assert.Contains(report.Passages, p => p.Text.Contains("书屋申报"));
    }

    [Fact]
    public void A_subtitle_between_the_headline_and_the_dateline_does_not_title_the_page()
    {
        var report = IngestOne($"工会动态\n青岭县总工会三座爱心驿站开门迎客\n清凉服务进街头 暖心关爱到身边\n发布日期：2024-07-04\n{Body}");

        Assert.Equal("青岭县总工会三座爱心驿站开门迎客", report.Title);
        Assert.Contains(report.Passages.SelectMany(p => p.SectionPath).Concat(report.Passages.Select(p => p.Text)), t => t == "清凉服务进街头 暖心关爱到身边");
    }

    [Theory]
    [InlineData("深入一线 倾听心声")]
    [InlineData("岗位练兵强技能(引题)")]
    public void A_kicker_over_the_headline_does_not_title_the_page(string kicker)
    {
        var report = IngestOne($"{kicker}\n\n青岭县总工会三座爱心驿站开门迎客\n\n{Body}");

        Assert.Equal("青岭县总工会三座爱心驿站开门迎客", report.Title);
        Assert.Contains(report.Passages.SelectMany(p => p.SectionPath).Concat(report.Passages.Select(p => p.Text)), t => t == kicker);
    }

    [Theory]
    [InlineData("林晓")]
    [InlineData("首页 > 工作动态\n桐乡市总工会")]
    public void Labels_alone_above_the_text_are_no_headline_the_file_names_the_page(string labels)
    {
        var text = $"{labels}\n{Body}";
        var report = IngestOne(text);

        Assert.Equal("page", report.Title);
        var kept = report.Passages.SelectMany(p => p.SectionPath).Concat(report.Passages.Select(p => p.Text)).Concat(report.Credits);
        Assert.Contains(labels.Split('\n')[^1], kept);
    }

    [Fact]
    public void A_sentence_broken_into_short_lines_at_the_top_is_no_headline()
    {
        const string text = """
            端午时节
            青岭县各级工会积极开展
            形式多样的节日慰问活动
            把组织的温暖
            送到广大职工身边
            青岭县总工会
            6月10日，青岭县总工会走进三家企业，为一线职工送去粽子和节日祝福。
            """;

        var report = IngestOne(text);

        Assert.Equal("端午时节", report.Title);
        Assert.Contains(report.Passages, p => p.Text == "青岭县各级工会积极开展");
    }

    private static IEnumerable<string> Kept(Report report) =>
        report.Passages.SelectMany(p => p.SectionPath).Concat(report.Passages.Select(p => p.Text)).Concat(report.Credits);

    [Theory]
    [InlineData("王明（左二）为获奖职工颁发证书")]
    [InlineData("活动现场")]
    [InlineData("close\n会议现场")]
    [InlineData("- 热门职位\n- 热门地点\n- 地区招聘")]
    [InlineData("夏日送清凉惠及两千余名职工(副题)")]
    public void A_caption_a_menu_or_a_subtitle_alone_above_the_text_is_no_headline(string lines)
    {
        var report = IngestOne($"{lines}\n{Body}");

        Assert.Equal("page", report.Title);
        foreach (var line in lines.Split('\n').Where(l => l != "close")) Assert.Contains(line, Kept(report));
    }

    [Theory]
    [InlineData("本篇文章420字，读完约2分钟")]
    [InlineData("李明++王芳")]
    public void A_reading_time_notice_or_credited_names_over_the_text_do_not_title_it(string line)
    {
        var result = Fixtures.Pipeline.IngestText("page.txt", $"{line}\n{Body}");
        var report = Assert.Single(result.Reports);

        Assert.Equal("page", report.Title);
        Assert.DoesNotContain(report.Passages, p => p.Text == line);
    }

    [Fact]
    public void A_title_the_page_states_under_its_label_titles_it()
    {
        var report = IngestOne($"{Body}\n标题：青岭县总工会三座爱心驿站开门迎客\n地址：http://example.org/news/1.html");

        Assert.Equal("青岭县总工会三座爱心驿站开门迎客", report.Title);
        Assert.Contains("标题：青岭县总工会三座爱心驿站开门迎客", report.Credits);
    }

    [Fact]
    public void A_kicker_ending_in_a_dash_over_the_headline_and_its_dateline_does_not_title_the_page()
    {
        const string kicker = "青岭县总工会联合多方力量建设服务阵地，并引导职工回馈社会——";
        var report = IngestOne($"{kicker}\n爱心驿站成了街头暖心站\n本报记者 林晓\n《青岭日报》(2024年07月04日 02版)\n{Body}");

        Assert.Equal("爱心驿站成了街头暖心站", report.Title);
        Assert.Contains(kicker, Kept(report));
    }

    [Theory]
    [InlineData("林晓 王明")]
    [InlineData("林晓 欧阳明 李华")]
    public void Reporters_names_alone_under_a_kicker_and_a_tagged_headline_are_a_credit_not_the_headline(string names)
    {
        const string kicker = "青岭县总工会联合多方力量建设服务阵地——";
        const string headline = "【奋进新征程丨基层巡礼】爱心驿站成了街头暖心站";
        var result = Fixtures.Pipeline.IngestText("page.txt", $"{kicker}\n\n{headline}\n\n{names}\n\n2024年07月04日09:28  来源：青岭日报\n\n{Body}");

        var report = Assert.Single(result.Reports);
        Assert.Equal(headline, report.Title);
        Assert.Contains(names, report.Credits);
    }

    [Theory]
    [InlineData("三责协同 四力推进")]
    [InlineData("林晓 王明 李华 张伟")]
    public void A_spaced_slogan_or_a_roll_of_four_names_is_no_reporters_credit(string line)
    {
        var report = IngestOne($"{Body}\n{line}");

        Assert.DoesNotContain(line, report.Credits);
    }

    [Theory]
    [InlineData("• 青岭新闻网移动版\n青岭新闻网移动版")]
    [InlineData("青岭新闻手机版")]
    public void A_sites_name_over_the_headline_and_its_dateline_does_not_title_the_page(string site)
    {
        var report = IngestOne($"{site}\n\n青岭县总工会三座爱心驿站开门迎客\n\n2024-07-04 09:30:00\n来源：青岭新闻网\n{Body}");

        Assert.Equal("青岭县总工会三座爱心驿站开门迎客", report.Title);
    }

    [Fact]
    public void A_reporting_notice_over_a_papers_dateline_is_chrome_and_the_headline_under_the_page_number_titles()
    {
        var result = Fixtures.Pipeline.IngestText("page.txt", $"青岭工人报官方网站 | 青岭工人网首页 今天是\n跟帖评论自律管理承诺书  不良信息举报电话:0000-1234567\n出版日期:2024年07月04日\n工会周刊\n03\n\n青岭县总工会三座爱心驿站开门迎客\n\n{Body}");
        var report = Assert.Single(result.Reports);

        Assert.Equal("青岭县总工会三座爱心驿站开门迎客", report.Title);
        Assert.Contains(result.Dropped, d => d.Text.Contains("不良信息举报"));
    }

    [Fact]
    public void A_page_title_whose_headline_is_printed_nowhere_else_gives_its_headline()
    {
        var report = IngestOne($"暖心服务 工会在行动\n青岭县总工会三座爱心驿站开门迎客-q8青岭资讯网页版\n发布时间: 2024-07-04 09:47:04 来源: 青岭新闻网\n{Body}");

        Assert.Equal("青岭县总工会三座爱心驿站开门迎客", report.Title);
        Assert.Contains("青岭县总工会三座爱心驿站开门迎客-q8青岭资讯网页版", report.Credits);
    }

    // A copying site's page title: the headline, then the site owner's name glued to it, then its own name after a dash,
    // over the owner's welcome line, a counter and the headline (thirty-second round, orgs35). Invented names.
    private const string OtherUnionsPage = "全省职工技能比武表彰会举行星原市总工会-星河网页\n\n欢迎访问星原市总工会\n\n浏览次数: 次\n\n全省职工技能比武表彰会举行\n\n";

    [Fact]
    public void A_page_title_gluing_the_site_owner_to_the_headline_is_the_pages_and_the_headline_titles() =>
        Assert.Equal("全省职工技能比武表彰会举行", IngestOne(OtherUnionsPage + Body).Title);

    [Fact]
    public void The_site_owner_glued_to_a_page_title_names_no_organisation_of_the_report() =>
        Assert.DoesNotContain("星原", IngestOne(OtherUnionsPage + Body).Organisation);

    [Fact]
    public void A_headline_continued_by_more_than_a_unions_name_is_no_page_title() =>
        // 于星原市 after the repeated words is no union's name: the line is no page title, and the report keeps it.
        Assert.Equal("全省职工技能比武表彰会举行于星原市-星河网页", IngestOne("全省职工技能比武表彰会举行于星原市-星河网页\n\n全省职工技能比武表彰会举行\n\n" + Body).Title);
}
