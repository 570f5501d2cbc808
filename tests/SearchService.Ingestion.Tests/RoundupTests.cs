using SearchService.Ingestion;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Pages of several separate items without headings of their own (round-ups, digests, briefs, photo captions), and the
/// single news items that look like them. Every sentence here is the tests' own.
/// </summary>
public sealed class RoundupTests
{
    private static IngestionResult Ingest(string text) => new IngestionPipeline().IngestText("page.txt", text);

    private static IngestionResult IngestItems(string text, int items)
    {
        var result = Ingest(text);
        Assert.Empty(Coverage.Unaccounted(result, text));
        Assert.Equal(items, result.Reports.Count);
        return result;
    }

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
}
