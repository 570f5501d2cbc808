using System.Text;
using SearchService.Ingestion.Readers;
using SearchService.Tests.Hostile;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Every document is read within <see cref="DocumentLimits"/>: hostile files are refused with a typed exception (never
/// a crash, never gigabytes), and documents inside the limits still read in full.
/// </summary>
public class BoundedReadingTests
{
    private static IReadOnlyList<SourceLine> Read(string name, byte[] bytes, DocumentLimits? limits = null, CancellationToken cancellation = default) =>
        new DocumentReader(limits ?? new DocumentLimits(), PinyinGlosses.Load(PinyinGlosses.ShippedPath)).Read(name, new MemoryStream(bytes), cancellation);

    [Fact]
    public void A_docx_nested_50000_deep_is_unreadable_not_a_stack_overflow()
    {
        var bytes = HostileFiles.NestedDocx(50_000);
        Assert.True(bytes.Length < 64 * 1024, $"{bytes.Length} bytes");
        var error = Assert.Throws<DocumentUnreadableException>(() => Read("nested.docx", bytes));
        Assert.Contains("MaxXmlDepth", error.Message);
    }

    [Fact]
    public void A_docx_nested_within_the_limit_is_read()
    {
        var lines = Read("nested.docx", HostileFiles.NestedDocx(100));
        Assert.Equal(["深处的一段文字。"], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_docx_inflating_to_50_MB_of_text_is_too_large()
    {
        var bytes = HostileFiles.DocxBomb(50);
        Assert.True(bytes.Length < 256 * 1024, $"{bytes.Length} bytes");
        var error = Assert.Throws<DocumentTooLargeException>(() => Read("bomb.docx", bytes));
        Assert.Equal("Ingestion:Limits:MaxDocumentChars", error.LimitName);
    }

    [Fact]
    public void A_docx_part_inflating_past_the_part_limit_is_too_large()
    {
        var error = Assert.Throws<DocumentTooLargeException>(() => Read("bomb.docx", HostileFiles.DocxBomb(3), new DocumentLimits { MaxPartBytes = 1024 * 1024 }));
        Assert.Equal("Ingestion:Limits:MaxPartBytes", error.LimitName);
        Assert.Equal(1024 * 1024, error.Limit);
    }

    [Fact]
    public void A_docx_with_too_many_entries_is_too_large()
    {
        var error = Assert.Throws<DocumentTooLargeException>(() => Read("many.docx", HostileFiles.Docx(["一段。"], extraEntries: 50), new DocumentLimits { MaxZipEntries = 20 }));
        Assert.Equal("Ingestion:Limits:MaxZipEntries", error.LimitName);
    }

    [Fact]
    public void Docx_text_boxes_are_read_once_and_in_order()
    {
        var bytes = HostileFiles.Docx(body => body.Write(
            "<w:p><w:r><w:t>第一段，</w:t></w:r><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
            + "<mc:Choice Requires=\"wps\"><w:txbxContent><w:p><w:r><w:t>文本框里的字。</w:t></w:r></w:p></w:txbxContent></mc:Choice>"
            + "<mc:Fallback><w:txbxContent><w:p><w:r><w:t>文本框里的字。</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">续 </w:t></w:r><w:r><w:t>完。</w:t></w:r></w:p><w:p><w:r><w:t>第二段。</w:t></w:r></w:p>"));
        var lines = Read("box.docx", bytes);
        Assert.Equal(["第一段，续 完。", "文本框里的字。", "第二段。"], lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3], lines.Select(l => l.Number));
    }

    [Fact]
    public void A_pdf_with_a_100_MB_content_stream_is_refused_before_it_is_inflated()
    {
        var bytes = HostileFiles.PdfBomb(100);
        Assert.True(bytes.Length < 512 * 1024, $"{bytes.Length} bytes");
        var error = Assert.Throws<DocumentTooLargeException>(() => Read("bomb.pdf", bytes));
        Assert.Equal("Ingestion:Limits:MaxPdfContentStreamBytes", error.LimitName);
    }

    [Fact]
    public void A_pdf_with_a_large_unfiltered_content_stream_is_too_large()
    {
        var error = Assert.Throws<DocumentTooLargeException>(() => Read("plain.pdf", HostileFiles.PdfPlainContent(2 * 1024 * 1024)));
        Assert.Equal("Ingestion:Limits:MaxPdfContentStreamBytes", error.LimitName);
    }

    [Fact]
    public void A_pdf_whose_forms_draw_each_other_is_unreadable_not_a_stack_overflow()
    {
        var error = Assert.Throws<DocumentUnreadableException>(() => Read("loop.pdf", HostileFiles.PdfFormLoop()));
        Assert.Contains("MaxPdfFormDepth", error.Message);
    }

    [Fact]
    public void A_pdf_whose_form_draws_itself_through_inherited_resources_is_unreadable_not_a_stack_overflow()
    {
        var error = Assert.Throws<DocumentUnreadableException>(() => Read("inherited.pdf", HostileFiles.PdfFormDrawingItselfThroughInheritedResources()));
        Assert.Contains("MaxPdfFormDepth", error.Message);
    }

    [Fact]
    public void A_form_loop_in_a_pdf_whose_cross_reference_table_is_broken_is_unreadable_not_a_stack_overflow()
    {
        // The upload fuzz's case: eight bytes of a form chain flipped (seeded, so the same bytes every run) break the
        // cross-reference table, so PdfPig finds the objects by scanning, and a form's resources, so it draws itself.
        var bytes = HostileFiles.PdfFormChain(3);
        var random = new Random(239);
        for (var i = 0; i < 8; i++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        var error = Assert.Throws<DocumentUnreadableException>(() => Read("flipped.pdf", bytes));
        Assert.Contains("MaxPdfFormDepth", error.Message);
    }

    [Fact]
    public void A_pdf_with_forms_nested_5000_deep_is_unreadable()
    {
        var error = Assert.Throws<DocumentUnreadableException>(() => Read("forms.pdf", HostileFiles.PdfFormChain(5_000)));
        Assert.Contains("MaxPdfFormDepth", error.Message);
    }

    [Fact]
    public async Task A_pdf_with_a_page_tree_50000_deep_does_not_crash_the_process()
    {
        // PdfPig walks the page tree recursively while opening: on an 8 MB stack this depth is a stack overflow, which
        // would end this test run. Read on its own large stack, the document opens (an empty page) or, on a slow
        // machine, runs out of its time budget; either way it is an answer.
        try
        {
            Assert.Empty(await Task.Run(() => Read("tree.pdf", HostileFiles.PdfDeepPageTree(50_000))));
        }
        catch (DocumentUnreadableException ex)
        {
            Assert.Contains("ParseTimeout", ex.Message);
        }
    }

    [Fact]
    public void A_pdf_with_more_pages_than_allowed_is_too_large()
    {
        var error = Assert.Throws<DocumentTooLargeException>(() => Read("pages.pdf", HostileFiles.PdfPages(11), new DocumentLimits { MaxPdfPages = 10 }));
        Assert.Equal("Ingestion:Limits:MaxPdfPages", error.LimitName);
    }

    [Fact]
    public void Reading_stops_when_the_time_budget_is_spent()
    {
        var error = Assert.Throws<DocumentUnreadableException>(() =>
            Read("slow.pdf", HostileFiles.PdfPlainContent(900 * 1024), new DocumentLimits { ParseTimeout = TimeSpan.FromMilliseconds(10) }));
        Assert.Contains("ParseTimeout", error.Message);
    }

    [Fact]
    public void Reading_stops_when_the_caller_cancels()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Read("a.docx", HostileFiles.DocxBomb(1), cancellation: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Read("a.pdf", HostileFiles.PdfPages(3), cancellation: cancelled.Token));
    }

    [Fact]
    public void Plain_text_is_bounded_in_bytes_and_characters()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("职工书屋进车间。\n", 2_000)));
        Assert.Equal("Ingestion:Limits:MaxDocumentBytes",
            Assert.Throws<DocumentTooLargeException>(() => Read("a.txt", text, new DocumentLimits { MaxDocumentBytes = 10_000 })).LimitName);
        Assert.Equal("Ingestion:Limits:MaxDocumentChars",
            Assert.Throws<DocumentTooLargeException>(() => Read("a.txt", text, new DocumentLimits { MaxDocumentChars = 10_000 })).LimitName);
        Assert.Equal(2_000, Read("a.txt", text).Count);
    }

    [Fact]
    public void The_last_line_without_a_newline_is_kept()
    {
        var lines = Read("a.txt", Encoding.UTF8.GetBytes("第一行。\n最后一行没有换行符。"));
        Assert.Equal(["第一行。", "最后一行没有换行符。"], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_giant_paragraph_is_split_at_sentence_ends_into_passages_within_the_limit()
    {
        var sentence = "钱塘区总工会在辖区建成爱心驿站三十座，为快递员和外卖骑手提供休息场所。";
        var paragraph = string.Concat(Enumerable.Repeat(sentence, 300));
        var lines = Read("a.txt", Encoding.UTF8.GetBytes("标题\n" + paragraph));
        var pieces = lines.Skip(1).ToList();
        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.True(p.Text.Length <= 2_000, $"{p.Text.Length} chars"));
        Assert.All(pieces, p => Assert.EndsWith("。", p.Text));
        Assert.All(pieces, p => Assert.Equal(2, p.Number));
        Assert.Equal(paragraph, string.Concat(pieces.Select(p => p.Text)));
    }

    [Fact]
    public void A_run_without_any_punctuation_is_cut_at_the_limit()
    {
        var run = new string('工', 5_000);
        var pieces = LongParagraphs.Pieces(run, 2_000).ToList();
        Assert.Equal([2_000, 2_000, 1_000], pieces.Select(p => p.Length));
    }

    [Fact]
    public void Limits_out_of_range_are_refused_when_the_pipeline_is_built()
    {
        Assert.Throws<System.ComponentModel.DataAnnotations.ValidationException>(() =>
            new IngestionPipeline(new IngestionOptions { Limits = new DocumentLimits { MaxXmlDepth = 0 } }));
    }

    [Fact]
    public void Folder_ingestion_reports_a_hostile_file_and_indexes_the_rest()
    {
        var folder = Fixtures.TempFolder();
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "nested.docx"), HostileFiles.NestedDocx(50_000));
            File.WriteAllBytes(Path.Combine(folder, "loop.pdf"), HostileFiles.PdfFormLoop());
            File.WriteAllText(Path.Combine(folder, "good.txt"), "钱塘区总工会建设爱心驿站\n钱塘区总工会在辖区建成爱心驿站三十座。");
            var result = Fixtures.Pipeline.IngestPath(folder);
            Assert.Equal(["loop.pdf", "nested.docx"], result.Problems.Select(p => p.Path).Order());
            Assert.Single(result.Reports);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
