using System.Text.RegularExpressions;
using SearchService.Ingestion.Dates;
using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Splitting;

/// <summary>What a line of a web page or news item is besides prose.</summary>
internal enum LineKind
{
    Prose,

    /// <summary>People and sources credited, or the item's date and counters (责编, 来源, 记者, 摄, 发布时间): kept as report metadata.</summary>
    Credit,

    /// <summary>
    /// The site around the text (breadcrumbs, share buttons, 上一篇/下一篇, copyright notices): dropped, and counted. The one
    /// reading of these shapes: theme weighing asks it too (<see cref="PageChrome"/>), which adds the furniture kept as text.
    /// </summary>
    Chrome,
}

/// <summary>
/// Tells credits and page chrome from prose, one line at a time. Only whole lines of known shapes qualify, and only
/// short ones (a credit line has no sentence in it; chrome is a label or a link), so prose that merely mentions 来源 or
/// 版权 stays prose. After a list heading such as 相关阅读 or 上一篇, the short lines that follow are links to other
/// pages and are chrome too, until prose resumes. Lines are read in simplified script (<see cref="ScriptFold"/>), so a
/// traditional page's buttons and labels (掃一掃, 當前位置, 返回頂部, 責編) are the same words as a simplified page's.
/// </summary>
internal static partial class LineClassifier
{
    private const int MaxCreditLength = 60;
    private const int MaxChromeLength = 60;
    private const int MaxNoticeLength = 160;

    public static LineKind Classify(string text, bool afterLinkList, ScriptFold fold) => ClassifyFolded(fold.Fold(text), afterLinkList);

    /// <summary>
    /// Whether a (folded) text has a shape this classifier drops as page chrome, read out of any list of links. Theme
    /// weighing asks it through <see cref="PageChrome.Holds"/> for text that was kept all the same (joined from several
    /// lines, or taken before the line was classified), so a chrome shape added here weighs nothing in themes either.
    /// </summary>
    public static bool IsDroppedChrome(string folded) => ClassifyFolded(folded, afterLinkList: false) == LineKind.Chrome;

    private static LineKind ClassifyFolded(string text, bool afterLinkList)
    {
        if (text.Length <= MaxChromeLength && (IsChromeVocabulary(text) || Chrome().IsMatch(text) || LinkList().IsMatch(text) || Breadcrumb().IsMatch(text)))
            return LineKind.Chrome;
        if (text.Length <= MaxNoticeLength && (Notice().IsMatch(text) || MarkupComment().IsMatch(text))) return LineKind.Chrome;
        if (text.Length <= MaxChromeLength && RunningHeader().IsMatch(text)) return LineKind.Chrome;
        if (text.Length <= MaxCreditLength && !text.Contains('。') && (Credit().IsMatch(text) || PhotoCredit().IsMatch(text) || PrintedPage().IsMatch(text)
                || JoinedNames().IsMatch(text) || SpacedNames().IsMatch(text)))
            return LineKind.Credit;
        if (BracketedName().IsMatch(text) && !LineShapes.IsNumbered(text)) return LineKind.Credit;
        if (!text.Contains('。') && StatedDate.In(text) is not null) return LineKind.Credit;
        if (afterLinkList && text.Length <= 40 && !HasSentence(text)) return LineKind.Chrome;
        if (text.Length <= MaxChromeLength && IsLinkBar(text)) return LineKind.Chrome;
        return LineKind.Prose;
    }

    /// <summary>
    /// A line that only credits a photograph to its photographer (<c>王明 摄</c>, <c>（记者 李华 摄）</c>, <c>新华社发（王明摄）</c>):
    /// under a paragraph, it makes that paragraph the photograph's caption.
    /// </summary>
    public static bool IsPhotoCreditLine(string text, ScriptFold fold)
    {
        text = fold.Fold(text.Trim());
        return text.Length <= MaxCreditLength && !text.Contains('。') && text.TrimEnd('）', ')').EndsWith('摄')
            && (PhotoCredit().IsMatch(text) || BracketedName().IsMatch(text));
    }

