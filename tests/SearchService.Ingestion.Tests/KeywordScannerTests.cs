using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Tests;

public class KeywordScannerTests
{
    [Fact]
    public void Finds_every_keyword_once_including_those_inside_or_overlapping_others()
    {
        var scanner = new KeywordScanner(["职工", "职工书屋", "书屋", "工会", "会员", "驿站"]);
        // 职工 twice, 职工书屋 contains 书屋, 工会 and 会员 overlap in 工会会员; 驿站 is absent.
        Assert.Equal([0, 1, 2, 3, 4], scanner.Find("职工书屋向工会会员和职工开放"));
    }

    [Fact]
    public void A_keyword_at_the_very_end_and_an_empty_text_are_handled()
    {
        var scanner = new KeywordScanner(["送温暖", "温暖"]);
        Assert.Equal([0, 1], scanner.Find("春节送温暖"));
        Assert.Empty(scanner.Find(""));
        Assert.Empty(scanner.Find("送"));
    }

    [Fact]
    public void Outermost_finds_a_keyword_only_where_no_longer_keyword_covers_it()
    {
        var scanner = new KeywordScanner(["劳模", "工匠", "劳模工匠", "精神", "工匠精神", "劳模"]);
        // 劳模工匠 covers 劳模 and 工匠; 工匠精神 overlaps it without covering it, and covers 精神.
        Assert.Equal([2, 4], scanner.FindOutermost("弘扬劳模工匠精神"));
        // 劳模 standing on its own elsewhere counts, and so does its second spelling (one phrase in two themes).
        Assert.Equal([0, 2, 5], scanner.FindOutermost("劳模工匠和劳模"));
        Assert.Equal([0, 1, 2, 3, 4, 5], scanner.Find("弘扬劳模工匠精神，劳模"));
    }
}
