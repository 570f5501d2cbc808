namespace SearchService.Ingestion.Tests;

public class DataRowsTests
{
    [Fact]
    public void Comments_and_empty_lines_are_skipped_and_line_numbers_are_the_files()
    {
        string[] file = ["# 说明", "", "  甲\t 乙 \t", "   ", "  # 缩进的注释", "丙\t丁"];
        var rows = DataRows.Fields(file).ToList();
        Assert.Equal([3, 6], rows.Select(r => r.Number));
        Assert.Equal(["甲", "乙"], rows[0].Fields);
        Assert.Equal(["丙", "丁"], rows[1].Fields);
    }

    [Fact]
    public void A_word_list_gives_its_trimmed_lines()
    {
        Assert.Equal(["的", "了"], DataRows.Lines([" 的 ", "#注释", "了"]).Select(r => r.Line));
    }

    [Fact]
    public void A_loader_reports_the_files_line_number()
    {
        var error = Assert.Throws<FormatException>(() => new Metadata.ScriptFold(["# 表头", "勞\t劳", "總總\t总"]));
        Assert.Contains("line 3", error.Message);
    }
}
