using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A lead over sections headed by places or unions, in which the area's unions or several actors act together in a
/// later sentence (its first a kicker), opens the first section's item: no report of its own. Every sentence here is
/// the tests' own.
/// </summary>
public sealed class SectionsLeadTests
{
    [Fact]
    public void A_lead_whose_second_sentence_has_the_areas_unions_acting_opens_the_first_place_section()
    {
        var result = IngestItems("""
            某省工会：多彩活动暖人心 相伴职工过佳节
            发布时间：2025-09-30 10:00
            佳节同至，情暖八方。佳节来临之际，一场场暖心活动在全省各地接连上演，浙江省各级工会积极行动，把节日的祝福送到职工心坎上。
            桐乡:“驿站”联动送暖 多元服务传递节日烟火气
            近日，桐乡市总工会依托职工服务驿站，联动二十余家社会组织在城东广场开展节日服务活动，为职工送上健康检查和文化服务。
            海宁:晚会情满佳节 劳动者月下团圆
            9月28日晚，海宁市总工会为新就业形态劳动者举办佳节晚会，两百余名快递员、外卖员欢聚一堂共度佳节。
            """, 2);
        Assert.StartsWith("佳节同至", result.Reports[0].Passages.First().Text);
    }

    [Fact]
    public void A_lead_with_a_union_and_its_communities_acting_together_opens_the_first_union_section()
    {
        var result = IngestItems("""
            连日来，城区持续高温，一群户外劳动者仍坚守岗位。近日，鹿城区总工会、街道社区纷纷行动起来，为一线职工送去清凉。
            鹿城区总工会
            时下正值盛夏，为确保职工身心健康，鹿城区总工会开展“夏送清凉”活动，为环卫工人和建筑工人送去防暑降温用品。
            城西社区
            4日下午，城西街道城西社区组织慰问高温下坚守一线的环卫工人，为他们送去绿豆汤和防暑药品。
            """, 2);
        Assert.StartsWith("连日来", result.Reports[0].Passages.First().Text);
    }

    [Fact]
    public void A_unions_own_news_above_sections_stays_a_report_of_its_own()
    {
        IngestItems("""
            近日，鹿城区总工会召开全委会议，总结上半年工作，部署下半年重点任务，全体委员参加会议。
            桐乡市总工会
            时下正值盛夏，为确保职工身心健康，桐乡市总工会开展“夏送清凉”活动，为环卫工人和建筑工人送去防暑降温用品。
            海宁市总工会
            4日下午，海宁市总工会组织慰问高温下坚守一线的环卫工人，为他们送去绿豆汤和防暑药品。
            """, 3);
    }
}
