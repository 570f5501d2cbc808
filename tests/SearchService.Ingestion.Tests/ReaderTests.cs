using System.Text;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Tests;

public class ReaderTests
{
    private static readonly PinyinGlosses Glosses = PinyinGlosses.Load(PinyinGlosses.ShippedPath);

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

    [Fact]
    public void Pinyin_glosses_after_characters_are_removed_in_either_script()
    {
        var text = "臨(lín)海市總工會(huì)開(kāi)展職(zhí)工技能比賽。\n東城区总工会(huì)为(wèi)快递员建成驿站十座。";
        var lines = DocumentReader.Read("a.txt", new MemoryStream(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(["臨海市總工會開展職工技能比賽。", "東城区总工会为快递员建成驿站十座。"], lines.Select(l => l.Text));
        Assert.Equal(["臨(lín)海市總工會(huì)開(kāi)展職(zhí)工技能比賽。", "東城区总工会(huì)为(wèi)快递员建成驿站十座。"], lines.Select(l => l.AsWritten));
        Assert.Equal("(lín)(huì)(kāi)(zhí)", lines[0].Removed);
    }

    [Fact]
    public void Pinyin_glosses_with_tone_digits_or_several_syllables_are_removed()
    {
        var lines = Glosses.Remove([new SourceLine(1, "工(gong1)会组织职工(zhi2 gong1)参加培训（péixùn）。")]);
        Assert.Equal("工会组织职工参加培训。", lines.Single().Text);
    }

    [Fact]
    public void A_toneless_syllable_is_a_gloss_only_where_the_document_has_toned_glosses()
    {
        var glossed = Glosses.Remove([new SourceLine(1, "我们(men)的(de)工(gōng)会(huì)。")]);
        Assert.Equal("我们的工会。", glossed.Single().Text);
        var plain = Glosses.Remove([new SourceLine(1, "称重(ha)和(de)都是记号。")]);
        Assert.Equal("称重(ha)和(de)都是记号。", plain.Single().Text);
    }

    [Theory]
    [InlineData("职工可以下载手机应用(APP)报名。")]
    [InlineData("公司首席执行官(CEO)出席。")]
    [InlineData("外籍专家李明(Li Ming)授课。")]
    [InlineData("每箱重量(kg)和体积(cm)写在箱上。")]
    [InlineData("职工咖啡屋(café)开业。")]
    [InlineData("配备除颤器(AED)两台。")]
    public void Real_parenthesised_latin_is_kept(string line)
    {
        // A toned gloss elsewhere in the document makes no difference to text that is not pinyin.
        var lines = Glosses.Remove([new SourceLine(1, line), new SourceLine(2, "工(gōng)会(huì)驿站。")]);
        Assert.Equal(line, lines[0].Text);
        Assert.Null(lines[0].AsWritten);
    }

    [Fact]
    public void The_pipeline_records_the_line_as_written_and_what_was_removed()
    {
        var text = "海(hǎi)曙区总工会开展送清凉活动\n海曙区总工会(huì)近日为户外劳动者送去防暑物品三百份。";
        var result = Fixtures.Pipeline.IngestText("glossed.txt", text);
        Assert.Contains(result.Reports.Single().Passages, p => p.Text == "海曙区总工会近日为户外劳动者送去防暑物品三百份。");
        var recorded = result.Dropped.Where(d => d.Reason.StartsWith("pinyin glosses removed", StringComparison.Ordinal)).ToList();
        Assert.Equal([(1, "海(hǎi)曙区总工会开展送清凉活动"), (2, "海曙区总工会(huì)近日为户外劳动者送去防暑物品三百份。")], recorded.Select(d => (d.Lines.First, d.Text)));
        Assert.Contains("(huì)", recorded[1].Reason);
        Assert.Empty(Coverage.Unaccounted(result, text));
    }
}
