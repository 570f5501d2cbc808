using System.Text.RegularExpressions;
using SearchService.Ingestion.Dates;
using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// Which line above a web page's text is its headline. A page prints, top down, the site's furniture (its name, a
/// welcome and today's date, a search box, the column's label, a breadcrumb), then the headline, then the dateline
/// (发布时间, 来源, 浏览), then the text. So the headline is the line over the dateline, and, without one, the last line
/// above the text that reads as a headline rather than as a label. The lines passed over stay where they are (text or
/// chrome): choosing a title drops nothing.
/// </summary>
internal static partial class OpeningHeadline
{
    /// <summary>Fewer Chinese characters than this make a label (工会要闻, 内容详情, 其他), not a headline.</summary>
    private const int MinHeadlineHan = 7;

    /// <summary>At most this many Chinese characters are a person's name or a word, never a page's headline.</summary>
    private const int MaxNameHan = 3;

    /// <summary>
    /// Whether <paramref name="text"/> is the headline over the page's dateline: no sentence, no label, and the next
    /// lines with text, past chrome and undated credits (作者, 来源 without a date), reach a credit that dates the page
    /// before any other text. Its length and its closing mark (<c>很贴心！</c>) do not matter, as for a title over a byline.
    /// </summary>
    public static bool IsOverDateline(string text, IEnumerable<string> nextLines, ScriptFold fold, OrganisationDirectory organisations)
    {
        if (text.Length > 2 * LineShapes.MaxHeadingLength || text.Contains('。') || text.Contains('；') || IsFurniture(text, fold, organisations)) return false;
        foreach (var next in nextLines.Take(4))
        {
            var kind = LineClassifier.Classify(next, afterLinkList: false, fold);
            if (kind == LineKind.Prose) return false;
            if (kind == LineKind.Credit && StatedDate.In(fold.Fold(next)) is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// The headline among the headings that stand above a document's text, in reading order: the first that reads as
    /// one, the site's and column's labels above it passed over, and a kicker too (a slogan of spaced phrases,
    /// <c>实地走访 倾听诉求</c>, or a line marked 引题, over the headline); a subtitle under the headline (副题) stays a
    /// heading. Three or more such lines one right under the other are a sentence broken into short lines (an opening
    /// written as verse), no headline. Null when none reads as one.
    /// </summary>
    public static SourceLine? Choose(IReadOnlyList<SourceLine> openingHeadings, ScriptFold fold, OrganisationDirectory organisations)
    {
        var labels = openingHeadings.Select(h => IsFurniture(h.Text, fold, organisations)).ToList();
        var headlines = openingHeadings.Where((h, i) => !labels[i] && !InVerse(openingHeadings, labels, i)).ToList();
        if (headlines.Count == 0) return null;
        var marked = headlines.Where(h => !IsMarkedPart(h.Text)).ToList();
        // A kicker or a subtitle alone (the headline itself lost with the page's layout) is no headline.
        if (marked.Count == 0) return null;
        if (marked.Count < headlines.Count) return marked[0];
        // A slogan over the headline is its kicker; over a feature's subtitle (——某市工会工作扫描) it is the headline.
        return headlines.Count > 1 && IsSlogan(headlines[0].Text) && !LineShapes.IsFeatureSubtitle(headlines[1].Text) ? headlines[1] : headlines[0];
    }

    /// <summary>Whether the line at <paramref name="i"/> stands in a run of lines one right under the other holding three or more that are no labels.</summary>
    private static bool InVerse(IReadOnlyList<SourceLine> lines, List<bool> labels, int i)
    {
        int first = i, last = i;
        while (first > 0 && lines[first - 1].Last + 1 == lines[first].Number) first--;
        while (last < lines.Count - 1 && lines[last].Last + 1 == lines[last + 1].Number) last++;
        return Enumerable.Range(first, last - first + 1).Count(j => !labels[j]) >= 3;
    }

    /// <summary>
    /// Of a heading over the line that heads the dateline, and that line, which is the headline: the one above unless it
    /// is a label, a kicker or a list's item (a link under a bullet) — a subtitle (a second headline) may stand between a headline and its dateline.
    /// </summary>
    public static SourceLine OverDateline(SourceLine? above, SourceLine overDateline, ScriptFold fold, OrganisationDirectory organisations) =>
        above is not null && !IsFurniture(above.Text, fold, organisations) && !ListItem().IsMatch(above.Text) && !IsMarkedPart(above.Text)
        // Over a feature's subtitle (——某市工会工作扫描) stands its headline, however sloganlike.
        && (!IsSlogan(above.Text) || LineShapes.IsFeatureSubtitle(overDateline.Text)) ? above : overDateline;

    /// <summary>
    /// A part of a headline printed in three parts that is not the headline itself: the kicker (marked 引题, or ending in
    /// a dash that leads into the headline, <c>某某工会凝聚社会力量——</c>) or the subtitle (marked 副题).
    /// </summary>
    public static bool IsMarkedPart(string text) => Kicker().IsMatch(text) || Subtitle().IsMatch(text);

    /// <summary>
    /// The line that titles a document no headline was found for: the first heading above its text that is not plainly
    /// no headline (a name, a caption, a button's word, the site's furniture) nor a kicker or subtitle alone; null when none.
    /// </summary>
    public static SourceLine? Fallback(IReadOnlyList<SourceLine> openingHeadings, ScriptFold fold, OrganisationDirectory organisations) =>
        openingHeadings.FirstOrDefault(h => !IsNoHeadline(h.Text, fold, organisations) && !IsMarkedPart(h.Text));

    /// <summary>A slogan: two or more short phrases between spaces (<c>追寻红色足迹 赓续革命精神</c>), as a kicker is written.</summary>
    public static bool IsSlogan(string text)
    {
        var parts = text.Trim().Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts.All(p => p.Length is >= 2 and <= 12);
    }

    /// <summary>
    /// A line a site prints around its headlines, not a headline: a label of a few characters (<c>中工娱乐</c>,
    /// <c>工会要闻</c>, <c>Image</c>), a welcome or today's date (<c>欢迎访问某某总工会！今天是：</c>), the site's
    /// navigation (<c>上一期 下一期 版面导航</c>), a path or an
    /// address (<c>&gt;</c>, <c>www.</c>, <c>@</c>), a label before its colon (<c>站内搜索：</c>), the site's or paper's
    /// name (<c>…服务网</c>), a profile's or a menu's label (<c>省总工会介绍</c>, <c>部门及产业工会</c>), a leader's name and
    /// posts from the site's list of its leaders (<c>王明 某某省总工会主席</c>), or an organisation's name alone (the
    /// site's owner): a headline says what someone did.
    /// </summary>
    public static bool IsFurniture(string text, ScriptFold fold, OrganisationDirectory organisations)
    {
        var plain = fold.Fold(text).Trim();
        return plain.Count(LineShapes.IsHan) < MinHeadlineHan || IsNoHeadlineFolded(plain, organisations);
    }

    /// <summary>
    /// A line that is no headline even alone above a text: a name (<c>林晓</c>) or a word of a few characters
    /// (<c>close</c>), the site's furniture, a union's name alone. A short topic (<c>职工书屋</c>) may head a page.
    /// </summary>
    public static bool IsNoHeadline(string text, ScriptFold fold, OrganisationDirectory organisations) =>
        IsNoHeadlineFolded(fold.Fold(text).Trim(), organisations);

    private static bool IsNoHeadlineFolded(string plain, OrganisationDirectory organisations)
    {
        if (plain.Count(LineShapes.IsHan) <= MaxNameHan || Furniture().IsMatch(plain) || Caption().IsMatch(plain) || MenuBullet().IsMatch(plain) || ListDocument.IsMenuLabel(plain)
            || ListDocument.IsProfileCaption(plain)) return true;
        var name = plain.TrimEnd(':', '：', ' ');
        return organisations.Names.Find(name).FirstOrDefault() is { Start: 0 } mention && mention.End >= name.Length;
    }

    [GeneratedRegex(@"欢迎|今天是|位置[:：]|[上下]一[篇条期页版]|导航|[>»＞→]|www\.|https?:|@|[:：]$|(?:网|网站|官网|频道|数字报|主管|主办|移动版|手机版|网页版|电子版|客户端)$")]
    private static partial Regex Furniture();

    /// <summary>A photograph's caption printed as a line of its own: the scene alone (<c>活动现场</c>, <c>慰问现场。</c>) or someone's place in the picture.</summary>
    public static bool IsSceneCaption(string text) => Caption().IsMatch(text.Trim().TrimEnd('。', '.'));

    // A photograph's caption: someone's place in the picture (王明（左二）为职工颁奖, 前排中), or the scene alone (活动现场).
    [GeneratedRegex(@"[(（](?:前排|后排|中排|第[一二三四]排)?[左右中](?:[一二三四五六七八九]|\d)?[)）]|^[\u4E00-\u9FFF]{0,8}现场$")]
    private static partial Regex Caption();

    // An item of a menu under a text list's bullet (- 热门职位, * 地区招聘).
    [GeneratedRegex(@"^[-*+]\s+\S")]
    private static partial Regex MenuBullet();

    // An item of a list of links under its bullet.
    [GeneratedRegex(@"^\s*[·•●○■□◆◇▪▶►]")]
    private static partial Regex ListItem();

    // A newspaper's layout marks on a headline it prints in three parts: 引题 (the kicker), 主题, 副题 (the subtitle).
    [GeneratedRegex(@"[(（]引题[)）]|[^—－-][—－]{1,2}$")]
    private static partial Regex Kicker();

    [GeneratedRegex(@"[(（]副题[)）]")]
    private static partial Regex Subtitle();
}