    /// <summary>
    /// A bar of links (<c>首页 | 要闻 | 地方</c>, <c>关于我们| 网站地图| 联系我们</c>): three or more short labels between bars, none
    /// with a sentence in it. A credit line of the same shape (<c>作者:X | 来源:Y</c>) is a credit, tested before.
    /// </summary>
    private static bool IsLinkBar(string text)
    {
        var parts = text.Split(['|', '｜', '丨'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 && parts.All(p => p.Length <= 8 && p.IndexOfAny(['，', '。', '！', '？', '；', ',']) < 0)
            || IsSpacedMenu(text);
    }

    /// <summary>
    /// A site's menu written with spaces for bars (<c>首页 工会要闻 基层动态 公告文件</c>): labels of two to six Chinese
    /// characters, one space between each, three or more with a button's word among them (首页), or five or more, four
    /// characters at most on average, one of four or more. People's names in a row (two or three characters each) are no
    /// menu, nor a headline of spaced clauses (<c>三责协同 四力推进</c>, <c>弘扬劳模精神 争当时代先锋 建功新时代</c>: fewer
    /// clauses, longer); a table's row is aligned with runs of spaces, and a credit line of that shape is read before.
    /// </summary>
    private static bool IsSpacedMenu(string text)
    {
        var parts = text.Split(' ', '\u3000');
        return parts.Length >= 3 && parts.All(p => p.Length is >= 2 and <= 6 && p.All(LineShapes.IsHan))
            && (parts.Any(IsChromeVocabulary) || parts.Length >= 5 && parts.Average(p => p.Length) <= 4 && parts.Any(p => p.Length >= 4));
    }

    /// <summary>
    /// Whether a short line holds a sentence, and so is prose even among links: a sentence mark anywhere, also before
    /// closing quotes (<c>他说：“我们会做好服务。”</c>). A link's title is a headline, which has none.
    /// </summary>
    private static bool HasSentence(string text) => text.AsSpan().IndexOfAny(Sentences.StopsOrSemicolonWithAscii) >= 0;

    /// <summary>A line made only of the words of a page's buttons and labels (<c>微信公众号 微信公众号</c>, <c>[保存] [打印]</c>, <c>赞赏</c>).</summary>
    private static bool IsChromeVocabulary(string text) => ChromeWord().Replace(text, "").Length == 0;

    /// <summary>
    /// A line after which, until prose resumes, short lines are links to other pages. Pager buttons alone on a line
    /// (<c>上一篇 下一篇</c>, no link titles) are the links themselves: what follows them, often the headline, is no link.
    /// </summary>
    public static bool StartsLinkList(string text, ScriptFold fold) =>
        text.Length <= MaxChromeLength && fold.Fold(text) is var plain && LinkList().IsMatch(plain) && !PagerButtons().IsMatch(plain);

    /// <summary>
    /// The site's name alone on a line over the breadcrumb that opens with it (<c>某某网</c> over <c>某某网&gt;&gt;社会</c>): the
    /// logo's text, the first crumb written twice. Short and without a sentence, and the crumbs (no sentence either) must follow
    /// within three lines.
    /// </summary>
    public static bool IsSiteNameOverBreadcrumb(string text, IEnumerable<string> nextLines, ScriptFold fold)
    {
        if (text.Length > 12 || HasSentence(text) || text.Contains('，') || text.Contains(',')) return false;
        var name = fold.Fold(text);
        return nextLines.Take(3).Select(fold.Fold).Any(next =>
            !HasSentence(next) && next.StartsWith(name, StringComparison.Ordinal) && CrumbSeparator().IsMatch(next.AsSpan(name.Length).ToString()));
    }

    [GeneratedRegex(@"^\s*(?:>|>>|»|＞)\s*\S")]
    private static partial Regex CrumbSeparator();

    [GeneratedRegex(@"^[\[【]?\s*(?:上一篇|上一条)\s*[\]】]?\s*[|丨]?\s*[\[【]?\s*(?:下一篇|下一条)\s*[\]】]?$")]
    private static partial Regex PagerButtons();

    // Labels of a credit line: 责任编辑：X, [责编:X], 来源：X, 作者：X, 记者 X 通讯员 Y, 文/X, 原标题：…, the page's tags
    // (标签：X,Y), a counter (阅读(512)), a list's bullet before any (• 作者：X), each label possibly qualified by the outlet or the rank (本报记者 X, 本文转自：X, 执行监制：X, 总监制：X).
    [GeneratedRegex(@"^[\[【(（•●]?\s*(?:本报|本刊|本台|本网|本文|执行|总|值班)?(?:转自|采写|值班主任|标签|关键词|责任编辑|责编|编辑|主编|审核|审校|审稿|校对|终审|初审|复审|二审|三审|监制|出品|策划|作者|撰稿|供稿|记者|通讯员|特约记者|见习记者|实习生|来源|稿件来源|信息来源|文章来源|出处|摄影|摄像|视频|图片|图文|文字|文图|图|文|阅读量|阅读|点击量|点击|浏览量|浏览次数|文章字数|字号)\s*(?:[:：/／|丨]|\s|$|[(（]\d)")]
    private static partial Regex Credit();

    // (杨晓勇), (宝鸡县总工会): a name alone in brackets after an item credits its writer or sender.
    [GeneratedRegex(@"^[（(][^（）()。，,；;：:！？!?]{2,14}[）)]$")]
    private static partial Regex BracketedName();

    // 张三 摄, 记者 张三 李四 摄, and a reporter named after the outlet (某某日报-某某网记者 张三 通讯员 李四): names and
    // labels only, each short, the first after a space; an agency's photograph sent by its photographer (新华社发（张三摄）).
    [GeneratedRegex(@"^\S.{0,20}\s摄(?:影)?$|^[\u4E00-\u9FFF]{2,6}发\s*[（(][^（）()。，,]{2,20}摄(?:影)?[）)]$|^[（(]?(?:记者|通讯员)[^。，]{1,30}[）)]?$|^[^\s。，,：:“”]{1,14}(?:记者|通讯员)(?:\s+[\u4E00-\u9FFF·]{1,6})+$")]
    private static partial Regex PhotoCredit();

    // Names joined by plus signs (王明++李华, 王明 + 李华): the people a page credits, the way some sites print them.
    [GeneratedRegex(@"^[\u4E00-\u9FFF·]{2,5}(?:\s*[+＋]{1,2}\s*[\u4E00-\u9FFF·]{2,5})+$")]
    private static partial Regex JoinedNames();

    // Two or three people's names alone on a line, a space between them (王明 李华): an article's reporters as a paper's
    // site prints them under the headline, over the dateline. Parts of two or three characters: a spaced slogan's phrases
    // are longer (三责协同 四力推进), and a list of more names is an honour roll, text of its report.
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,3}(?:[ \u3000]+[\u4E00-\u9FFF]{2,3}){1,2}$")]
    private static partial Regex SpacedNames();

    // A newspaper's page the item was printed on (第A05版：民生, 第二版:要闻, 第07版：某某周刊 上一版 下一版).
    [GeneratedRegex(@"^第\s*[A-Z]?\s*[0-9一二三四五六七八九十]{1,3}\s*版\s*[:：]")]
    private static partial Regex PrintedPage();

    // Buttons and labels, and the punctuation between them.
    [GeneratedRegex(@"微信公众号|公众号|微信|微博|客户端|APP|App|分享到|分享|更多|保存|全文浏览|打印本页|打印|关闭窗口|关闭|设为首页|收藏本站|加入收藏|收藏|点赞|在看|赞赏|评论|举报|[大中小]?字号|字体|[大中小](?=[\s|丨]|$)|马上注册|注册|登录|首页|返回顶部|返回|投稿|正文|×|[\s\p{P}\p{S}]")]
    private static partial Regex ChromeWord();

    // Calls to follow or share, sign-in walls and a reading-time notice (本篇文章322字，读完约1分钟), within a short line.
    [GeneratedRegex(@"扫码关注|扫一扫|扫描二维码|长按识别|长按二维码|关注公众号|关注.{0,12}(?:微信|公众号|微博|抖音)|分享到|打印本页|关闭窗口|返回顶部|才可以下载或查看|点击阅读原文|本[篇文]文章(?:共|约)?\d+字|读完(?:约|需|大约)?\d+分钟")]
    private static partial Regex Chrome();

    // The label opens the line, and a list's label stands alone or before its colon or bracket: 相关新闻报道显示，… is prose.
    [GeneratedRegex(@"^[\[【]?\s*(?:上一篇|下一篇|上一条|下一条|(?:相关阅读|相关新闻|相关链接|相关文章|相关推荐|新闻推荐|频道推荐|热点推荐|热门推荐|推荐阅读|延伸阅读|猜你喜欢|阅读原文|扫码关注|媒体矩阵|栏目导航)(?=$|[\s:：】\]>》»·|丨\-—]))|^[\[【]?\s*更多\s*>>")]
    private static partial Regex LinkList();

    // A path of three crumbs or more (某某网 > 要闻 > 正文), or of two joined by a double arrow (某某网>>某某新闻), which no
    // headline writes.
    [GeneratedRegex(@"^(?:当前位置|您现在的位置|您当前的位置|你的位置|所在位置|现在位置)\s*[:：]?|\S+\s*(?:>|>>|»|＞)\s*\S+\s*(?:>|>>|»|＞)|^[^\s。，！？]{2,20}\s*(?:>>|»|＞＞)\s*[^\s。，！？]{2,20}$")]
    private static partial Regex Breadcrumb();

    // A printed page's furniture: its number (P. 173, Page 173 - 某某年鉴2014, 第12页, - 12 -) and a yearbook's running
    // header (2014 某某年鉴, 某某年鉴（2014）).
    [GeneratedRegex(@"^(?:(?:P\.|Page|PAGE|p\.)\s*\d{1,4}(?:\s*[-–—]\s*\S.{0,30})?|第\s*\d{1,4}\s*页|[-–—]\s*\d{1,4}\s*[-–—]|(?:19|20)\d\d\s*[\u4E00-\u9FFF]{1,10}年鉴|[\u4E00-\u9FFF]{1,10}年鉴\s*[（(]?(?:19|20)\d\d[）)]?)$")]
    private static partial Regex RunningHeader();

    // The text of an HTML comment that leaked onto the page (a publishing system's record of the item: date, page, file name).
    [GeneratedRegex(@"^\s*(?:<!--|-->)|-->\s*$")]
    private static partial Regex MarkupComment();

    // Notices of the site, not of the text: 版权所有 as a phrase of its own (not 版权所有权), ©, 未经…授权…不得, ICP numbers,
    // a newspaper's registration (国内统一刊号 CN12-0034) in its masthead.
    [GeneratedRegex(@"版权所有(?![\u4E00-\u9FFF])|Copyright|国内统一(?:连续出版物)?刊号|\bCN\s?\d{2}\s?[-－]\s?\d{4}\b|©|未经[^。]{0,12}(?:授权|许可)[^。]{0,8}不得|不得转载|禁止转载|转载请注明|ICP[备证]|凡本网注明|本网未注明|免责声明|不良信息举报")]
    private static partial Regex Notice();
}
