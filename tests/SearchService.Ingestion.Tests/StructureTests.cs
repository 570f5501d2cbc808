namespace SearchService.Ingestion.Tests;

/// <summary>How a document becomes reports, sections and paragraphs, each rule with a fixture of its shape.</summary>
public class StructureTests
{
    private static IngestionResult Ingest(string text, string name = "doc.txt") => Fixtures.Pipeline.IngestText(name, text);

    /// <summary>Ingests a list document, checking that every line is accounted for and the reports carry these titles, in order.</summary>
    private static IngestionResult IngestReports(string text, IReadOnlyList<string> titles)
    {
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(titles, result.Reports.Select(r => r.Title));
        return result;
    }

    [Fact]
    public void A_line_cut_mid_word_is_joined_to_its_continuation_further_down()
    {
        const string text = """
            职工技能提升纪实
            ——海宁市总工会推进职工技能提升
            海宁市总工会举办技能比武大赛，参赛职工来自全市四十家企业。
            围绕岗位练兵开展系列活动，比赛设置电工、焊工和钳工三个项目，所有项目统一命名为“技能比
            户外劳动者关爱行动
            ——溧阳市总工会关爱户外劳动者
            溧阳市总工会在街道设立爱心驿站，为环卫工人提供饮水和休息。
            武周”，获奖职工将优先推荐参加省级比赛。技能比武周期间，各企业还组织了观摩交流。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var haining = result.Reports.Single(r => r.Organisation == "海宁市总工会");
        var joined = haining.Passages.Single(p => p.Text.Contains("“技能比武周”"));
        Assert.Equal([new LineRange(4, 4), new LineRange(8, 8)], joined.Occurrences.Single().Ranges);
        var liyang = result.Reports.Single(r => r.Organisation == "溧阳市总工会");
        Assert.Equal(["溧阳市总工会在街道设立爱心驿站，为环卫工人提供饮水和休息。"], liyang.Passages.Select(p => p.Text));
    }

    [Fact]
    public void A_numbered_heading_that_continues_another_reports_numbering_goes_to_that_report()
    {
        const string text = """
            区域联盟促发展
            ——海宁市总工会探索区域工会联盟
            一、组建区域工会联盟
            海宁市总工会联合周边三个街道成立工会联盟，共享职工服务阵地。
            二、开展集体协商
            联盟内企业普遍开展工资集体协商，签订集体合同一百二十份。
            新业态入会
            ——溧阳市总工会服务新就业形态劳动者
            三、培育劳模工匠
            依托劳模工作室开展技术攻关，形成创新成果三十项。
            成果在联盟企业之间推广应用。
            溧阳市总工会为新就业形态劳动者开设入会绿色通道，当年新发展会员两千人。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var haining = result.Reports.Single(r => r.Organisation == "海宁市总工会");
        Assert.Equal(["三、培育劳模工匠"], haining.Passages.Single(p => p.Text.StartsWith("依托劳模工作室")).SectionPath);
        Assert.Contains(haining.Passages, p => p.Text.StartsWith("成果在联盟企业之间"));
        var liyang = result.Reports.Single(r => r.Organisation == "溧阳市总工会");
        Assert.Equal(["溧阳市总工会为新就业形态劳动者开设入会绿色通道，当年新发展会员两千人。"], liyang.Passages.Select(p => p.Text));
        Assert.Empty(liyang.Passages.Single().SectionPath);
    }

    [Fact]
    public void The_line_above_a_byline_is_its_reports_title_even_numbered_or_with_commas()
    {
        const string text = """
            职工服务经验汇编
            ——经验交流材料集萃
            二、建强服务阵地，打通服务职工最后一米
            ——宁海县总工会推进职工服务阵地建设
            一、摸清需求
            宁海县总工会走访全县两百家企业，逐一登记职工对食堂、书屋和托管的需求。
            二、建好阵地
            新建职工驿站十二座，配备饮水、充电和休息设施。
            三、聚力技能提升，让一线职工有奔头
            ——建德市总工会实施技能提升计划
            一、办好夜校
            建德市总工会联合职业院校开办职工夜校，全年开课六十期。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(2, result.Reports.Count);
        var ninghai = result.Reports.Single(r => r.Organisation == "宁海县总工会");
        Assert.Equal("二、建强服务阵地，打通服务职工最后一米", ninghai.Title);
        Assert.DoesNotContain(ninghai.Passages, p => p.Text.Contains("聚力技能提升"));
        var jiande = result.Reports.Single(r => r.Organisation == "建德市总工会");
        Assert.Equal("三、聚力技能提升，让一线职工有奔头", jiande.Title);
        Assert.Equal(["建德市总工会联合职业院校开办职工夜校，全年开课六十期。"], jiande.Passages.Select(p => p.Text));
    }

    [Fact]
    public void A_long_unpunctuated_title_above_a_byline_is_not_joined_as_a_cut_line()
    {
        // The title ends in 改革 and a later paragraph opens with 工作; 改革工作 stands elsewhere in the text.
        const string title = "坚持党建带工建 深化产业工人队伍建设改革 推动职工服务体系提质增效的探索与深化改革";
        var text = $"""
            {title}
            ——宁海县总工会推进产业工人队伍建设改革
            宁海县总工会把改革工作纳入年度考核，逐项明确责任单位和完成时限。
            技能提升计划
            ——建德市总工会实施技能提升计划
            工作专班由建德市总工会主席牵头，每月召开一次例会，通报各项任务进度和存在问题。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(title, result.Reports.Single(r => r.Organisation == "宁海县总工会").Title);
        Assert.Contains(result.Reports.Single(r => r.Organisation == "建德市总工会").Passages, p => p.Text.StartsWith("工作专班"));
    }

    [Fact]
    public void A_report_telling_what_an_enterprise_did_inside_its_numbered_sections_stays_one_report()
    {
        const string text = """
            产改试点一年间
            ——宁海县总工会推进产业工人队伍建设改革试点
            一、搭建工作机制
            宁海县总工会牵头成立试点工作小组，制定任务清单二十项。
            二、抓好企业试点
            宁海港务集团工会组建职工技能培训中心，全年培训码头工人两千人次。
            宁海电力公司工会推行班组民主议事会，职工提出的合理化建议采纳率过半。
            三、完善激励保障
            宁海县总工会对试点成效突出的企业给予经费补助，并在评先评优中优先推荐。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var report = Assert.Single(result.Reports);
        Assert.Equal("宁海县总工会", report.Organisation);
        Assert.Equal(["三、完善激励保障"], report.Passages.Single(p => p.Text.StartsWith("宁海县总工会对试点成效")).SectionPath);
    }

    [Fact]
    public void Two_enterprise_bylines_under_one_title_are_two_reports()
    {
        const string text = """
            职工技能提升纪实
            ——宁海港务集团推进职工技能提升
            集团组建码头装卸技能培训中心，全年培训职工两千人次。
            职工技能提升纪实
            ——建德纺织集团推进职工技能提升
            集团开设纺织挡车工夜校，首批学员一百二十人全部取得等级证书。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(2, result.Reports.Count);
        Assert.Equal(["——宁海港务集团推进职工技能提升", "——建德纺织集团推进职工技能提升"], result.Reports.Select(r => "——" + r.Subtitle));
        Assert.All(result.Reports, r => Assert.Single(r.Passages));
    }

    [Fact]
    public void A_paragraph_fusing_another_reports_first_item_with_this_reports_second_is_split()
    {
        const string shared = "一是强化思想引领，组织职工宣讲团深入车间班组开展宣讲活动，覆盖一线职工一万余人。";
        var text = $"""
            思想引领工程
            ——海宁市总工会推进思想引领工程
            {shared}
            技能提升工程
            ——溧阳市总工会实施技能提升工程
            {shared}二是完善技能培训体系，联合职业院校开设夜校课程，全年培训职工六千人次。
            三是健全激励机制，对取得高级工证书的职工给予一次性奖励。
            """;
        var result = Ingest(text);
        var passages = result.Reports.SelectMany(r => r.Passages).ToList();
        Assert.DoesNotContain(passages, p => p.Text.Contains("一是强化思想引领") && p.Text.Contains("二是完善技能培训体系"));
        var first = passages.Single(p => p.Text.StartsWith("一是强化思想引领"));
        Assert.Equal("海宁市总工会", first.Organisation);
        Assert.Equal([3, 6], first.Occurrences.Select(o => o.Line));
        var liyang = result.Reports.Single(r => r.Organisation == "溧阳市总工会");
        Assert.StartsWith("二是完善技能培训体系", liyang.Passages.First().Text);
        Assert.Equal(6, liyang.Passages.First().Occurrences.Single().Line);
    }

    [Fact]
    public void A_paragraph_that_merely_enumerates_its_own_items_stays_whole()
    {
        var result = Ingest("""
            素质提升行动
            ——海宁市总工会开展素质提升行动
            一是开设职工夜校，全年开课八十期。二是组织技能比武，参赛职工三千人。三是选树技术能手，命名五十名。
            """);
        var passage = Assert.Single(result.Reports.Single().Passages);
        Assert.Contains("三是选树技术能手", passage.Text);
    }

