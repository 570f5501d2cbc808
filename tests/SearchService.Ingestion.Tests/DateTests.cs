using SearchService.Ingestion.Dates;

namespace SearchService.Ingestion.Tests;

public class DateTests
{
    [Theory]
    [InlineData("发布时间：2024-01-12 09:30", "2024-01-12", "day")]
    [InlineData("发布日期:2024/1/5", "2024-01-05", "day")]
    [InlineData("2024年1月12日", "2024-01-12", "day")]
    [InlineData("二〇二五年一月", "2025-01", "month")]
    [InlineData("二〇二四年十二月三十一日", "2024-12-31", "day")]
    [InlineData("2023.06", "2023-06", "month")]
    [InlineData("（2012年8月15日）", "2012-08-15", "day")]
    [InlineData("工人日报 2023年06月29日 星期四", "2023-06-29", "day")]
    [InlineData("《职工之友》（2022年03月08日 03版）", "2022-03-08", "day")]
    [InlineData("日期：2021年", "2021", "year")]
    [InlineData("2019-07-12 10:18:51  来源：县融媒体中心  作者：王明", "2019-07-12", "day")]
    [InlineData("来源：青岭县总工会时间：2022-06-15", "2022-06-15", "day")]
    [InlineData("作者:王明日期:2023年6月29日", "2023-06-29", "day")]
    public void A_dateline_or_labelled_date_is_read_with_its_precision(string line, string iso, string precision)
    {
        var date = StatedDate.In(line);
        Assert.NotNull(date);
        Assert.Equal((iso, precision), (date!.Iso, date.Precision));
    }

    [Theory]
    [InlineData("自2005年以来，工会累计培训职工三万人次。")]
    [InlineData("2024年1月12日，桐乡市总工会召开全委会，研究部署全年工作，会议由主席主持并讲话，各部门负责人参加。")]
    [InlineData("活动时间：2024年5月1日至5月3日")]
    [InlineData("来源：青岭县总工会活动时间：2024年5月1日")]
    [InlineData("来源：青岭县总工会时间：2024年5月1日至3日")]
    [InlineData("2024年")]
    [InlineData("2023年13月")]
    [InlineData("2023年2月30日")]
    public void Prose_dates_and_impossible_dates_are_not_the_documents_date(string line) => Assert.Null(StatedDate.In(line));

    [Fact]
    public void The_stated_date_is_recorded_unless_a_date_is_given()
    {
        const string text = "桐乡市总工会召开全委会\n2024年1月12日 来源：桐乡日报\n会议研究部署了全年工作。";
        var stated = Fixtures.Pipeline.IngestText("d.txt", text).Reports.Single();
        Assert.Equal(("2024-01-12", "day", "2024年1月12日"), (stated.Date, stated.DatePrecision, stated.DateText));
        var given = Fixtures.Pipeline.IngestText("d.txt", text, new ReportMetadata(Date: "2024-02-01")).Reports.Single();
        Assert.Equal(("2024-02-01", null, null), (given.Date, given.DatePrecision, given.DateText));
    }

    [Fact]
    public void A_closing_date_under_a_signature_dates_the_report()
    {
        var report = Fixtures.Pipeline.IngestText("e.txt", "工作总结\n今年以来，绩溪县总工会围绕中心工作开展了大量工作。\n绩溪县总工会\n二〇二五年一月").Reports.Single();
        Assert.Equal(("2025-01", "month"), (report.Date, report.DatePrecision));
    }
}
