using System.Text.RegularExpressions;
using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// A site's tag or topic page of teasers (<c>标签：送温暖</c> over several unions' items): each item a headline over a
/// summary of one paragraph (whole, or cut by the page), dated over its headline, after it on its line
/// (<c>某某县总工会开展送清凉活动 2024-07-15</c>) or under its summary, or closed by a link (<c>[详细]</c>, <c>更多&gt;&gt;</c>).
/// A news item has one headline and one dateline, and its subheadings stand over paragraphs that are not dated or
/// linked one by one; two or more headlines each over one paragraph, each teaser dated or linked and every paragraph of
/// the page a teaser's, are a list.
/// </summary>
internal static partial class ListDocument
{
    /// <summary>A teaser: the line that opens it (its date over the headline, or the headline), its headline's line, its title, and the date printed on the headline's line.</summary>
    public sealed record Teaser(int Opening, int Headline, string Title, string? DateOnHeadline);

    /// <summary>A teaser's link to its page alone on a line (<c>[详细]</c>, <c>详细&gt;&gt;</c>, <c>更多</c>, <c>阅读全文</c>).</summary>
    public static bool IsTeaserLink(string text) => TeaserLink().IsMatch(text.Trim());

    /// <summary>The teasers of a topic page, in order; empty when the page is not one (fewer than two, one not dated or linked, or prose that is no teaser's).</summary>
    public static IReadOnlyList<Teaser> TeasersOf(IReadOnlyList<SourceLine> lines, ScriptFold fold)
    {
        var entries = new List<(int Index, string Text, LineKind Kind)>();
        var afterLinkList = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0) continue;
            // Other pages' links after a related list's label are no teasers of this page, and no prose of it either.
            if (LineClassifier.StartsLinkList(text, fold)) { afterLinkList = true; continue; }
            var kind = LineClassifier.Classify(text, afterLinkList, fold);
            if (afterLinkList && kind != LineKind.Prose) continue;
            afterLinkList = false;
            entries.Add((i, text, kind));
        }

        bool IsSummary(int e) => e < entries.Count && entries[e].Kind == LineKind.Prose && entries[e].Text.Length >= 20 && !IsHeadingLike(entries[e].Text) && !IsTeaserLink(entries[e].Text);
        bool IsDate(int e) => e >= 0 && e < entries.Count && IsDateLine(entries[e].Text) && HeadlineBeforeDate(entries[e].Text) is null;
        bool IsLink(int e) => e < entries.Count && IsTeaserLink(entries[e].Text);

        var teasers = new List<Teaser>();
        // The teasers' headlines and summaries.
        var summaries = new HashSet<int>();
        var marked = 0;
        // Whether the page dates each teaser over its headline: then the date under a summary is the next teaser's.
        bool? datesOver = null;
        for (var e = 0; e < entries.Count; e++)
        {
            var (index, text, kind) = entries[e];
            var dated = HeadlineBeforeDate(text);
            var headline = dated?.Headline ?? (kind == LineKind.Prose && !IsTeaserLink(text) ? NavigationHeadline(text) : null);
            if (headline is null || !IsTeaserHeadline(headline) || !IsSummary(e + 1)) continue;
            datesOver ??= IsDate(e - 1);
            var over = datesOver == true && IsDate(e - 1);
            var under = datesOver != true && (IsDate(e + 2) || IsLink(e + 2));
            if (dated is not null || over || under || IsLink(e + 2)) marked++;
            summaries.Add(e + 1);
            summaries.Add(e);
            teasers.Add(new Teaser(over ? entries[e - 1].Index : index, index, headline, dated?.Date));
        }
        if (teasers.Count < 2 || marked < teasers.Count) return [];
        // Every paragraph of the page is a teaser's summary: a news item's paragraphs under its subheadings are not.
        for (var e = 0; e < entries.Count; e++)
            if (!summaries.Contains(e) && entries[e].Kind == LineKind.Prose && entries[e].Text.Length >= 20 && !IsHeadingLike(entries[e].Text)) return [];
        return teasers;
    }

    /// <summary>
    /// A headline with its date on its line, after it or before it (<c>某某县总工会开展送清凉活动 2024-07-15</c>,
    /// <c>[2024-07-15] 某某…</c>), a list's bullet before either: the headline and the date; null otherwise.
    /// </summary>
    private static (string Headline, string Date)? HeadlineBeforeDate(string text)
    {
        var line = NavigationHeadline(text);
        var match = TrailingDate().Match(line);
        if (!match.Success) match = LeadingDate().Match(line);
        if (!match.Success) return null;
        var headline = match.Groups["headline"].Value.Trim();
        return IsTeaserHeadline(headline) ? (headline, match.Groups["date"].Value) : null;
    }

    /// <summary>
    /// A teaser's headline: six Chinese characters or more, no comma and no sentence in it, though it may end in an
    /// exclamation or a question (<c>某某驿站很贴心！</c>) and run to twice a heading's length, as a headline over a dateline may.
    /// </summary>
    private static bool IsTeaserHeadline(string text)
    {
        var headline = text.TrimEnd('！', '？', '!', '?');
        return headline.Length > 0 && text.Length <= 2 * LineShapes.MaxHeadingLength && text.Count(LineShapes.IsHan) >= 6
            && !LineShapes.EndsSentence(headline) && !LineShapes.HasComma(headline) && !headline.Contains('。');
    }

    [GeneratedRegex(@"^(?<headline>.+?)\s+[\[【(（]?(?<date>(?:19|20)\d\d(?:-|/|\.)\d{1,2}(?:-|/|\.)\d{1,2}|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[\]】)）]?$")]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^[\[【(（]?(?<date>(?:19|20)\d\d(?:-|/|\.)\d{1,2}(?:-|/|\.)\d{1,2}|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[\]】)）]?\s+(?<headline>\S.+)$")]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"^[\[【(（]?\s*(?:详细|詳細|详情|詳情|更多|查看详情|查看全文|阅读全文|閱讀全文|全文|阅读更多|more|More|MORE)\s*[\]】)）]?\s*(?:>>|»|>|＞＞|＞|…+|\.{3})?$")]
    private static partial Regex TeaserLink();
}
