using SearchService.Ingestion;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Pages of several separate items without headings of their own (round-ups, digests, briefs, photo captions), and the
/// single news items that look like them. Every sentence here is the tests' own.
/// </summary>
public sealed class RoundupTests
{
    [Fact]
    public void A_round_up_whose_paragraphs_each_open_with_another_union_is_one_report_per_paragraph()
    {
        var result = IngestItems("""
            基层工会动态
            近日，桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份，叮嘱大家合理安排作业时间。
            句容市总工会日前举办劳模工匠进校园活动，十名劳模走进职业学校与学生分享成长经历。
            据悉，溧阳市总工会今年已建成户外劳动者服务站点四十个，为快递员和外卖骑手提供歇脚饮水服务。
            针对持续高温天气，海宁市总工会走访十家建筑企业，检查防暑降温措施落实情况，为一线职工送去清凉用品。
            """, 4);
        Assert.StartsWith("桐乡市总工会", result.Reports[0].Title);
        Assert.StartsWith("针对持续高温天气，海宁市总工会", result.Reports[3].Passages.First().Text);
        Assert.All(result.Reports, r => Assert.Equal("基层工会动态", r.Collection));
    }

    [Fact]
    public void A_paragraph_break_kept_only_as_a_run_of_spaces_and_a_last_item_cut_by_the_page_still_give_their_items()
    {
        // Under a lead naming the area's unions together: the fourth item's paragraph break survives only as the next
        // paragraph's indent, and the last item (an enterprise bureau's union) is cut mid-sentence by the page.
        var result = IngestItems("""
            本市各级工会开展中秋送温暖活动
                中秋佳节，本市各级工会积极行动起来，走进企业、工地和医院，来到困难职工和退休劳模身边，送去节日的祝福。
                桐乡市总工会出资三万余元，为节日期间坚守岗位的六百名环卫工人送去月饼和生活用品，了解他们的生产生活情况。
                句容市总工会将困难会员和重大疾病会员作为重点慰问对象，连日来走访慰问了八十名困难会员，发放慰问金五万元。
                溧阳市总工会开展“送温暖献爱心”活动，为退休劳模每人发放慰问金一千元，将关怀送到了他们身边。    海宁市建工集团工会连续多日深入二十多个在建工地，为节日期间仍在一线的三千名农民工送去了水果和月饼。
                海宁市环卫局工会为环卫工人准备了月饼、水果、米面油等节日生活用品，节日当天专程来到环卫站点，与在这里的三十多
            """, 5);
        Assert.StartsWith("海宁市建工集团工会连续多日", result.Reports[3].Passages.First().Text);
        Assert.StartsWith("海宁市环卫局工会为环卫工人", result.Reports[4].Passages.First().Text);
    }

