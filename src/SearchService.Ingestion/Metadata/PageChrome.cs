using System.Text.RegularExpressions;
using SearchService.Ingestion.Splitting;

namespace SearchService.Ingestion.Metadata;

/// <summary>
/// A line of the web page around a report that the reader kept as a paragraph: a site's menu (首页 时政 评论 …, 网站首页 |
/// 工会概况 | …, a row of [打印] [关闭] buttons), a view counter (医疗资讯 6阅读, 阅读次数:1291), a prompt to read or share the page on a phone (手机扫码看资讯, 文章二维码) or the site's disclaimer
/// (版权声明, 转载…出于传递更多信息之目的, 如因作品内容、版权…同本网联系). Its words name the site's sections, not what the report
/// tells (a menu's 体育 书画 读书, a disclaimer's 作品; in a heading's place a disclaimer weighed twice), so theme weighing
/// counts nothing of it. A menu is told by having no sentence punctuation at all and one of: 首页, three or more
/// bar separators, five or more space-separated words of at most six characters, or a view count at its end; a
/// disclaimer by its fixed phrases (a report's own 本网讯 dateline is none of them). A site's roster of its leaders is
/// chrome too: a line that is a person's name, a space and their offices (王明 市总工会主席, 李 强 党组成员、经费审查委员会
/// 主任, …副主席（兼）) and nothing more says who holds office, not what was done, and a federation's site repeats the
/// roster beside every report (its 工会主席 and 经费审查委员会 gave 组织建设与入会 to care and contest reports).
/// The shapes the line classifier drops (<see cref="LineKind.Chrome"/>) are not written again here: <see cref="Holds"/>
/// asks the classifier, so the two read one page's furniture as one. These shapes are kept as text on purpose: a long
/// menu is shaped like a table's row or an honour roll, a disclaimer names the source a report came from, a roster names
/// who holds office — words a reader searches — so they are searchable and only weigh nothing in themes.
/// </summary>
internal static partial class PageChrome
{
    /// <summary>
    /// Whether a (folded) text is the page's furniture: a shape the line classifier drops (<see cref="LineClassifier.IsDroppedChrome"/>,
    /// the one reading of those shapes), or one of the shapes below that it keeps as text.
    /// </summary>
    public static bool Holds(string text) => LineClassifier.IsDroppedChrome(text) || IsKeptChrome(text);

    /// <summary>The shapes of furniture the splitter keeps as a paragraph (see the class): a long menu, a disclaimer, a roster.</summary>
    private static bool IsKeptChrome(string text) => IsMenu(text) || Disclaimer().IsMatch(text) || Roster().IsMatch(text) || SharePrompt().IsMatch(text);

    private static bool IsMenu(string text)
    {
        if (text.Length == 0 || SentencePunctuation().IsMatch(text)) return false;
        if (text.Contains("首页") || text.Contains("首 页")) return true;
        if (text.Count(c => c is '|' or '｜') >= 3) return true;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 5 && words.All(w => w.Length <= 6)) return true;
        return ViewCount().IsMatch(text);
    }

    [GeneratedRegex(@"[，。；！？,;!?]")]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"(?:\d+\s*(?:阅读|浏览)|(?:阅读|浏览)(?:量|数|次数)?\s*[:：]?\s*\d+)\s*\|?\s*$")]
    private static partial Regex ViewCount();

    // A name of two to four characters (a roster pads short ones: 李 强), a space, then offices only: no sentence ends,
    // and the line ends in an office or its (兼).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}(?:\s{0,3}\p{IsCJKUnifiedIdeographs}){1,3}\s+[^。；！？;!?\s][^。；！？;!?]{1,70}(?:主席|书记|成员|主任|部长|组长|委员|局长|会长|秘书长|（兼）|\(兼\)|候选人)$")]
    private static partial Regex Roster();

    // A page's prompt to read or share the article on a phone, or the caption of its QR code (手机扫码看资讯, 文章二维码,
    // 用手机扫二维码分享), beside the shapes the line classifier drops (扫一扫, 扫描二维码, 分享到): a short line with no
    // sentence end, so a heading telling members to scan a code to join (扫码入会) or a sentence about it is none.
    [GeneratedRegex(@"^(?:(?:用)?手机)?(?:扫码|扫二维码)(?:看|阅读|浏览|分享)\S{0,6}$|^(?:(?:文章|本文|新闻|手机|网页|页面)\s?)?二维码$|^\S{0,6}(?:扫码|扫二维码)(?:分享|阅读)(?:本文|文章)?$")]
    private static partial Regex SharePrompt();

    [GeneratedRegex(@"版权声明|版权归|版权所有|转载此文|均转载自|不代表本(?:站|网)|赞同其观点|更多信息之目的|同本网联系|与本(?:站|网)(?:客服)?联系|如有侵权")]
    private static partial Regex Disclaimer();
}