    [Fact]
    public void A_passage_clearly_another_organisations_work_is_attributed_to_it()
    {
        var result = Ingest("""
            创新课题研究
            ——嘉善县总工会推进职工创新
            嘉善县总工会设立职工创新基金。
            示范区工会联动
            ——桐乡市总工会推动跨区域协作
            桐乡市总工会与兄弟工会建立季度联席会议制度。
            嘉善县总工会联合高校开展职工创新课题研究，形成研究报告两份。
            """);
        var report = result.Reports.Single(r => r.Title == "示范区工会联动");
        Assert.Equal("桐乡市总工会", report.Organisation);
        var other = report.Passages.Single(p => p.Text.StartsWith("嘉善县总工会"));
        Assert.Equal(("嘉善县总工会", "浙江省/嘉兴市/嘉善县"), (other.Organisation, other.Region));
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_into_paragraphs_and_never_become_headings()
    {
        const string first = "桐乡市总工会今年在全市推广职工议事会制度，企业职工代表每季度与管理层面对面协商一次，议题涵盖工资、工时、休息休假和劳动安全等方面，协商结果在厂务公开栏张贴。";
        const string second = "截至十月底，全市已有二百一十家企业建立职工议事会，提出建议一千三百余条，其中九成以上得到采纳落实，职工满意度明显提高。";
        var lines = new List<string> { "桐乡推广职工议事会", "", "一、主要做法" };
        lines.AddRange(Wrap(first, 22));
        lines.Add("二、取得成效");
        lines.AddRange(Wrap(second, 22));
        var text = string.Join("\n", lines);

        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var report = Assert.Single(result.Reports);
        Assert.Equal([first, second], report.Passages.Select(p => p.Text));
        Assert.Equal(["桐乡推广职工议事会", "一、主要做法"], report.Passages.First().SectionPath.Prepend(report.Title).Distinct().Take(2));
        Assert.Equal(["二、取得成效"], report.Passages.Last().SectionPath);
        var firstLines = report.Passages.First().Occurrences.Single().Ranges.Single();
        Assert.Equal((4, 4 + Wrap(first, 22).Count - 1), (firstLines.First, firstLines.Last));
        Assert.DoesNotContain(report.Sections.SelectMany(s => s.HeadingPath), h => Wrap(first, 22).Concat(Wrap(second, 22)).Contains(h));
    }

    [Fact]
    public void A_page_laid_out_in_two_columns_is_read_column_by_column()
    {
        const string left = "句容市总工会今年在全市开展职工技能大赛，设置电工、焊工、钳工等十个工种，参赛职工二千余人，决出一等奖三十名，获奖职工按规定晋升技能等级并享受相应待遇。";
        const string right = "绩溪县总工会组织劳模疗休养活动，四十名劳模分三批参加，活动期间还安排了健康体检和座谈交流，听取劳模对工会工作的意见建议二十余条，逐条研究落实。";
        var leftLines = Wrap(left, 16);
        var rightLines = Wrap(right, 16);
        var rows = new List<string> { "年鉴 第十二页" };
        for (var i = 0; i < Math.Max(leftLines.Count, rightLines.Count); i++)
        {
            var l = i < leftLines.Count ? leftLines[i] : "";
            var r = i < rightLines.Count ? rightLines[i] : "";
            rows.Add(new string(' ', 6) + l + new string(' ', 40 - l.Length) + r);
        }
        var text = string.Join("\n", rows);

        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text.Replace("    ", "\n")));
        var passages = result.Reports.SelectMany(r => r.Passages).Select(p => p.Text).ToList();
        Assert.Contains(left, passages);
        Assert.Contains(right, passages);
        var leftPassage = result.Reports.SelectMany(r => r.Passages).Single(p => p.Text == left);
        Assert.Equal(new LineRange(2, 1 + leftLines.Count), leftPassage.Occurrences.Single().Ranges.Single());
    }

    [Fact]
    public void A_table_with_aligned_cells_is_not_taken_for_columns()
    {
        var rows = new[] { "姓名        单位              职务", "王明        桐乡市总工会      主席", "李华        句容市总工会      副主席", "张三        绩溪县总工会      主席", "赵四        宿松县总工会      副主席", "钱五        溧阳市总工会      主席" };
        var text = "表彰名单\n" + string.Join("\n", rows);
        var passages = Assert.Single(Ingest(text).Reports).Passages.Select(p => p.Text).ToList();
        Assert.Contains(passages, p => p.StartsWith("王明") && p.Contains("桐乡市总工会"));
    }

    [Fact]
    public void An_ordinary_document_with_long_lines_is_not_taken_for_a_wrapped_one()
    {
        var result = Ingest("""
            困难职工帮扶
            一、帮扶对象
            句容市总工会对建档困难职工实行动态管理，每半年核查一次家庭收入和就业状况，确保帮扶对象精准。
            二、帮扶措施
            发放生活救助金和助学金，为患病职工联系定点医院减免部分医疗费用。
            """);
        var report = Assert.Single(result.Reports);
        Assert.Equal(2, report.Passages.Count());
        Assert.Equal(["一、帮扶对象", "二、帮扶措施"], report.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_sentence_broken_before_its_last_word_is_one_paragraph()
    {
        const string text = "工资协商案例\n\n二、确定协商内容\n\n规范的合同文本是落实协商制度的必备\n\n条件。为此，企业工会召开座谈会，汇集职工代表意见。";
        var report = Assert.Single(Ingest(text).Reports);
        var passage = report.Passages.Single(p => p.Text.Contains("必备条件。"));
        Assert.Equal("规范的合同文本是落实协商制度的必备条件。为此，企业工会召开座谈会，汇集职工代表意见。", passage.Text);
        Assert.Equal(new LineRange(5, 7), passage.Occurrences.Single().Ranges.Single());
        Assert.Equal(["二、确定协商内容"], passage.SectionPath);
    }

    [Fact]
    public void A_heading_nothing_stands_under_and_a_last_line_without_newline_are_kept()
    {
        const string text = "职工书屋建设\n一、建设情况\n绩溪县总工会今年新建职工书屋十二家，配送图书五千册。\n二、下一步打算\n三、工作体会\n绩溪县总工会供稿";
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var texts = result.Reports.Single().Passages.Select(p => p.Text).ToList();
        Assert.Contains("二、下一步打算", texts);
        Assert.Contains("绩溪县总工会供稿", texts);
    }

    [Fact]
    public void Credits_become_report_metadata_and_page_chrome_is_dropped_and_counted()
    {
        const string text = """
            当前位置：首页 > 工会动态 > 基层风采
            宿松县总工会开展送清凉活动
            发布时间：2024-07-12 09:30　来源：宿松县总工会
            记者 王明 通讯员 李华
            7月11日，宿松县总工会走访高温作业企业，为一线职工送去防暑降温用品。
            活动共惠及职工八百余人。
            （责编：张三）
            扫码关注
            上一篇：县总工会召开全委会
            下一篇：职工篮球赛开赛
            版权所有 © 宿松县总工会
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var report = Assert.Single(result.Reports);
        Assert.Equal("宿松县总工会开展送清凉活动", report.Title);
        Assert.Equal(2, report.Passages.Count());
        Assert.Equal(["发布时间：2024-07-12 09:30　来源：宿松县总工会", "记者 王明 通讯员 李华", "（责编：张三）"], report.Credits);
        Assert.Equal(("2024-07-12", "day"), (report.Date, report.DatePrecision));
        Assert.Equal(5, result.Dropped.Count);
        Assert.All(result.Dropped, d => Assert.Equal("page chrome", d.Reason));
        Assert.Contains(result.Dropped, d => d.Text.StartsWith("上一篇") && d.Lines.First == 9);
    }

    [Fact]
    public void A_newspaper_masthead_pager_buttons_and_a_markup_comment_tail_make_no_report_of_their_own()
    {
        const string text = """
            国内统一刊号：CN12-0034 某某日报社出版

            上一篇      下一篇

            桐乡市总工会启动职工文化进企业活动

            本报讯（记者 王明）3月5日，桐乡市总工会启动职工文化进企业活动，首场演出在开发区一家纺织企业举行。

            活动将持续到年底，覆盖全市二十个镇街。

            --> 2024-03-07 1 1 某某日报 content_1234.html 1 桐乡市总工会启动职工文化进企业活动 /enpproperty-->
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var report = Assert.Single(result.Reports);
        Assert.Equal("桐乡市总工会启动职工文化进企业活动", report.Title);
        Assert.Equal(2, report.Passages.Count());
        Assert.Contains(result.Dropped, d => d.Text.StartsWith("国内统一刊号"));
        Assert.Contains(result.Dropped, d => d.Text.StartsWith("上一篇"));
    }

    [Fact]
    public void A_traditional_pages_buttons_breadcrumb_and_credits_are_read_as_a_simplified_pages_are()
    {
        const string text = """
            當前位置: 首頁 詳情
            桐鄉市總工會開展送清涼活動
            近日，桐鄉市總工會在全市開展送清涼活動，為環衛工人和快遞員送去飲品和藥品三千餘份。
            活動將持續到八月底。
            （責編：張三）
            掃一掃在手機上打開當前頁
            返回頂部
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var report = Assert.Single(result.Reports);
        Assert.Equal("桐鄉市總工會開展送清涼活動", report.Title);
        Assert.Equal(2, report.Passages.Count());
        Assert.Equal(["（責編：張三）"], report.Credits);
        Assert.Equal(["當前位置: 首頁 詳情", "掃一掃在手機上打開當前頁", "返回頂部"], result.Dropped.Select(d => d.Text));
    }

    [Fact]
    public void Credits_qualified_by_outlet_or_rank_a_printed_page_and_tags_are_credits_not_titles()
    {
        const string text = """
            第B03版：综合新闻
            本文转自：某某工人网
            桐乡市总工会开展送清凉活动
            某某日报-某某网记者 王明 通讯员 李华 赵强
            近日，桐乡市总工会在全市开展送清凉活动，为环卫工人和快递员送去饮品和药品三千余份。
            活动将持续到八月底。
            本报记者 周立
            执行监制：陈一
            总监制：林二
            标签：送清凉,户外劳动者
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var report = Assert.Single(result.Reports);
        Assert.Equal("桐乡市总工会开展送清凉活动", report.Title);
        Assert.Equal(2, report.Passages.Count());
        Assert.Equal(["第B03版：综合新闻", "本文转自：某某工人网", "某某日报-某某网记者 王明 通讯员 李华 赵强", "本报记者 周立", "执行监制：陈一", "总监制：林二", "标签：送清凉,户外劳动者"], report.Credits);
    }

    [Fact]
    public void A_short_line_about_a_reporter_that_is_no_credit_stays_text()
    {
        var result = Ingest("""
            本报记者走进一线
            近日，本报记者跟随桐乡市总工会走进建筑工地，看望高温下坚守岗位的职工。
            """);
        var report = Assert.Single(result.Reports);
        Assert.Equal("本报记者走进一线", report.Title);
        Assert.Empty(report.Credits);
    }

    [Fact]
    public void A_sites_name_over_the_breadcrumb_it_opens_is_chrome_and_makes_no_report()
    {
        const string text = """
            某某新闻网
            某某新闻网>>地方频道>>桐乡
            桐乡市总工会开展送清凉活动
            ——市总工会慰问一线职工
            近日，桐乡市总工会在全市开展送清凉活动，为环卫工人和快递员送去饮品和药品三千余份。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var report = Assert.Single(result.Reports);
        Assert.Equal("桐乡市总工会开展送清凉活动", report.Title);
        Assert.Equal(["某某新闻网", "某某新闻网>>地方频道>>桐乡"], result.Dropped.Select(d => d.Text));
    }

    [Fact]
    public void A_headline_over_a_sentence_that_opens_with_it_and_an_arrow_stays_the_title()
    {
        var result = Ingest("""
            职工书屋
            职工书屋>阅览室的开放时间延长到晚上九点。
            桐乡市总工会为职工书屋购置新书两千册。
            """);
        Assert.Empty(result.Dropped);
        Assert.Equal("职工书屋", Assert.Single(result.Reports).Title);
    }

    [Fact]
    public void A_breadcrumb_of_two_crumbs_joined_by_a_double_arrow_is_chrome_and_no_title()
    {
        const string text = """
            某某工人网>>基层动态
            桐乡市总工会开展送清凉活动
            近日，桐乡市总工会在全市开展送清凉活动，为环卫工人和快递员送去饮品和药品三千余份。
            """;
        var result = IngestReports(text, ["桐乡市总工会开展送清凉活动"]);
        Assert.Equal(["某某工人网>>基层动态"], result.Dropped.Select(d => d.Text));
    }

    [Fact]
    public void Credits_set_as_a_bulleted_list_and_a_reading_counter_are_credits()
    {
        const string text = """
            桐乡市总工会开展送清凉活动
              • 作者：王明 2024-07-12
              • 阅读(318) 评论(0)
            近日，桐乡市总工会在全市开展送清凉活动，为环卫工人和快递员送去饮品和药品三千余份。
            • 走访环卫站点十二个
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var report = Assert.Single(result.Reports);
        Assert.Equal("桐乡市总工会开展送清凉活动", report.Title);
        Assert.Equal(["• 作者：王明 2024-07-12", "• 阅读(318) 评论(0)"], report.Credits);
        Assert.Contains(report.Passages, p => p.Text.Contains("走访环卫站点十二个"));
    }

    [Fact]
    public void A_document_that_opens_with_its_text_is_not_titled_by_a_later_section_heading()
    {
        const string text = """
            3月5日，桐乡市总工会在客运站为货车司机开展健康讲座和慰问活动。
            活动现场
            市总工会邀请医生为司机讲解颈椎病和胃病的预防知识。
            """;
        var result = Ingest(text, "news-0305.txt");
        Assert.Empty(Coverage.Unaccounted(result, text));
        var report = Assert.Single(result.Reports);
        Assert.Equal("news-0305", report.Title);
        Assert.Contains(report.Sections, s => s.Heading == "活动现场");
    }

    [Fact]
    public void Prose_that_mentions_a_source_or_copyright_is_not_chrome()
    {
        var result = Ingest("""
            普法宣传进企业
            句容市总工会组织律师走进企业，讲解劳动合同、版权所有权归属和工伤认定等法律知识，来源于职工的三十个问题当场得到解答。
            来源于一线的意见建议已汇总报送。
            """);
        Assert.Empty(result.Dropped);
        Assert.Equal(2, result.Reports.Single().Passages.Count());
    }

    [Fact]
    public void A_page_of_marked_news_items_is_one_report_per_item()
    {
        const string text = """
            本版导读
            基层动态
            △桐乡市总工会举办职工书画展，展出作品一百二十幅。
            （桐乡市总工会）
            △句容市总工会开展困难职工走访慰问，发放慰问金二十万元。
            △绩溪县总工会组织劳模疗休养，四十名劳模参加。
            （王明）
            宿松县总工会召开职工代表大会，审议通过集体合同草案。
            △溧阳市总工会举行职工篮球赛，十六支队伍参赛。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(5, result.Reports.Count);
        Assert.Equal(["桐乡市总工会举办职工书画展", "句容市总工会开展困难职工走访慰问", "绩溪县总工会组织劳模疗休养", "宿松县总工会召开职工代表大会", "溧阳市总工会举行职工篮球赛"],
            result.Reports.Select(r => r.Title));
        Assert.All(result.Reports, r => Assert.Equal("本版导读 基层动态", r.Collection));
        Assert.Equal(["（桐乡市总工会）"], result.Reports[0].Credits);
        Assert.Equal(result.Reports.Count, result.Reports.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void A_page_of_marked_headlines_with_their_text_under_them_is_one_report_per_headline()
    {
        const string text = """
            基层工会动态
            ■桐乡市总工会举办职工书画展
            桐乡市总工会日前举办职工书画展，展出作品一百二十幅，吸引三千余名职工观展。
            展览将持续至月底，部分作品将送往企业巡展。
            ■句容市总工会走访困难职工
            句容市总工会近日走访困难职工家庭四十户，发放慰问金二十万元。
            ■送清凉活动走进建筑工地
            溧阳市总工会为一线建筑工人送去防暑降温用品，惠及职工六百余人。
            """;
        var result = IngestReports(text, ["桐乡市总工会举办职工书画展", "句容市总工会走访困难职工", "送清凉活动走进建筑工地"]);
        Assert.Equal([2, 1, 1], result.Reports.Select(r => r.Passages.Count()));
        Assert.All(result.Reports, r => Assert.Equal("基层工会动态", r.Collection));
    }

    [Fact]
    public void A_newspaper_page_whose_items_open_with_a_news_lead_is_one_report_per_item()
    {
        const string text = """
            第三版 工会新闻
            桐乡市总工会为新就业形态劳动者办实事
            本报讯（记者 王明）桐乡市总工会日前出台十项举措，为快递员、外卖骑手等新就业形态劳动者办实事。
            举措包括建设爱心驿站、开展免费体检和设立专项帮扶资金。
            句容劳模工匠进校园
            本报讯 句容市总工会组织十名劳模工匠走进职业学校，与学生分享成长经历。
            溧阳职工篮球赛落幕
            本报3月8日讯（通讯员 李华）为期一周的溧阳市职工篮球赛日前落幕，十六支企业代表队参赛。
            """;
        var result = IngestReports(text, ["桐乡市总工会为新就业形态劳动者办实事", "句容劳模工匠进校园", "溧阳职工篮球赛落幕"]);
        Assert.Equal([2, 1, 1], result.Reports.Select(r => r.Passages.Count()));
        Assert.All(result.Reports, r => Assert.Equal("第三版 工会新闻", r.Collection));
    }

    [Fact]
    public void A_further_item_opened_by_you_xun_on_a_newspaper_page_is_a_report_of_its_own()
    {
        const string text = """
            桐乡市总工会为户外劳动者送清凉
            本报讯（记者 王明）近日，桐乡市总工会在全市开展送清凉活动，为环卫工人和快递员送去饮品和药品三千余份。
            又讯（通讯员 李华）7月16日，句容市总工会在城区建筑工地开展安全生产宣传咨询，发放宣传资料五百余份。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(2, result.Reports.Count);
        Assert.Equal("桐乡市总工会为户外劳动者送清凉", result.Reports[0].Title);
        Assert.StartsWith("句容市总工会在城区建筑工地", result.Reports[1].Title);
    }

    [Fact]
    public void A_page_of_photo_captions_each_showing_another_union_is_one_report_per_caption()
    {
        const string text = """
            图片新闻
            图为桐乡市总工会工作人员为环卫工人送上饮品和防暑药品。（王明 摄）
            句容劳模进校园
            图为句容市总工会组织的劳模工匠在职业学校与学生交流。（李华 摄）
            圖為7月18日，溧陽市總工會在建築工地為一線職工開展免費體檢。（張強 攝）
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(3, result.Reports.Count);
        Assert.StartsWith("桐乡市总工会工作人员", result.Reports[0].Title);
        Assert.Equal("句容劳模进校园", result.Reports[1].Title);
        Assert.StartsWith("溧陽市總工會", result.Reports[2].Title);
        Assert.All(result.Reports, r => Assert.Equal("图片新闻", r.Collection));
    }

    [Fact]
    public void Captions_in_brackets_without_a_full_stop_are_items_too_not_headings()
    {
        const string text = """
            工会影像
            （图为桐乡市总工会工作人员为环卫工人送上饮品和防暑药品）
            （图为句容市总工会组织的劳模工匠在职业学校与学生交流）
            """;
        var result = IngestReports(text, ["桐乡市总工会工作人员为环卫工人送上饮品和防暑药品", "句容市总工会组织的劳模工匠在职业学校与学生交流"]);
    }

    [Fact]
    public void A_caption_under_an_articles_text_does_not_make_a_list()
    {
        var result = Ingest("""
            桐乡市总工会为户外劳动者送清凉
            7月15日，桐乡市总工会走访慰问一线环卫工人，为他们送上饮品和防暑药品，叮嘱大家注意休息。
            图为桐乡市总工会工作人员在慰问现场。
            当天，市总工会还来到句容市总工会结对的建筑工地，看望坚守岗位的职工。
            图为句容市总工会负责同志介绍工地职工服务站。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_page_title_naming_the_site_over_the_headline_is_no_report_of_its_own()
    {
        const string text = """
            工人网 | 桐乡市总工会开展送清凉活动 为一线职工安全度夏保驾护航
            2024年07月15日10:20
            桐乡市总工会开展送清凉活动 为一线职工安全度夏保驾护航
            2024年07月15日10:20 | 来源：工人网－浙江频道
            近日，桐乡市总工会在全市开展送清凉活动，为环卫工人和快递员送去饮品和药品三千余份。
            活动期间，市总工会还在建筑工地开展安全生产宣传，发放宣传资料五百余份。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        var report = Assert.Single(result.Reports);
        Assert.Equal("桐乡市总工会开展送清凉活动 为一线职工安全度夏保驾护航", report.Title);
        Assert.Contains("工人网 | 桐乡市总工会开展送清凉活动 为一线职工安全度夏保驾护航", report.Credits);
        Assert.Equal(2, report.Passages.Count());
    }

    [Fact]
    public void A_headline_with_the_sites_name_after_it_is_the_pages_title_when_the_headline_follows()
    {
        const string text = """
            句容市总工会举办职工技能大赛_句容新闻网
            句容市总工会举办职工技能大赛
            日前，句容市总工会举办职工技能大赛，来自全市的二百名职工参加了比赛。
            """;
        var report = Assert.Single(Ingest(text).Reports);
        Assert.Equal("句容市总工会举办职工技能大赛", report.Title);
        Assert.Contains("句容市总工会举办职工技能大赛_句容新闻网", report.Credits);
    }

    [Fact]
    public void A_bar_of_links_and_a_font_size_button_are_chrome_but_prose_with_bars_is_not()
    {
        const string text = """
            首页 | 要闻 | 地方 | 工会
            桐乡市总工会开展送清凉活动
            小字號
            近日，桐乡市总工会在全市开展送清凉活动，为环卫工人和快递员送去饮品和药品三千余份。
            活动口号是团结 | 奋斗 | 奉献，受到职工欢迎。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(["首页 | 要闻 | 地方 | 工会", "小字號"], result.Dropped.Select(d => d.Text));
        Assert.Contains(Assert.Single(result.Reports).Passages, p => p.Text == "活动口号是团结 | 奋斗 | 奉献，受到职工欢迎。");
    }

    [Fact]
    public void A_menu_written_with_spaces_is_chrome_but_names_in_a_row_and_a_spaced_headline_are_not()
    {
        const string text = """
            首页 新闻 工会 职工 维权
            网站地图 联系我们 意见箱 办事指南 帮助
            桐乡市总工会表彰优秀职工
            近日，桐乡市总工会召开表彰会，表彰一批优秀职工和先进班组。
            受表彰的职工有
            张明 李华 王强 赵刚
            弘扬劳模精神 争当时代先锋 建功新时代
            凝心聚力 促发展 保民生
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(["首页 新闻 工会 职工 维权", "网站地图 联系我们 意见箱 办事指南 帮助"], result.Dropped.Select(d => d.Text));
        var report = Assert.Single(result.Reports);
        Assert.Equal("桐乡市总工会表彰优秀职工", report.Title);
        Assert.Contains(report.Passages, p => p.Text.Contains("张明 李华 王强 赵刚"));
        Assert.Contains(report.Passages, p => p.Text.Contains("弘扬劳模精神 争当时代先锋 建功新时代"));
        Assert.Contains(report.Passages, p => p.Text.Contains("凝心聚力 促发展 保民生"));
    }

    [Fact]
    public void Prose_among_related_links_or_opening_with_a_links_label_is_never_dropped()
    {
        const string text = """
            桐乡市总工会开展送清凉活动
            近日，桐乡市总工会在全市开展送清凉活动，为环卫工人和快递员送去饮品和药品三千余份。
            相关新闻报道显示，全市职工驿站已覆盖全部镇街。
            相关新闻
            句容市总工会举办职工技能大赛
            他说：“我们会继续做好服务。”
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(["相关新闻", "句容市总工会举办职工技能大赛"], result.Dropped.Select(d => d.Text));
        var passages = Assert.Single(result.Reports).Passages.Select(p => p.Text).ToList();
        Assert.Contains("相关新闻报道显示，全市职工驿站已覆盖全部镇街。", passages);
        Assert.Contains("他说：“我们会继续做好服务。”", passages);
    }

    [Fact]
    public void A_slogan_over_an_items_headline_belongs_to_that_item_and_is_no_headlines_second_line()
    {
        const string text = """
            桐乡市总工会工作动态
            凝心聚力 建功立业
            桐乡市总工会召开全委会议
            3月5日，桐乡市总工会召开全委扩大会议，总结去年工作，部署今年任务。
            关爱户外劳动者 清凉送到心坎上
            桐乡市总工会为户外劳动者送清凉
            7月15日，桐乡市总工会走访慰问一线环卫工人，为他们送上饮品和防暑药品。
            """;
        var result = IngestReports(text, ["桐乡市总工会召开全委会议", "桐乡市总工会为户外劳动者送清凉"]);
        Assert.DoesNotContain(result.Reports[0].Passages, p => p.Text.Contains("清凉送到心坎上"));
        Assert.Contains(result.Reports[1].Passages, p => p.Text == "关爱户外劳动者 清凉送到心坎上");
        Assert.Equal("桐乡市总工会工作动态 凝心聚力 建功立业", result.Reports[0].Collection);
    }

    [Fact]
    public void A_digest_of_briefs_each_closed_by_its_senders_name_is_one_report_per_brief()
    {
        const string text = """
            工会简讯
            桐乡市总工会举办职工书画展，展出作品一百二十幅，吸引三千余名职工观展。
            （桐乡市总工会）
            句容市总工会走访困难职工家庭四十户，发放慰问金二十万元。
            慰问组还为职工子女送去了学习用品。
            （王明）
            溧阳市总工会为一线建筑工人送去防暑降温用品，惠及职工六百余人。（李华）
            绩溪县总工会组织劳模疗休养，四十名劳模分两批参加
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(4, result.Reports.Count);
        Assert.Equal([1, 2, 1, 1], result.Reports.Select(r => r.Passages.Count()));
        Assert.Equal(["（桐乡市总工会）"], result.Reports[0].Credits);
        Assert.StartsWith("绩溪县总工会组织劳模疗休养", result.Reports[3].Title);
        Assert.All(result.Reports, r => Assert.Equal("工会简讯", r.Collection));
    }

    [Fact]
    public void Briefs_closed_by_a_reporters_credit_or_a_unit_and_its_writer_are_one_report_each()
    {
        const string text = """
            工会简讯
            桐乡市总工会举办职工书画展，展出作品一百二十幅，吸引三千余名职工观展。
            （通讯员 王明）
            句容市总工会走访困难职工家庭四十户，发放慰问金二十万元。
            （句容市总工会 李华）
            溧阳市总工会为一线建筑工人送去防暑降温用品，惠及职工六百余人。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(3, result.Reports.Count);
    }

    [Fact]
    public void One_news_item_with_a_lead_and_a_closing_name_stays_one_report()
    {
        var result = Ingest("""
            桐乡市总工会启动职工书屋建设
            本报讯（记者 王明）桐乡市总工会日前启动职工书屋建设，今年将新建书屋三十家。
            据介绍，书屋将配送图书、期刊和电子阅读设备。（王明）
            相关工作将在年底前完成验收。
            （未完待续）
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_compilation_headed_by_organisation_names_is_one_report_per_organisation()
    {
        const string text = """
            职工文化活动综述
            ——各地工会积极开展系列活动
            桐乡市总工会：
            桐乡市总工会组织职工登山比赛，三百名职工参加。
            比赛分为青年组和中年组。
            句容市总工会：
            句容市总工会举办职工歌咏比赛，二十支合唱队同台竞技。
            """;
        var result = IngestReports(text, ["桐乡市总工会", "句容市总工会"]);
        Assert.Equal(["桐乡市总工会", "句容市总工会"], result.Reports.Select(r => r.Organisation));
        Assert.Equal(2, result.Reports[0].Passages.Count());
        Assert.All(result.Reports, r => Assert.StartsWith("职工文化活动综述", r.Collection));
    }

    [Fact]
    public void A_round_up_whose_items_open_with_a_union_or_a_place_before_a_colon_or_in_brackets_is_one_report_per_item()
    {
        const string colon = """
            各地工会开展金秋助学
            桐乡市总工会：日前举行助学金发放仪式，为八十名困难职工子女发放助学金四十万元。
            句容市总工会：组织慰问组走进困难职工家庭，送去助学金和学习用品。
            慰问组还与受助学生座谈，鼓励他们安心学习。
            溧阳市：市总工会联合教育部门开展助学调查，建立困难学生档案一百二十份。
            """;
        var result = Ingest(colon);
        Assert.Empty(Coverage.Unaccounted(result, colon));
        Assert.Equal(3, result.Reports.Count);
        Assert.Equal(["桐乡市总工会", "句容市总工会", "溧阳市总工会"], result.Reports.Select(r => r.Organisation));
        Assert.Equal([1, 2, 1], result.Reports.Select(r => r.Passages.Count()));
        Assert.All(result.Reports, r => Assert.Equal("各地工会开展金秋助学", r.Collection));

        const string brackets = """
            一周工会要闻
            【浙江】桐乡市总工会为环卫工人建设爱心驿站二十座，提供饮水、休息和手机充电服务。
            【江苏】句容市总工会举办职工技能大赛，四百名职工参加电工、焊工等五个项目比赛。
            【安徽】
            绩溪县总工会组织劳模疗休养，四十名劳模分两批参加。
            """;
        result = Ingest(brackets);
        Assert.Empty(Coverage.Unaccounted(result, brackets));
        Assert.Equal(3, result.Reports.Count);
        Assert.StartsWith("浙江：桐乡市总工会为环卫工人建设爱心驿站二十座", result.Reports[0].Title);
        Assert.Equal("安徽", result.Reports[2].Title);
    }

    [Fact]
    public void Topic_tags_and_labelled_fields_of_one_report_are_not_items()
    {
        var yearbook = Ingest("""
            桐乡市总工会
            【概况】全市有基层工会一千二百家，会员二十万人，本年新建工会八十家。
            【职工服务】新建职工驿站二十座，全年服务户外劳动者十万人次。
            【技能竞赛】举办职工技能大赛，设电工、焊工等五个项目，四百名职工参赛。
            """);
        Assert.Single(yearbook.Reports);
        var notice = Ingest("""
            职工书法比赛启事
            主办单位：桐乡市总工会
            承办单位：桐乡市职工文化协会
            参赛对象为全市在职职工，每人限投稿一件，作品须为本人原创。
            """);
        Assert.Single(notice.Reports);
    }

    [Fact]
    public void A_digest_numbering_briefs_of_different_named_unions_is_one_report_per_brief()
    {
        const string text = """
            本周基层工会动态
            1.桐乡市总工会举办职工书画展，展出作品一百二十幅，三千余名职工观展。
            2.句容市总工会走访困难职工家庭四十户，发放慰问金二十万元。
            3.溧阳市总工会为一线建筑工人送去防暑降温用品，惠及职工六百余人。
            4.绩溪县总工会组织四十名劳模分两批参加疗休养。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(["桐乡市总工会举办职工书画展", "句容市总工会走访困难职工家庭四十户", "溧阳市总工会为一线建筑工人送去防暑降温用品", "绩溪县总工会组织四十名劳模分两批参加疗休养"],
            result.Reports.Select(r => r.Title));
        Assert.All(result.Reports, r => Assert.Empty(r.Passages.Single().SectionPath));
    }

    [Fact]
    public void Numbered_points_of_one_report_are_not_separate_items()
    {
        var levels = Ingest("""
            桐乡市总工会服务职工工作情况
            1.市总工会把职工服务列入年度重点工作，制定了十项服务清单。
            2.各级工会建成职工驿站六十座，实现镇街全覆盖。
            3.基层工会普遍开展送清凉、送温暖活动，惠及职工两万人次。
            """);
        Assert.Single(levels.Reports);
        var ownActor = Ingest("""
            桐乡某纺织公司工会工作总结
            1.桐乡某纺织公司工会组织职工技能比武，三百名职工参加。
            2.桐乡某纺织公司工会开展职工读书活动，新增图书两千册。
            3.桐乡某纺织公司工会走访困难职工二十户。
            """);
        Assert.Single(ownActor.Reports);
    }

    [Fact]
    public void Items_between_separator_lines_are_one_report_each()
    {
        const string text = """
            工会工作信息第五期
            ————————
            桐乡市总工会举办职工书画展
            桐乡市总工会日前举办职工书画展，展出作品一百二十幅，三千余名职工观展。
            ————————
            句容市总工会走访困难职工家庭四十户，发放慰问金二十万元。
            慰问组还为职工子女送去了学习用品。
            ————————
            溧阳市总工会为一线建筑工人送去防暑降温用品，惠及职工六百余人。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(3, result.Reports.Count);
        Assert.Equal("桐乡市总工会举办职工书画展", result.Reports[0].Title);
        Assert.Equal([1, 2, 1], result.Reports.Select(r => r.Passages.Count()));
        Assert.All(result.Reports, r => Assert.Equal("工会工作信息第五期", r.Collection));
    }

    [Fact]
    public void One_article_between_two_separators_stays_one_report()
    {
        var result = Ingest("""
            桐乡市总工会启动职工书屋建设
            ————————
            桐乡市总工会日前启动职工书屋建设，今年将新建书屋三十家，配送图书两万册。
            书屋将向周边社区职工开放。
            ————————
            责任编辑：王明
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_list_of_headlines_each_with_its_date_and_summary_is_one_report_per_headline()
    {
        const string text = """
            工会动态
            桐乡市总工会举办职工书画展
            2024-05-12
            桐乡市总工会日前举办职工书画展，展出作品一百二十幅，三千余名职工观展。
            句容市总工会走访困难职工
            2024-05-10
            句容市总工会走访困难职工家庭四十户，发放慰问金二十万元。
            """;
        var result = IngestReports(text, ["桐乡市总工会举办职工书画展", "句容市总工会走访困难职工"]);
        Assert.Equal(["2024-05-12", "2024-05-10"], result.Reports.Select(r => r.Date));
        Assert.All(result.Reports, r => Assert.Equal("工会动态", r.Collection));
    }

    [Fact]
    public void A_yearbook_page_of_dated_entries_is_one_report_per_entry_and_its_running_header_is_chrome()
    {
        const string text = """
            P. 88
            2015  桐乡年鉴
            桐乡市举行职工
            运动会
            5月12日，桐乡市第十届职工运动会开幕，六十家单位的二千名职工参加田径、拔河等十个项目比赛。
            运动会历时两周，评出团体奖十二个。
            桐乡市总工会召开全委会
            9月3日，桐乡市总工会召开十二届三次全委会，审议通过年度工作报告。
            """;
        var result = IngestReports(text, ["桐乡市举行职工运动会", "桐乡市总工会召开全委会"]);
        Assert.Equal([2, 1], result.Reports.Select(r => r.Passages.Count()));
        Assert.Equal(["P. 88", "2015  桐乡年鉴"], result.Dropped.Select(d => d.Text));
    }

    [Fact]
    public void An_index_page_of_headlines_each_over_a_news_opening_is_one_report_per_headline()
    {
        const string text = """
            本版导读
            句容市总工会开展送温暖活动
            近日，句容市总工会走访慰问困难职工四十户，送去慰问金和生活用品。
            溧阳市总工会举办职工技能大赛
            日前，溧阳市总工会举办职工技能大赛，四百名职工参加五个项目的比赛。
            """;
        var result = IngestReports(text, ["句容市总工会开展送温暖活动", "溧阳市总工会举办职工技能大赛"]);
    }

    [Fact]
    public void In_a_page_of_headlined_entries_a_quoted_or_exclaiming_headline_alone_between_two_paragraphs_opens_an_entry()
    {
        const string text = """
            句容市总工会开展送温暖活动
            近日，句容市总工会走访慰问困难职工四十户，送去慰问金和生活用品。
            “青岭杯”职工技能大赛落下帷幕
            经过三天角逐，来自二十家企业的三百名选手决出十个项目的名次。
            这家职工驿站真贴心！
            盛夏时节，户外劳动者在驿站里喝上了凉茶，还能给手机充电歇歇脚。
            溧阳市总工会举办职工技能大赛
            日前，溧阳市总工会举办职工技能大赛，四百名职工参加五个项目的比赛。
            """;
        IngestReports(text, ["句容市总工会开展送温暖活动", "“青岭杯”职工技能大赛落下帷幕", "这家职工驿站真贴心！", "溧阳市总工会举办职工技能大赛"]);
    }

    [Fact]
    public void A_news_items_exclaiming_and_quoted_subheadings_split_nothing()
    {
        const string text = """
            青岭县总工会开展“送清凉”活动
            近日，青岭县总工会组织工作人员走访建筑工地，为一线职工送去防暑降温物品。
            一瓶凉茶暖人心！
            在城南项目工地，工会干部把绿豆汤和凉茶送到职工手中，并叮嘱大家注意防暑。
            “清凉驿站”开门迎客
            县总工会还在街道设立十个清凉驿站，户外劳动者可以随时进站休息、饮水。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_page_of_headlines_each_over_text_opening_with_its_named_union_is_one_report_per_headline()
    {
        const string text = """
            各地动态
            句容市开展困难职工帮扶
            句容市总工会走访慰问困难职工四十户，送去慰问金和生活用品。
            溧阳市举办职工技能大赛
            溧阳市总工会举办职工技能大赛，四百名职工参加五个项目的比赛。
            """;
        var result = IngestReports(text, ["句容市开展困难职工帮扶", "溧阳市举办职工技能大赛"]);
    }

    [Fact]
    public void Marked_items_opening_with_a_purpose_or_an_occasion_are_told_by_the_union_after_it()
    {
        const string text = """
            本版导读
            △为丰富职工业余生活，桐乡市总工会举办职工书画展。
            △春节前夕，句容市总工会走访困难职工家庭四十户。
            △在安全生产月活动中，溧阳市总工会组织隐患排查。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(3, result.Reports.Count);
        var bullets = Ingest("""
            市总工会多措并举服务职工
            ●为提升服务质量，市总工会组织志愿者定期走访。
            ●在职工驿站建设中，区总工会统一标识和服务标准。
            ●春节前夕，市总工会开展送温暖活动。
            """);
        Assert.Single(bullets.Reports);
    }

    [Fact]
    public void A_site_name_above_a_headline_does_not_make_an_index_page()
    {
        var result = Ingest("""
            桐乡市总工会
            桐乡市总工会召开全委会
            近日，桐乡市总工会召开十二届三次全委会，审议通过年度工作报告。
            会议还增补了委员。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_report_whose_topical_subheadings_open_with_dates_stays_one_report()
    {
        var result = Ingest("""
            桐乡市总工会开展职工文化月活动
            文艺演出
            5月12日，桐乡市总工会在市民广场举办职工文艺演出，十个节目由企业职工自编自演。
            书画展览
            5月20日，职工书画展在市文化馆开幕，展出作品一百二十幅。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void Marked_items_opening_with_a_time_lead_or_a_place_are_separate_news()
    {
        const string text = """
            要闻导读
            ▲近日，桐乡市总工会举办职工书画展，展出作品一百二十幅。
            ▲3月5日，句容市总工会走访困难职工家庭四十户。
            ▲溧阳市天目湖镇为一线建筑工人送去防暑降温用品，惠及职工六百余人。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(3, result.Reports.Count);
    }

    [Fact]
    public void Briefs_numbered_with_chinese_numerals_or_pointing_to_their_page_are_one_report_each()
    {
        const string numbered = """
            工会简报
            一、桐乡市总工会举办职工书画展，展出作品一百二十幅，三千余名职工观展。
            二、句容市总工会走访困难职工家庭四十户，发放慰问金二十万元。
            三、溧阳市总工会为一线建筑工人送去防暑降温用品，惠及职工六百余人。
            """;
        var result = Ingest(numbered);
        Assert.Empty(Coverage.Unaccounted(result, numbered));
        Assert.Equal(3, result.Reports.Count);

        const string index = """
            今日导读
            桐乡市总工会举办职工书画展，展出作品一百二十幅（详见第2版）
            句容市总工会走访困难职工家庭四十户，发放慰问金二十万元（详见第3版）
            溧阳市总工会为一线建筑工人送去防暑降温用品（详见第4版）
            """;
        result = Ingest(index);
        Assert.Empty(Coverage.Unaccounted(result, index));
        Assert.Equal(3, result.Reports.Count);
        Assert.All(result.Reports, r => Assert.Equal("今日导读", r.Collection));
    }

    [Fact]
    public void A_column_of_briefs_each_opened_by_its_reporters_line_is_one_report_per_brief()
    {
        const string text = """
            基层快讯
            浙江省桐乡市总工会 王明报道
            近日，桐乡市首个快递员志愿服务队成立，六十名快递员报名参加。
            服务队将定期开展社区便民服务。
            江苏省句容市总工会 李华 张强报道日前，句容市总工会举办职工歌咏比赛，二十支合唱队同台竞技。
            安徽省绩溪县总工会 赵刚报道为关爱一线职工，绩溪县总工会为环卫工人送去防暑降温用品。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(3, result.Reports.Count);
        Assert.StartsWith("桐乡市首个快递员志愿服务队成立", result.Reports[0].Title);
        Assert.Equal(["浙江省桐乡市总工会 王明报道"], result.Reports[0].Credits);
        Assert.Equal([2, 1, 1], result.Reports.Select(r => r.Passages.Count()));
        Assert.All(result.Reports, r => Assert.Equal("基层快讯", r.Collection));
    }

    [Fact]
    public void An_item_printed_twice_with_its_closing_name_is_one_report()
    {
        var result = Ingest("""
            桐乡市总工会为环卫工人送去冬季慰问品，共慰问一线职工二百人。
            慰问品包括棉衣、手套和保温杯。
            （某某公司工会）
            桐乡市总工会为环卫工人送去冬季慰问品，共慰问一线职工二百人。
            慰问品包括棉衣、手套和保温杯。
            （某某公司工会）
            """);
        var report = Assert.Single(result.Reports);
        Assert.Equal(2, report.Passages.Count());
    }

    [Fact]
    public void Photo_captions_between_dated_paragraphs_are_not_entry_headlines()
    {
        var result = Ingest("""
            省总工会领导赴对口帮扶地区调研
            5月8日，省总工会负责同志一行来到对口帮扶的某某州，走访基层工会和职工服务阵地。
            （桐乡市总工会负责同志汇报工作）
            5月9日，一行人来到产业园区，慰问一线职工。
            （句容市总工会负责同志陪同参观）
            5月10日，座谈会在州府召开。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void Bullet_points_of_one_report_are_not_separate_items()
    {
        var result = Ingest("""
            桐乡市总工会多措并举服务职工
            今年以来，桐乡市总工会围绕职工所需，推出多项服务举措。
            ●建强服务阵地，新建职工驿站二十座，实现镇街全覆盖。
            ●创新服务方式，开通线上预约，职工可随时预约法律咨询。
            ●提升服务质量，组织志愿者定期走访，收集意见建议二百余条。
            """);
        var report = Assert.Single(result.Reports);
        Assert.Equal(4, report.Passages.Count());
    }

    [Fact]
    public void An_organisation_signing_a_document_at_top_and_bottom_does_not_make_a_list()
    {
        var result = Ingest("""
            海宁市总工会
            关于开展职工读书月活动的通知
            各基层工会：为营造良好的读书氛围，市总工会决定在全市开展职工读书月活动，现将有关事项通知如下。
            活动时间为四月全月，各单位要认真组织，按时报送活动总结。
            海宁市总工会
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_single_organisation_line_is_a_byline_not_a_list()
    {
        var result = Ingest("""
            职工之家建设调研
            桐乡市总工会课题组
            调研覆盖全市六十家企业，发现职工之家使用率逐年提高。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_subtitle_under_a_heading_in_the_middle_of_a_text_is_no_byline()
    {
        const string text = """
            首页 > 分享 > 某某省总工会
            秋高气爽，瓜果飘香。青岭县供电公司的职工小家办得红红火火，成了职工下班后最爱去的地方。
            读书角里故事多
            技术攻关有能人
            ——最美创新小家
            小家里的技术攻关小组今年解决了三项生产难题，还带出了五名青年技术骨干。
            """;
        var report = Assert.Single(Ingest(text).Reports);
        Assert.Contains(report.Passages, p => p.Text.StartsWith("小家里的技术攻关小组"));
        Assert.Empty(Coverage.Unaccounted(Ingest(text), text));
    }

    [Fact]
    public void A_byline_naming_its_union_after_a_text_still_opens_a_report()
    {
        var result = Ingest("""
            编者按：各地工会积极探索，形成了一批好经验好做法，现摘编如下，供学习参考。
            建设职工小家
            ——青岭县总工会打造职工身边的温馨家园
            县总工会今年新建职工小家二十个，覆盖全县重点企业。
            """);
        Assert.Equal(2, result.Reports.Count);
        Assert.Equal("青岭县总工会打造职工身边的温馨家园", result.Reports[1].Subtitle);
    }

    [Fact]
    public void A_document_declared_to_be_one_report_stays_one_even_with_several_bylines()
    {
        var result = Fixtures.Pipeline.IngestText("one.txt", """
            第一部分
            ——桐乡市总工会
            桐乡市总工会建成户外劳动者驿站六十座。
            第二部分
            ——句容市总工会
            句容市总工会推进工资集体协商全覆盖。
            """, new ReportMetadata(Title: "两地工会工作交流"));
        var report = Assert.Single(result.Reports);
        Assert.Equal("两地工会工作交流", report.Title);
        Assert.Contains(report.Passages, p => p.Text.StartsWith("句容市总工会推进"));
        Assert.Contains(report.Passages, p => p.Text.StartsWith("——句容市总工会") || p.Text == "第二部分");
    }

    [Fact]
    public void A_document_that_is_only_a_title_is_a_report_with_that_title_as_its_text()
    {
        var report = Assert.Single(Ingest("桐乡市总工会召开第五次会员代表大会").Reports);
        Assert.Equal("桐乡市总工会召开第五次会员代表大会", report.Title);
        Assert.Equal(["桐乡市总工会召开第五次会员代表大会"], report.Passages.Select(p => p.Text));
    }

    [Fact]
    public void A_chronicle_of_entries_dated_by_the_day_is_one_report_per_entry()
    {
        const string text = """
            海宁市总工会2024年3月大事记
            1日，市总工会召开全市工会工作会议，总结去年工作，部署今年的重点任务。
            同日，市总工会启动“春风行动”，为外来务工人员提供就业岗位信息一千余条。
            9日，市总工会举办女职工权益保护知识讲座，一百余名女职工参加。
            11日-15日，市总工会组织劳模工匠赴基层企业开展技术服务，解决技术难题二十项。
            同日起，市总工会在全市开展为期一个月的职工法律援助活动。
            """;
        var result = IngestReports(text, ["市总工会召开全市工会工作会议", "市总工会启动“春风行动”", "市总工会举办女职工权益保护知识讲座",
            "市总工会组织劳模工匠赴基层企业开展技术服务", "市总工会在全市开展为期一个月的职工法律援助活动"]);
        Assert.All(result.Reports, r => Assert.Equal("海宁市总工会2024年3月大事记", r.Collection));
        // The chronicle is its union's: 市总工会 in its entries is that union.
        Assert.All(result.Reports, r => Assert.Equal("海宁市总工会", r.Organisation));
    }

    [Fact]
    public void A_chronicle_under_its_sites_furniture_is_still_its_unions()
    {
        const string text = """
            欢迎访问！今天是：
            当前位置：首页>工会动态>大事记
            嘉善县总工会2024年5月大事记
            发布时间：2024年06月03日
            6日，县总工会召开党组理论学习中心组学习会，传达学习有关会议精神。
            同日，县总工会领导走访慰问了一线环卫职工，送去防暑降温用品。
            14日，县总工会举办职工书画作品展，展出作品八十余件。
            """;
        var result = IngestReports(text, ["县总工会召开党组理论学习中心组学习会", "县总工会领导走访慰问了一线环卫职工", "县总工会举办职工书画作品展"]);
        Assert.All(result.Reports, r => Assert.Equal("嘉善县总工会", r.Organisation));
    }

    [Theory]
    [InlineData("20日，据《某某日报》报道")]
    [InlineData("20日,据《某某日报》报道")]
    public void A_chronicles_last_entry_cut_short_is_still_an_entry(string last)
    {
        var text = $"""
            海宁市总工会2024年3月大事记
            1日，市总工会召开全市工会工作会议，总结去年工作，部署今年的重点任务。
            9日，市总工会举办女职工权益保护知识讲座，一百余名女职工参加。
            {last}
            """;
        var result = IngestReports(text, ["市总工会召开全市工会工作会议", "市总工会举办女职工权益保护知识讲座", "据《某某日报》报道"]);
        Assert.Equal([last], result.Reports[2].Passages.Select(p => p.Text));
        // What the cut entry told is lost, who acted too: it is not the chronicle's union's by default.
        Assert.Equal("海宁市总工会", result.Reports[0].Organisation);
        Assert.Equal("", result.Reports[2].Organisation);
    }

    [Fact]
    public void A_yearbook_pages_entries_headed_in_brackets_are_one_report_each()
    {
        const string text = """
            Page 88 - 2023青岭年鉴
            八、群众团体
            县劳模宣讲团全年开展宣讲四十场，听众八千余人次，反响热烈。
            【青岭县总工会召开十届三次全委会】  于 3 月 6 日在县行政中心召开。会议审议通过了年度工作报告。
            【县政府与县总工会联席会议】  于 6 月 20 日召开，研究解决职工关心的住房和子女入学问题。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(3, result.Reports.Count);
        Assert.Equal(["青岭县总工会召开十届三次全委会", "县政府与县总工会联席会议"], result.Reports.Skip(1).Select(r => r.Title));
        Assert.Contains(result.Reports[0].Passages, p => p.Text.StartsWith("县劳模宣讲团"));
    }

    [Fact]
    public void A_yearbook_entry_whose_sections_are_topics_in_brackets_stays_one_report()
    {
        var result = Ingest("""
            青岭县总工会
            【概况】  青岭县总工会成立于1950年，下辖基层工会三百二十个，会员四万余人。
            【思想政治引领】  全年举办职工宣讲活动三十场，组织劳模进企业进校园。
            【维权服务】  全年受理职工法律咨询五百余件，办结劳动争议调解案件四十件。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_series_label_in_brackets_over_a_news_item_heads_no_entry()
    {
        var result = Ingest("""
            青岭县总工会打造线上服务平台
            【奋进新征程 工会在身边·职工暖心事】办事“掌上办” 服务“零距离”
            本报讯（记者 王明）“昨天在手机上提交的申请，今天补助就到了。”青岭县总工会线上服务平台上线以来广受好评。
            青岭县总工会将入会、帮扶、法律援助等二十项服务搬上网，职工足不出户即可办理。
            """);
        Assert.Equal("青岭县总工会打造线上服务平台", Assert.Single(result.Reports).Title);
    }

    [Theory]
    [InlineData("青岭县总工会副主席李明与返乡职工亲切交谈，并送上新春祝福")]
    [InlineData("青岭县总工会副主席李明与返乡职工亲切交谈,并送上新春祝福")]
    public void A_caption_with_a_comma_inside_a_news_item_is_no_entrys_headline(string caption)
    {
        var text = $"""
            青岭县职工驿站迎来返乡职工
            2月8日，青岭县总工会联合交通部门在高速出口开展迎送返乡职工活动，为职工送上热茶和春联。
            {caption}
            2月8日上午10时，第一批骑摩托车返乡的职工抵达服务站，工作人员为他们递上热茶。
            服务站还为返乡职工提供免费检修车辆服务。
            """;
        IngestReports(text, ["青岭县职工驿站迎来返乡职工"]);
    }

    [Fact]
    public void A_years_chronicle_keeps_each_entry_under_its_month()
    {
        const string text = """
            桐乡市总工会2023年大事记
            1月
            5日，市总工会召开十二届五次全委会，部署全年工作任务。
            18日，市总工会开展“送温暖”活动，走访慰问困难职工三百户。
            2月
            9日，省总工会调研组来我市调研产业工人队伍建设改革工作。
            """;
        var result = IngestReports(text, ["市总工会召开十二届五次全委会", "市总工会开展“送温暖”活动", "省总工会调研组来我市调研产业工人队伍建设改革工作"]);
        Assert.Equal([["1月"], ["1月"], ["2月"]], result.Reports.Select(r => r.Passages.Single().SectionPath));
        Assert.Equal("桐乡市总工会", result.Reports[0].Organisation);
    }

    [Fact]
    public void Marked_entries_of_a_chronicle_dated_by_the_day_are_items_too()
    {
        const string text = """
            大事记
            ●3日，市总工会召开党组理论学习中心组学习会议，传达学习全国两会精神。
            ●12日，市总工会举办职工书屋管理员培训班，八十名管理员参加培训。
            ●20日，市总工会开展女职工“两癌”筛查，受益女职工一千二百人。
            """;
        IngestReports(text, ["市总工会召开党组理论学习中心组学习会议", "市总工会举办职工书屋管理员培训班", "市总工会开展女职工“两癌”筛查"]);
    }

    [Fact]
    public void A_digest_of_dated_news_of_different_unions_is_one_report_per_paragraph()
    {
        const string text = """
            【职工晨读】2月6日
            2024-02-06 07:30 来源：某某工会网
            2月3日上午，桐乡市总工会走访慰问春节坚守岗位的一线职工，送去慰问品三百份。
            近日，句容市总工会举办新就业形态劳动者专场招聘会，二十家企业提供岗位五百个。
            招聘会还设置了法律咨询台，解答劳动者关心的社保问题。
            2月5日，青岭县总工会开展职工技能培训，一百名职工取得职业资格证书。
            """;
        var result = IngestReports(text, ["桐乡市总工会走访慰问春节坚守岗位的一线职工", "句容市总工会举办新就业形态劳动者专场招聘会", "青岭县总工会开展职工技能培训"]);
        Assert.Equal([1, 2, 1], result.Reports.Select(r => r.Passages.Count()));
    }

    [Fact]
    public void A_papers_column_of_briefs_from_different_unions_is_one_report_per_brief()
    {
        const string text = """
            基层传真
            昨天，溧阳市总工会为三十名困难职工子女发放助学金，每人二千元。
            今年以来，句容市总工会新建户外劳动者服务站点十二个，累计服务四万人次。
            前不久，某某集团工会举办青年职工读书分享会，六十名青年职工参加。
            """;
        IngestReports(text, ["溧阳市总工会为三十名困难职工子女发放助学金", "句容市总工会新建户外劳动者服务站点十二个", "某某集团工会举办青年职工读书分享会"]);
    }

    [Fact]
    public void Dated_briefs_of_unions_in_different_cities_without_a_headline_are_one_report_each()
    {
        const string text = """
            7月3日，桐乡市总工会慰问组来到建筑工地和环卫站点，为高温作业职工送去清凉用品。/ 桐乡 供图
            今年7至8月，句容市总工会计划投入十万元，为全市重点项目一线职工送清凉。/ 句容 供图
            """;
        IngestReports(text, ["桐乡市总工会慰问组来到建筑工地和环卫站点", "句容市总工会计划投入十万元"]);
    }

    [Theory]
    [InlineData("大事记", 3)]
    [InlineData("工会大事记（2024年3月）", 3)]
    [InlineData("某某集团公司工会2023年大事记", 3)]
    [InlineData("宁波市镇海区总工会二〇二三年工作大事记", 3)]
    [InlineData("海宁市总工会召开全委会", 1)]
    [InlineData("大事记里的工会故事", 1)]
    [InlineData("工会动态丨市总工会举办职工运动会", 1)]
    public void Entries_dated_by_the_day_are_items_under_a_chronicles_headline_only(string headline, int reports)
    {
        var text = headline + """

            3日，市总工会召开党组理论学习中心组学习会议，传达学习全国两会精神。
            12日，市总工会举办职工书屋管理员培训班，八十名管理员参加培训。
            20日，市总工会开展女职工“两癌”筛查，受益女职工一千二百人。
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(reports, result.Reports.Count);
    }

    [Fact]
    public void A_news_item_told_in_dated_paragraphs_stays_one_report()
    {
        var result = Ingest("""
            桐乡市总工会开展夏季送清凉活动
            7月5日，桐乡市总工会走访慰问一线环卫工人，送去防暑慰问品二百份。
            7月8日，句容市总工会负责同志来桐乡交流，双方走访了两个户外劳动者驿站。
            7月12日，桐乡市总工会召开座谈会，听取快递员和外卖骑手的意见建议。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_page_of_numbered_headlines_and_nothing_else_is_one_report_per_headline()
    {
        const string text = """
            1.召开全市劳动模范座谈会
            2.举办第三届职工技能大赛决赛
            3.开展“职工读书月”主题活动,建成书屋二十家
            4.推进新就业形态劳动者入会集中行动
            """;
        var result = IngestReports(text, ["召开全市劳动模范座谈会", "举办第三届职工技能大赛决赛", "开展“职工读书月”主题活动,建成书屋二十家", "推进新就业形态劳动者入会集中行动"]);
        Assert.Equal(["1.召开全市劳动模范座谈会"], result.Reports[0].Passages.Select(p => p.Text));
    }

    [Theory]
    [InlineData("青岭县总工会2024年大事记", 4)]
    [InlineData("青岭县总工会2024年工作要点", 1)]
    [InlineData("今年，县总工会将重点做好以下工作，确保各项任务落到实处。", 1)]
    public void Numbered_headlines_are_items_only_under_a_chronicles_headline_or_none(string opening, int reports)
    {
        var text = opening + """

            1.召开全县劳动模范座谈会
            2.举办第三届职工技能大赛决赛
            3.开展“职工读书月”主题活动
            4.推进新就业形态劳动者入会集中行动
            """;
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(reports, result.Reports.Count);
    }

    [Fact]
    public void Numbered_headings_with_text_under_them_stay_one_report()
    {
        var result = Ingest("""
            1.召开全县劳动模范座谈会
            县总工会邀请二十名劳模代表座谈，听取意见建议。
            2.举办第三届职工技能大赛决赛
            决赛设焊工、电工等五个工种，一百名选手参赛。
            3.开展“职工读书月”主题活动
            全县新建职工书屋二十家。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_channels_label_before_a_headline_names_no_digest()
    {
        var result = Ingest("""
            [动态]省总工会负责同志赴嘉兴镇江调研
            5月8日，桐乡市总工会汇报了户外劳动者服务站点建设情况，调研组察看了两个站点。
            5月9日，句容市总工会介绍了新就业形态劳动者入会工作，调研组与快递员座谈。
            """);
        Assert.Single(result.Reports);
    }

    [Theory]
    [InlineData("5月8日，桐乡市总工会召开全委会，审议通过年度工作报告和经费审查报告。", "5月9日，桐乡市总工会举办职工技能大赛，四百名职工参加五个项目。")]
    [InlineData("5月8日，桐乡市总工会召开全委会，审议通过年度工作报告和经费审查报告。", "5月9日，海宁市总工会举办职工技能大赛，四百名职工参加五个项目。")]
    [InlineData("7月5日，浙江省总工会调研组来到桐乡市，走访户外劳动者服务站点。", "7月6日，调研组来到句容市总工会，与一线职工座谈交流。")]
    public void Dated_paragraphs_without_a_headline_of_one_union_or_one_city_stay_one_report(string first, string second)
    {
        // 桐乡 and 海宁 are both in 嘉兴: one city's unions, as one news item tells them. A visit told day by day names its
        // hosts after the visitors.
        var result = Ingest(first + "\n" + second);
        Assert.Single(result.Reports);
    }

    private static List<string> Wrap(string text, int width) =>
        Enumerable.Range(0, (text.Length + width - 1) / width).Select(i => text.Substring(i * width, Math.Min(width, text.Length - i * width))).ToList();

    [Theory]
    [InlineData("原标题：青岭县总工会为夏季户外职工送去防暑用品")]
    [InlineData("原題:青嶺縣總工會為夏季戶外職工送去防暑用品")]
    public void A_reprinted_headline_under_its_label_is_the_title_without_the_label(string first)
    {
        var headline = first[(first.IndexOfAny([':', '：']) + 1)..];
        var text = first + "\n7月15日，青岭县总工会走进三个建筑工地，为一线职工送去防暑药品和清凉饮料，并叮嘱大家合理安排作息。\n此次活动共慰问职工三百余人。";

        var report = Assert.Single(Ingest(text).Reports);

        Assert.Equal(headline, report.Title);
        Assert.DoesNotContain(report.Passages, p => p.Text.Contains("原标题") || p.Text.Contains("原題"));
        Assert.Contains(report.Passages, p => p.Text.Contains("三百余人"));
        Assert.Contains(first, report.Credits);
    }

    [Fact]
    public void A_reporters_credit_over_the_papers_date_line_is_no_headline_of_a_second_item()
    {
        // A paper's page: its column and date, a kicker, the headline, the reporter, the printed date, the text. Two
        // "headlines over date lines" would make a list of news; the reporter's credit is none.
        const string text = """
            工会动态
            青岭日报 2024年07月04日 星期四
            青岭县总工会引导社会力量参与驿站建设，并让受益者回报社会——
            三座爱心驿站开门迎客
            本报记者 林立
            《青岭日报》（2024年07月04日 02版）
            7月3日，青岭县总工会在城区新建的三座爱心驿站正式开放，为环卫工人和快递员提供饮水、休息和充电服务。
            驿站由工会干部轮流值守，开放首日接待户外劳动者一百余人次。
            """;

        var result = Ingest(text);

        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Single(result.Reports);
    }

    private const string NewsItem = """
        青岭县总工会三座爱心驿站开门迎客
        发布时间：2024-07-04 09:30
        本报讯（记者 林立）7月3日，青岭县总工会在城区新建的三座爱心驿站正式开放，为环卫工人和快递员提供饮水、休息和充电服务。
        驿站由工会干部轮流值守，开放首日接待户外劳动者一百余人次。
        """;

    [Theory]
    [InlineData("")]
    [InlineData("相关新闻\n")]
    public void Other_pages_headlines_and_dates_under_a_news_item_are_links_not_items(string label)
    {
        var text = $"{NewsItem}\n{label}白石区总工会举办新春职工联谊活动迎接新年\n2024-06-28\n临川镇工会开展户外劳动者关爱行动温暖人心\n2024-06-25\n";

        IngestReports(text, ["青岭县总工会三座爱心驿站开门迎客"]);
    }

    [Fact]
    public void A_linked_pages_summary_with_its_news_lead_under_a_related_label_is_no_second_item()
    {
        var text = $"{NewsItem}\n相关阅读\n白石区总工会举办职工技能比赛\n本报讯（记者 王芳）近日，白石区总工会举办了一场职工技能比赛，吸引了百余名一线职工参加。\n";

        IngestReports(text, ["青岭县总工会三座爱心驿站开门迎客"]);
    }

    [Fact]
    public void A_site_named_for_its_reports_is_no_reporters_line_and_its_lead_opens_no_item()
    {
        // 某某报道 is an outlet (its site 某某报道网, its lead 某某报道讯), not a reporter's line 张三报道.
        const string text = """
            青岭报道网——青岭县新闻信息服务平台官方中文网站
            青岭县总工会：暖冬行动 慰问职工送温暖
            发布时间:2024-01-17 10:14:45 来源:青岭报道
            青岭报道讯(林立报道)又是一年新春到，青岭县总工会全面开展暖冬行动，走访慰问一线职工。
            慰问组详细了解了职工的工作和生活情况，送上慰问品和新春祝福。
            """;

        IngestReports(text, ["青岭县总工会：暖冬行动 慰问职工送温暖"]);
    }

    [Fact]
    public void A_photographs_file_name_is_no_heading()
    {
        const string text = """
            青岭县总工会三座爱心驿站开门迎客
            7月3日，青岭县总工会在城区新建的三座爱心驿站正式开放，为环卫工人和快递员提供饮水、休息和充电服务。
            驿站开放现场2.jpg
            驿站由工会干部轮流值守，开放首日接待户外劳动者一百余人次。
            """;

        var result = Ingest(text);

        Assert.Empty(Coverage.Unaccounted(result, text));
        var report = Assert.Single(result.Reports);
        Assert.Contains(report.Passages, p => p.Text == "驿站开放现场2.jpg");
        Assert.All(report.Passages, p => Assert.DoesNotContain("驿站开放现场2.jpg", p.SectionPath));
    }
}