    [Fact]
    public void A_run_of_spaces_after_a_sentence_is_a_paragraph_break_and_cuts_no_single_item()
    {
        var result = IngestItems("""
            桐乡市总工会开展中秋送温暖活动
            9月25日，桐乡市总工会负责人带队走访慰问坚守岗位的一线职工，为他们送去月饼和节日祝福。   慰问组先后来到环卫站点、建筑工地和医院，详细了解职工的工作和生活情况。
            桐乡市总工会有关负责人表示，将持续做好困难职工帮扶工作，把关怀送到职工心坎上。   （王明）
            """, 1);
        var passages = result.Reports[0].Passages.Select(p => p.Text).ToList();
        Assert.Contains(passages, p => p.StartsWith("慰问组先后来到", StringComparison.Ordinal));
        // Before a closing name in brackets the run of spaces cuts nothing.
        Assert.DoesNotContain(passages, p => p.StartsWith("（王明）", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_a_headline_naming_an_areas_unions_together_the_paragraphs_are_still_items()
    {
        IngestItems("""
            各县区工会扎实开展金秋助学活动
            8月20日，桐乡市总工会向五十名困难职工子女发放助学金十万元，勉励他们刻苦学习、早日成才。
            8月份以来，句容市总工会走访困难职工家庭二十户，为今年考入大学的学子送去助学金和学习用品。
            近日，溧阳市总工会联合爱心企业设立助学基金，首批资助三十名困难职工子女顺利入学。
            """, 3);
    }

    [Fact]
    public void A_news_item_whose_headline_names_its_union_and_whose_paragraphs_name_its_county_unions_is_one_report()
    {
        var result = Ingest("""
            嘉兴市总工会开展金秋助学活动
            近日，嘉兴市总工会在全市开展金秋助学活动，各县市区工会同步行动，共资助困难职工子女三百名。
            桐乡市总工会向五十名困难职工子女发放助学金十万元，勉励他们刻苦学习。
            海宁市总工会走访困难职工家庭二十户，为考入大学的学子送去助学金。
            平湖市总工会联合爱心企业设立助学基金，首批资助三十名困难职工子女。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void Two_paragraphs_opening_with_two_unions_under_no_headline_stay_one_report()
    {
        var result = Ingest("""
            近日，桐乡市总工会命名十家职工心灵驿站，为职工提供心理咨询和情绪疏导服务。
            近年来，桐乡市某研究所工会在所党委领导下建成心理服务室，每月开展一次团体辅导。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void One_unions_digest_under_its_digest_headline_is_one_report_per_paragraph()
    {
        IngestItems("""
            桐乡市总工会一周工作动态
            桐乡市总工会召开全委会议，总结上半年工作，部署下半年职工服务和权益维护重点任务。
            桐乡市总工会走访十家建筑企业，检查防暑降温措施落实情况，为一线职工送去清凉用品。
            桐乡市总工会举办职工心理健康讲座，邀请专家讲解情绪调节方法，两百余名职工在线参加。
            """, 3);
    }

    [Fact]
    public void Briefs_each_closed_by_their_source_or_date_are_one_report_each()
    {
        var result = IngestItems("""
            工会简讯
            桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份。（来源：桐乡市总工会）
            句容市总工会举办劳模工匠进校园活动，十名劳模与学生分享成长经历。（句容市总工会供稿）
            溧阳市总工会建成户外劳动者服务站点四十个，为新就业形态劳动者提供便利。（7月12日）
            """, 3);
        Assert.All(result.Reports, r => Assert.Equal("工会简讯", r.Collection));
    }

    [Fact]
    public void Captions_signed_by_their_photographers_are_one_report_each_without_a_caption_word()
    {
        IngestItems("""
            7月15日，桐乡市总工会工作人员在建筑工地为一线职工送上防暑饮品。 王明 摄
            7月16日，句容市总工会组织劳模工匠走进职业学校与学生交流。（记者 李华 摄）
            """, 2);
        IngestItems("""
            3月5日，工人们在某港口集装箱码头检修起重设备。 新华社记者 王明 摄
            3月6日，技术人员在某风电场调试新安装的机组。 新华社记者 李华 摄
            """, 2);
    }

    [Fact]
    public void A_news_item_with_a_signed_caption_under_its_text_stays_one_report()
    {
        var result = Ingest("""
            桐乡市总工会为户外劳动者送清凉
            7月15日，桐乡市总工会走访慰问一线环卫工人，为他们送上饮品和防暑药品，叮嘱大家注意休息。
            当天，市总工会还来到建筑工地，看望坚守岗位的职工，检查防暑降温措施落实情况。
            桐乡市总工会工作人员为环卫工人送上防暑药品。 王明 摄
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void Two_marked_paragraphs_of_two_unions_that_are_the_whole_page_are_two_reports()
    {
        IngestItems("""
            ■近日，桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份，叮嘱大家合理安排作业时间。
            ■日前，句容市总工会举办劳模工匠进校园活动，十名劳模走进职业学校与学生分享成长经历。
            """, 2);
    }

    [Fact]
    public void Marked_paragraphs_under_one_unions_digest_headline_are_its_items()
    {
        IngestItems("""
            句容市总工会近期工作动态
            ◆句容市总工会召开全委会议，总结上半年工作，部署下半年职工服务和权益维护重点任务。
            ◆句容市总工会走访十家建筑企业，检查防暑降温措施落实情况，为一线职工送去清凉用品。
            """, 2);
    }

    [Fact]
    public void A_numbered_brief_whose_number_runs_into_its_date_is_still_numbered()
    {
        IngestItems("""
            1.7月2日，桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份。
            2.7月9日，句容市总工会举办劳模工匠进校园活动，十名劳模与学生分享成长经历。
            3.7月27日，溧阳市总工会建成户外劳动者服务站点四十个，为快递员提供便利。
            """, 3);
    }

    [Fact]
    public void A_photo_reports_credit_under_its_text_closes_the_item_and_a_reprint_of_it_is_the_same_report()
    {
        var result = Ingest("""
            为返乡职工送法律服务
            日前，桐乡市总工会在汽车站开展法律服务活动，为返乡职工解答欠薪维权问题。
            王明、李华 摄影报道
            日前，桐乡市总工会在汽车站开展法律服务活动，为返乡职工解答欠薪维权问题。
            王明、李华 摄影报道
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_round_ups_lead_naming_an_areas_unions_together_opens_its_first_item_and_each_union_paragraph_is_an_item()
    {
        var result = IngestItems("""
            为帮助困难职工子女顺利入学，近日，丽水各地总工会相继开展金秋助学活动。
            8月20日，青田县总工会举行金秋助学金发放仪式，为十二名考上大学的困难职工子女发放助学金三万元。
            8月22日，缙云县总工会开展金秋助学活动，为九名受助学生送去助学金和学习用品，勉励他们勤奋学习。
            8月25日，遂昌县总工会在县职工服务中心举行助学仪式，为六名困难职工子女发放助学金一万五千元。
            """, 3);
        Assert.StartsWith("为帮助困难职工子女", result.Reports[0].Passages.First().Text);
        Assert.StartsWith("青田县总工会", result.Reports[0].Title);
        Assert.StartsWith("8月25日，遂昌县总工会", result.Reports[2].Passages.First().Text);
    }

    [Fact]
    public void Under_a_round_ups_lead_an_item_cut_short_without_its_full_stop_is_still_an_item()
    {
        IngestItems("""
            近日，丽水各地总工会相继开展金秋助学活动。
            8月20日，青田县总工会举行金秋助学金发放仪式，为十二名考上大学的困难职工子女发放助学金三万元。
            8月22日，缙云县总工会开展金秋助学活动，为九名受助学生送去助学金和学习用品，有效减轻了困难职工家庭的经济负担
            8月25日，遂昌县总工会在县职工服务中心举行助学仪式，为六名困难职工子女发放助学金一万五千元。
            """, 3);
    }

    [Fact]
    public void A_lead_naming_the_union_that_acts_over_its_county_unions_paragraphs_stays_one_report()
    {
        var result = Ingest("""
            近日，丽水市总工会在全市开展金秋助学活动，各县市区工会同步行动，共资助困难职工子女两百名。
            8月20日，青田县总工会举行金秋助学金发放仪式，为十二名考上大学的困难职工子女发放助学金三万元。
            8月22日，缙云县总工会开展金秋助学活动，为九名受助学生送去助学金和学习用品，勉励他们勤奋学习。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void Agency_photographs_each_closed_by_their_credit_line_are_one_report_each()
    {
        var result = IngestItems("""
            5月2日，在某市一处建筑工地，钢筋工们参加绑扎技能比武，比拼速度和质量。
            劳动节前后，各地纷纷开展岗位练兵活动，展示劳动者的技能风采。
            新华社发（王明摄）
            5月3日，在某县总工会职工服务中心，家政服务员进行婴儿护理技能比赛。
            新华社发（李华摄）
            """, 2);
        Assert.Contains("新华社发（王明摄）", result.Reports[0].Credits);
        Assert.StartsWith("5月3日，在某县总工会", result.Reports[1].Passages.First().Text);
    }

    [Fact]
    public void A_news_item_whose_photographs_stand_among_its_paragraphs_stays_one_report()
    {
        var result = Ingest("""
            桐乡市总工会举办职工技能比武
            5月2日，桐乡市总工会在市职工服务中心举办职工技能比武，来自二十家企业的一百名职工参加比赛。
            比武设电工、焊工和钳工三个项目，比赛结束后，市总工会为获奖职工颁发证书和奖金。
            5月2日，焊工项目的选手在比赛中。
            新华社发（王明摄）
            市总工会负责人表示，将持续开展技能比武，带动更多职工学技术、练本领。
            5月2日，电工项目的选手在比赛中。
            新华社发（李华摄）
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_page_opening_with_its_first_items_text_and_then_a_headlined_item_is_two_reports()
    {
        var result = IngestItems("""
            近日，桐乡市总工会举办“书香伴我行”职工读书分享会，三十名职工代表分享读书心得，现场气氛热烈。
            活动中，市总工会还向职工书屋赠送图书五百册，鼓励职工多读书、读好书。
            相约春天 共话幸福
            桐乡市总工会举办单身职工交友联谊会
            近日，桐乡市总工会联合团市委举办单身职工交友联谊会，来自全市四十家企业的八十名青年职工参加。
            活动设置破冰游戏、才艺展示等环节，为单身职工搭建交友平台。
            """, 2);
        Assert.Equal("桐乡市总工会举办单身职工交友联谊会", result.Reports[1].Title);
    }

    [Fact]
    public void Numbered_paragraphs_under_a_digests_headline_are_its_items_even_when_they_name_only_a_level()
    {
        IngestItems("""
            基层工会动态
            1.县总工会召开五届三次全委会议，总结上半年工作，部署下半年职工服务和权益维护的重点任务。
            2.县总工会走访城区十家建筑企业，检查防暑降温措施落实情况，为一线职工送去清凉用品和药品。
            """, 2);
    }

    [Fact]
    public void Numbered_points_under_a_headline_naming_its_union_stay_one_report()
    {
        var result = Ingest("""
            桐乡市总工会多措并举服务职工
            1.市总工会召开全委会议，总结上半年工作，部署下半年职工服务和权益维护重点任务。
            2.市总工会走访十家建筑企业，检查防暑降温措施落实情况，为一线职工送去清凉用品。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void Short_lines_alone_above_a_bylined_report_are_the_pages_credits_not_a_report()
    {
        var result = Ingest("""
            0
            《某某工人报》整版图文
            携手奋进 服务职工
            ——桐乡市总工会2025年工作掠影
            近年来，桐乡市总工会坚持以职工为中心，聚焦职工急难愁盼，推出一批服务职工的实事项目。
            今年，市总工会新建职工服务驿站二十个，开展技能培训五十场，惠及职工一万余人次。
            """);
        Assert.Single(result.Reports);
        Assert.Equal("携手奋进 服务职工", result.Reports[0].Title);
        Assert.Contains("《某某工人报》整版图文", result.Reports[0].Credits);
    }

    [Fact]
    public void Places_marked_or_alone_on_their_lines_head_a_round_ups_items()
    {
        foreach (var mark in new[] { "■", "◆", "" })
        {
            var result = IngestItems($"""
                {mark}桐乡市
                近日，桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份，叮嘱大家合理安排作业时间。
                {mark}叶县
                叶县总工会日前举办劳模工匠进校园活动，十名劳模走进职业学校与学生分享成长经历。
                {mark}溧阳市
                溧阳市总工会今年已建成户外劳动者服务站点四十个，为快递员和外卖骑手提供歇脚饮水服务。
                """, 3);
            Assert.Equal(["桐乡市", "叶县", "溧阳市"], result.Reports.Select(r => r.Title));
        }
    }

    [Fact]
    public void A_round_ups_lead_above_its_places_headings_opens_the_first_item()
    {
        var result = IngestItems("""
            连日来，浙江省各级工会扎实开展送清凉活动，把关爱送到一线职工身边。
            【桐乡市】
            近日，桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份，叮嘱大家合理安排作业时间。
            【海宁市】
            海宁市总工会走访十家建筑企业，检查防暑降温措施落实情况，为一线职工送去清凉用品。
            """, 2);
        Assert.StartsWith("连日来", result.Reports[0].Passages.First().Text);
    }

    [Fact]
    public void A_round_ups_lead_above_news_leads_opens_the_first_item_with_the_pages_photograph()
    {
        var result = IngestItems("""
            情暖职工 清凉一夏
            在某工地休息区，职工们领取防暑降温用品。通讯员李华/摄
            连日来，浙江省各级工会开展形式多样的送清凉活动，为高温下坚守岗位的职工送上关怀。
            桐乡
            本报讯（通讯员 王明）7月5日，桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份，叮嘱大家合理安排作业时间。
            海宁
            本报讯（通讯员 张伟）近日，海宁市总工会走访十家建筑企业，检查防暑降温措施落实情况，为一线职工送去清凉用品。
            """, 2);
        Assert.Equal("桐乡", result.Reports[0].Title);
        Assert.Contains(result.Reports[0].Passages, p => p.Text.StartsWith("连日来", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_whose_subject_is_a_provinces_unions_together_leads_a_round_up()
    {
        IngestItems("""
            为把党和政府的关怀送到职工心坎上，浙江省各级工会近期纷纷行动起来。
            桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份，叮嘱大家合理安排作业时间。
            海宁市总工会走访十家建筑企业，检查防暑降温措施落实情况，为一线职工送去清凉用品。
            """, 2);
    }

    [Fact]
    public void A_place_alone_on_a_line_of_a_single_report_heads_nothing()
    {
        var result = Ingest("""
            桐乡市总工会开展送清凉活动
            桐乡市
            近日，桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份，叮嘱大家合理安排作业时间。
            活动中，工会干部还走访了十家建筑企业，检查防暑降温措施落实情况，为一线职工送去清凉用品。
            """);
        Assert.Single(result.Reports);
    }

    [Fact]
    public void A_digest_that_lists_its_headlines_first_is_one_report_per_headline_printed_again_over_its_text()
    {
        var result = IngestItems("""
            ·桐乡市总工会为环卫工人送清凉
            ·海宁市总工会检查企业防暑降温措施
            ·溧阳市建成四十个户外劳动者服务站点
            桐乡市总工会为环卫工人送清凉
            近日，桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份，叮嘱大家合理安排作业时间。
            海宁市总工会检查企业防暑降温措施
            海宁市总工会走访十家建筑企业，检查防暑降温措施落实情况，为一线职工送去清凉用品。
            溧阳市建成四十个户外劳动者服务站点
            溧阳市总工会今年已建成户外劳动者服务站点四十个，为快递员和外卖骑手提供歇脚饮水服务。
            """, 3);
        Assert.Equal("海宁市总工会检查企业防暑降温措施", result.Reports[1].Title);
    }

    [Fact]
    public void A_news_items_headline_printed_as_the_pages_title_and_again_over_its_text_is_one_report()
    {
        var result = Ingest("""
            桐乡市总工会为环卫工人送清凉
            桐乡市总工会为环卫工人送清凉
            近日，桐乡市总工会为全市环卫工人送去防暑饮品和药品三千余份，叮嘱大家合理安排作业时间。
            活动中，工会干部还走访了十家建筑企业，检查防暑降温措施落实情况，为一线职工送去清凉用品。
            """);
        Assert.Single(result.Reports);
    }
}
