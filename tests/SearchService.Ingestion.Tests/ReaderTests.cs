using System.Text;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Tests;

public class ReaderTests
{
    private const string Chinese = "苏州市总工会开展职业技能强训行动。\n\n提高技能人才待遇，完善工资集体协商。";

    [Theory]
    [InlineData("UTF-8")]
    [InlineData("UTF-8-BOM")]
    [InlineData("UTF-16LE")]
    [InlineData("GB18030")]
    [InlineData("GBK")]
    public void Text_files_are_decoded_whatever_the_chinese_encoding(string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = encoding switch
        {
            "UTF-8" => Encoding.UTF8.GetBytes(Chinese),
            "UTF-8-BOM" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Chinese)],
            "UTF-16LE" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Chinese)],
            "GBK" => Encoding.GetEncoding(936).GetBytes(Chinese),
            _ => Encoding.GetEncoding("GB18030").GetBytes(Chinese),
        };
        var lines = DocumentReader.Read("a.txt", new MemoryStream(bytes));
        Assert.Equal(["苏州市总工会开展职业技能强训行动。", "提高技能人才待遇，完善工资集体协商。"], lines.Select(l => l.Text));
        Assert.Equal([1, 3], lines.Select(l => l.Number));
    }

    [Fact]
    public void Markdown_headings_keep_their_level()
    {
        var lines = DocumentReader.Read("a.md", new MemoryStream(Encoding.UTF8.GetBytes("# 标题\n\n## 一、做法\n\n- **正文**一段。")));
        Assert.Equal([(1, "标题"), (2, "一、做法"), (0, "正文一段。")], lines.Select(l => (l.HeadingLevel, l.Text)));
    }

    [Fact]
    public void Docx_paragraphs_and_heading_styles()
    {
        var bytes = Fixtures.Docx(("Heading1", "钱塘区总工会建设爱心驿站"), (null, "钱塘区总工会在辖区建成爱心驿站三十座。"), (null, ""), (null, "为快递员提供休息场所。"));
        var lines = DocumentReader.Read("a.docx", new MemoryStream(bytes));
        Assert.Equal([(1, "钱塘区总工会建设爱心驿站"), (0, "钱塘区总工会在辖区建成爱心驿站三十座。"), (0, "为快递员提供休息场所。")], lines.Select(l => (l.HeadingLevel, l.Text)));
    }

    [Fact]
    public void Pdf_lines_are_rejoined_into_paragraphs()
    {
        var bytes = Fixtures.Pdf("The union built thirty rest stations for couriers", "and delivery riders across the district.", "Training reached 1200 workers this year.");
        var lines = DocumentReader.Read("a.pdf", new MemoryStream(bytes));
        Assert.Equal(["The union built thirty rest stations for couriers and delivery riders across the district.", "Training reached 1200 workers this year."], lines.Select(l => l.Text));
    }

    [Fact]
    public void Chinese_pdf_lines_join_without_a_space()
    {
        var lines = DocumentReader.JoinPdfLines([(1001, "钱塘区总工会在辖区建成爱心驿站三十座，为快递员"), (1002, "和外卖骑手提供休息场所。"), (1003, "第二段落内容在这里结束了吗？是的结束了。")]);
        Assert.Equal(["钱塘区总工会在辖区建成爱心驿站三十座，为快递员和外卖骑手提供休息场所。", "第二段落内容在这里结束了吗？是的结束了。"], lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("broken.docx")]
    [InlineData("broken.pdf")]
    public void A_corrupt_file_is_an_error_with_a_message(string name)
    {
        var error = Assert.Throws<DocumentUnreadableException>(() => DocumentReader.Read(name, new MemoryStream([1, 2, 3, 4])));
        Assert.Contains(Path.GetExtension(name), error.Message);
    }

    [Fact]
    public void A_pdf_passage_keeps_its_page_and_the_lines_it_was_joined_from()
    {
        var bytes = Fixtures.Pdf("Union rest stations", "The union built thirty rest stations for couriers", "and delivery riders across the district.");
        var report = Assert.Single(Fixtures.Pipeline.IngestFile("stations.pdf", new MemoryStream(bytes)).Reports);
        var occurrence = report.Passages.Single(p => p.Text.StartsWith("The union")).Occurrences.Single();
        Assert.Equal((2, 1), (occurrence.Line, occurrence.Page));
        Assert.Equal(new LineRange(2, 3, 1, 1), occurrence.Ranges.Single());
    }
}
