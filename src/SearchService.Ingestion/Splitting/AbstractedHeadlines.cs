using System.Text.RegularExpressions;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// An index page of headlines each over its abstract (an e-paper's 标题导航: <c>• 某某市举办职工技能大赛</c> over
/// <c>摘要：9月26日，…</c>): each headline with its abstract is an item. A news item has at most one abstract, under its
/// own headline; two or more headlines each over a labelled abstract are a list.
/// </summary>
internal static partial class ListDocument
{
    /// <summary>The headline (without its bullet) a line gives when the next line is its labelled abstract; null otherwise.</summary>
    public static string? AbstractedHeadline(string text, string? next)
    {
        var headline = NavigationHeadline(text);
        return headline.Length >= 4 && IsHeadingLike(headline) && !AbstractLabel().IsMatch(headline)
            && next is not null && AbstractLabel().Match(next) is { Success: true } label && next.Length - label.Length >= 20
            ? headline
            : null;
    }

    /// <summary>Whether two or more headlines each stand over a labelled abstract.</summary>
    private static bool AreAbstractedHeadlines(IReadOnlyList<SourceLine> lines)
    {
        var count = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length > 0 && AbstractedHeadline(text, NextText(lines, i + 1)) is not null) count++;
        }
        return count >= 2;
    }

    // 摘要：, 内容摘要：, 内容提要：, 提要： opening an abstract.
    [GeneratedRegex(@"^\s*(?:内容)?(?:摘要|提要)\s*[:：]\s*")]
    private static partial Regex AbstractLabel();
}
