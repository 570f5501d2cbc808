using System.Text.RegularExpressions;
using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>How a document lists separate items, each of which is a report of its own.</summary>
internal enum ListKind
{
    None,

    /// <summary>
    /// A page whose photographs, captioned together over its text, show events in different places, the text telling
    /// them in turn (<see cref="CaptionedItems"/>): each caption titles the item that begins where the text reaches its place.
    /// </summary>
    CaptionedItems,

    /// <summary>
    /// A digest whose headlines are listed first (a navigation block) and then stand again, each over its item's text:
    /// each headline's second appearance opens its item.
    /// </summary>
    NavigatedHeadlines,

    /// <summary>An index page of headlines each over its labelled abstract (<c>摘要：…</c>): each headline opens its item.</summary>
    AbstractedHeadlines,

    /// <summary>A tag or topic page of teasers, each a headline over a one-paragraph summary, dated or linked (<see cref="TeasersOf"/>): each teaser is an item.</summary>
    TeaserHeadlines,

    /// <summary>
    /// Paragraphs under a round-up's lead (<c>全市各级工会…</c>) each naming another union acting in its first two
    /// sentences, though not opening with it: each paragraph after the lead is an item, the lead opens the first.
    /// </summary>
    LedUnionParagraphs,

    /// <summary>Items opened by a marker (<c>△</c>, <c>●</c>, <c>■</c>…), as a newspaper's page index or news roundup has them.</summary>
    MarkedItems,

    /// <summary>
    /// Items headed by the organisation or place they are about (<c>马山县总工会：</c>, <c>【某某区】</c>, <c>某某县：</c>), on a
    /// line of its own or opening the item's text, as a compilation of unions' summaries or a round-up has them.
    /// </summary>
    OrganisationHeadings,

    /// <summary>
    /// Numbered paragraphs (<c>1.</c>, <c>①</c>, <c>（1）</c>) that each tell what a different, named organisation did, as a
    /// digest numbers its briefs; a report's numbered points are its own actor's, or name a level (市总工会, 各级工会).
    /// </summary>
    NumberedItems,

    /// <summary>Items whose text opens with a news lead (<c>本报讯（记者…）</c>, <c>某某网讯</c>), as a newspaper page or a column of briefs has them.</summary>
    NewsLeads,

    /// <summary>Items each closed by its sender's or writer's name in brackets (<c>（王明）</c>, <c>（某县总工会）</c>), as a digest of briefs has them.</summary>
    ClosingCredits,

    /// <summary>Items between separator lines (<c>————</c>, <c>* * *</c>), as a digest or a forwarded collection has them.</summary>
    SeparatedItems,

    /// <summary>
    /// Items each under a headline followed by its date line, as a site's list of news with summaries has them, or by its
    /// reporters' line (<c>本报记者 王明</c>), as a paper's page of articles has them.
    /// </summary>
    DatedHeadlines,

    /// <summary>
    /// Entries each under a headline that names who or where (<c>某某区举行庆祝“五一”大会</c>) and telling when it happened
    /// first (<c>4月26日，…</c>), as a yearbook or a chronicle has them.
    /// </summary>
    DatedEntries,

    /// <summary>
    /// Photographs each with its caption naming who is at work (<c>图为某某县总工会为环卫工人送清凉。</c>), as a page of
    /// photo news has them: the captions are the items.
    /// </summary>
    Captions,

    /// <summary>
    /// Paragraphs each opening with its date and no headline of their own (<c>9日，市总工会…</c>, <c>同日，…</c>,
    /// <c>2月3日上午，某某市总工会…</c>), as a chronicle (大事记) or a digest of news (晨读, 新闻速递, 一周要闻) has them: each
    /// paragraph is an item.
    /// </summary>
    DatedParagraphs,

    /// <summary>
    /// Paragraphs each opening with another union as the one acting (<c>某某县总工会…</c>, <c>近日，某某区总工会…</c>), the
    /// first among them, with no headline naming who acts: a round-up of unions' news, each paragraph an item.
    /// </summary>
    UnionParagraphs,

    /// <summary>
    /// Captions each closed by a line crediting the photograph (<c>4月28日，在某市某工地，工人参加焊接比赛。</c> over
    /// <c>新华社发（王明摄）</c>), as an agency's photo news prints them: the text from one credit line to the next is an item.
    /// </summary>
    CreditedCaptions,

    /// <summary>
    /// A document that is nothing but numbered lines (<c>1.隆重召开某某大会</c>, <c>2.举办某某竞赛</c>…), each a headline
    /// with nothing under it, as a chronicle's page or an index of items lists them: each line is an item.
    /// </summary>
    NumberedLines,

    /// <summary>
    /// A tag page of teasers without headlines of their own (<see cref="PageTeaserStarts"/>): the page's first teaser
    /// under its headline, then other pages' paragraphs, cut by the site to one length or placed in another province.
    /// </summary>
    PageTeasers,
}

/// <summary>
/// Recognises a document that is a list of separate items rather than one report with sections. The shapes are those
/// a news page, a digest or a compilation gives its items, each one that a single report does not have:
/// <list type="bullet">
/// <item>at least three lines opened by the same kind of item marker, most of them (or the text under them) opening with
/// who acted, and not all with the same one — a report's bullet points are its own actor's;</item>
/// <item>at least two headings that are nothing but an organisation's name with text under them (one name is a byline
/// or a signature);</item>
/// <item>at least two paragraphs opening with a news lead (<c>本报讯</c>): a news item has one;</item>
/// <item>at least two items closed by a bracketed name with prose after the first: a news item is closed once, at its end.</item>
/// </list>
/// </summary>
internal static partial class ListDocument
{
    /// <summary>The organisation or place heading an item, and whether the item's text goes on after it on the same line.</summary>
    /// <param name="Headline">The item's own headline after the name's colon (<c>某某县：深入一线送关怀</c>, <see cref="PlaceTitledHeading"/>): the whole line titles the item.</param>
    /// <param name="Numbered">A compilation's numbered unit (<c>一、某某县总工会</c>): the line as printed titles the item.</param>
    public sealed record ItemHead(string Name, bool IsOrganisation, bool Inline, string? Headline = null, bool Numbered = false);

    /// <summary>The kind of list, and whether its items have headlines (a heading-like line above each item's text).</summary>
    public static (ListKind Kind, bool Titled) ShapeOf(IReadOnlyList<SourceLine> lines, ScriptFold fold, OrganisationDirectory organisations)
    {
        if (IsRunOfNumberedLines(lines, fold, organisations)) return (ListKind.NumberedLines, true);
        if (NavigatedHeadlines(lines).Count >= 2) return (ListKind.NavigatedHeadlines, true);
        // Before abstracts: a topic page's summaries may be labelled abstracts (摘要：…), some of them.
        if (TeasersOf(lines, fold).Count >= 2) return (ListKind.TeaserHeadlines, true);
        if (AreAbstractedHeadlines(lines)) return (ListKind.AbstractedHeadlines, true);
        // Before the shapes read from the items' openings: paragraphs the site cut to one length are teasers whatever they open with.
        if (PageTeaserStarts(lines, fold, organisations, cutOnly: true).Count > 0) return (ListKind.PageTeasers, false);
        // The paragraphs, and the headline right above the first of them (null when the text opens the document).
        var paragraphs = new List<string>();
        string? headline = null;
        var marked = new List<string>();
        var captions = new List<string>();
        var otherProse = 0;
        var numbered = new List<string>();
        var datedEntries = new HashSet<string>();
        int leads = 0, furtherLeads = 0, closed = 0, titledLeads = 0, titledAfterClose = 0, separators = 0, separatedProse = 0, datedHeadlines = 0;
        var creditedHeadlines = new HashSet<string>();
        var blockHasProse = false;
        var heads = new List<string>();
        // Place-titled headings (某某街道：情暖新春) right under a whole paragraph of the page's text, whose text names their place.
        var placeTitledUnderText = 0;
        var openItem = false;
        string? previous = null;
        var previousKind = LineKind.Prose;
        // After a label such as 相关新闻 or 上一篇 stand other pages' headlines, dates and summaries: no item of this page.
        // Under the page's text, the label closes it; above it (a sidebar), the page's prose ends the list.
        var inRelatedList = false;
        var textBegun = false;
        // A credit under the page's text (来源：X, 标签：) closes it: news leads cut with an ellipsis after it are teasers
        // of other pages (某某报讯 记者某某最近，…), no items of this one.
        var creditedAfterText = false;
        // Blocks of prose each closed by a photograph's credit line: each block's first paragraph, and the block read now.
        var creditedCaptions = new List<string>();
        var creditBlock = new List<string>();
        var longCreditBlocks = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0) continue;
            var next = NextText(lines, i + 1);
            if (LineClassifier.StartsLinkList(text, fold))
            {
                inRelatedList = true;
                previous = null;
                continue;
            }
            if (inRelatedList)
            {
                if (!textBegun && text.Length > 40 && LineClassifier.Classify(text, afterLinkList: true, fold) == LineKind.Prose) inRelatedList = false;
                else continue;
            }
            if (IsMarkedItem(text) && text.Length > 8)
            {
                // A marked headline has its item's text under it: who acted may be named there.
                var item = ItemMarker().Replace(text, "", 1);
                marked.Add(IsHeadingLike(item) && next is not null && !IsMarkedItem(next) ? $"{item}。{next}" : item);
            }
            if (NumberedParagraph(text) is { } numberedText) numbered.Add(numberedText);
            // A name heading an item has the item's text under it; a name alone at the top or bottom signs the document.
            if (ItemHeadIn(text, organisations) is { } head && (head.Inline || HeadsItem(lines, i, !head.IsOrganisation, afterText: textBegun)))
            {
                heads.Add(head.Name);
                if (head.Headline is not null && previous is { Length: >= 40 } && EndsWholeSentence(previous) && PlaceTitledHeading.TextNamesPlace(head.Name, next!, fold)) placeTitledUnderText++;
            }
            if (IsSeparator(text))
            {
                separators++;
                if (blockHasProse) separatedProse++;
                blockHasProse = false;
                continue;
            }
            var kind = LineClassifier.Classify(text, afterLinkList: false, fold);
            var prose = kind == LineKind.Prose;
            if (textBegun && kind == LineKind.Credit) creditedAfterText = true;
            if (LineClassifier.IsPhotoCreditLine(text, fold))
            {
                if (creditBlock.Count > 0) creditedCaptions.Add(creditBlock[0]);
                if (creditBlock.Count > 2) longCreditBlocks++;
                creditBlock.Clear();
            }
            else if (prose && text.Length >= 20 && !IsHeadingLike(text)) creditBlock.Add(text);
            // A credit under the headline (its dateline) is none; a headline with a date in it (2024年3月大事记) reads as
            // one. A month's line heads the entries under it, not the page.
            if (IsHeadingLike(text) && (prose || kind == LineKind.Credit))
            {
                if (paragraphs.Count == 0 && !IsMonthLine(text) && (prose || GenreOf(text, organisations) != TitleGenre.None)) headline = text;
            }
            else if (prose && text.Length >= 20) paragraphs.Add(text);
            if (prose && text.Length > 40) textBegun = true;
            if (text.Length >= 20 && prose)
            {
                blockHasProse = true;
                if (IsPhotoCaption(text)) captions.Add(WithoutLead(text));
                else otherProse++;
            }
            // A credit over a date line (本报记者 X over 《某某日报》(2023年09月08日 02版)) is the item's byline, no headline.
            // The item's summary follows its date line: another headline there makes a list of links (相关新闻 without its
            // label), whose dates head nothing.
            if (previous is not null && previousKind == LineKind.Prose && IsHeadingLike(previous) && IsDateLine(text) && next is { Length: >= 20 } && !IsHeadingLike(next)) datedHeadlines++;
            // A headline over its reporters' line (本报记者 王明 本报通讯员 李华) and its text: a paper's page of articles, each
            // headline opening one, when the reporters differ (one article's reporters named again under a subheading do not).
            if (previous is not null && previousKind == LineKind.Prose && IsHeadingLike(previous) && IsReporterLine(text) && next is { Length: >= 20 } && !IsHeadingLike(next))
                creditedHeadlines.Add(fold.Fold(text));
            // A headline printed again between its text's paragraphs (a photograph's alternative text, 某某揭牌 第2张) is the
            // same entry's, however often: one headline, whatever stands under each printing.
            if (IsEntryHeadline(text) && FirstProseAfter(lines, i + 1) is { } entryText && OpensEntry(entryText)) datedEntries.Add(WithoutPhotoIndex(text));
            if (BracketedEntryHeadline(text, next) is { } bracketed) datedEntries.Add(bracketed);
            // An abstract printed over its item's full text (cut with …, its opening that of a later paragraph) is no lead of its own.
            if ((OpensWithNewsLead(text) || IsLeadOnly(text)) && !IsAbstractOfLater(lines, i, text) && !(creditedAfterText && IsCutWithEllipsis(text)))
            {
                leads++;
                if (previous is not null && IsHeadingLike(previous)) titledLeads++;
                // 又讯 says a further item follows the page's text, whether or not the first item had a lead of its own.
                if (textBegun && FurtherLead().IsMatch(text)) furtherLeads++;
            }
            if (ClosesItem(text))
            {
                // The name or page reference closes the item it ends, or the text before it on the line.
                if (openItem || text.Length >= 20) closed++;
                openItem = false;
                if (next is not null && IsHeadingLike(next)) titledAfterClose++;
            }
            else if (text.Length >= 20) openItem = true;
            previous = text;
            previousKind = kind;
        }
        if (marked.Count >= 3 && AreSeparateNews(marked, organisations)) return (ListKind.MarkedItems, false);
        // Two marked paragraphs that are the whole text, each a whole item of another union.
        if (marked.Count == 2 && paragraphs.All(IsMarkedItem) && marked.All(m => m.Length >= 40 && LineShapes.EndsSentence(m)) && AreSeparateNews(marked, organisations))
            return (ListKind.MarkedItems, false);
        // Under a digest's headline (某某工会一周动态), marked paragraphs are its items even when one union did them all.
        if (marked.Count >= 2 && headline is not null && GenreOf(headline, organisations) != TitleGenre.None && marked.All(m => m.Length >= 40 && LineShapes.EndsSentence(m)))
            return (ListKind.MarkedItems, false);
        // Organisations may head two items of one round-up each (the text under the name goes on); places differ.
        if (numbered.Count >= 3 && AreSeparateNamedNews(numbered, organisations)) return (ListKind.NumberedItems, false);
        // Under a digest's headline (基层工会动态, 某某县总工会一周动态), numbered whole paragraphs are its items, as marked
        // ones are, whoever they name (县总工会召开…: the digest's own union).
        if (numbered.Count >= 2 && headline is not null && GenreOf(headline, organisations) != TitleGenre.None && numbered.Count * 3 >= paragraphs.Count * 2
            && numbered.All(m => m.Length >= 40 && LineShapes.EndsSentence(m)))
            return (ListKind.NumberedItems, false);
        if (heads.Count >= 2 && heads.Distinct().Count() >= (heads.All(IsOrganisationName) ? 1 : 2)) return (ListKind.OrganisationHeadings, true);
        // One place-titled heading under the page's lead (a round-up cut after its first place): the lead and the place's item.
        if (heads.Count == 1 && placeTitledUnderText == 1) return (ListKind.OrganisationHeadings, true);
        if (heads.Count == 1 && IsPlaceSectionAfterOwnNews(lines, organisations)) return (ListKind.OrganisationHeadings, true);
        if (leads >= 2 || furtherLeads == 1 && leads == 1) return (ListKind.NewsLeads, titledLeads * 2 > leads);
        // Items closed by a name: titled when the line after most closing names is a headline.
        if (closed >= 2) return (ListKind.ClosingCredits, titledAfterClose * 2 > closed);
        if (blockHasProse) separatedProse++;
        // Two separators around one article (under the headline, above the footer) leave one block of prose.
        if (separators >= 2 && separatedProse >= 3) return (ListKind.SeparatedItems, false);
        if (datedHeadlines >= 2) return (ListKind.DatedHeadlines, true);
        if (creditedHeadlines.Count >= 2) return (ListKind.DatedHeadlines, true);
        // A page may open with its first entry's text, the entry's headline lost (近日，某某区总工会举办…, no line above it):
        // that text is an entry too, and one entry's headline further down makes two.
        var opensWithEntryText = headline is null && paragraphs.Count > 0 && OpensWithDate(paragraphs[0]) && FirstSentenceActor(paragraphs[0], organisations) is not null;
        if (datedEntries.Count + (opensWithEntryText ? 1 : 0) >= 2) return (ListKind.DatedEntries, true);
        // Captions are the items when they are most of the text (a caption under an article's text names its scene, and
        // the article is the item) and they show different unions at work.
        if (captions.Count >= 2 && otherProse * 2 <= captions.Count && AreSeparateNews(captions, organisations)) return (ListKind.Captions, false);
        // A page of nothing but captions, each signed by its photographer (… 王明 摄, （新华社记者 李华 摄）), is a page of
        // photo news whoever is at work, unless they all show one union (one event's photographs).
        if (captions.Count >= 2 && otherProse == 0 && captions.All(c => PhotoCredit().IsMatch(c))
            && captions.Select(c => ActorOf(c) ?? FirstSentenceActor(c, organisations)).OfType<string>().Distinct().Count() != 1)
            return (ListKind.Captions, false);
        // Photographs each captioned by a block of one or two paragraphs whose first opens with the day, closed by the
        // photograph's credit line, nothing after the last: an agency's photo news, when the captions show different
        // unions or places at work. A report's photographs stand among paragraphs that go on after them.
        if (creditedCaptions.Count >= 2 && longCreditBlocks == 0 && creditBlock.Count == 0 && creditedCaptions.All(OpensWithDate)
            && creditedCaptions.Select(c => ActorOf(c) ?? FirstSentenceActor(c, organisations)).OfType<string>().Distinct().Count() != 1)
            return (ListKind.CreditedCaptions, false);
        // A round-up whose items open with their unions, some with a date and some not, is cut at each union; a
        // chronicle's entries, dated by the day, at each date.
        if ((headline is null || GenreOf(headline, organisations) != TitleGenre.Chronicle) && AreUnionParagraphs(headline, paragraphs, organisations))
            return (ListKind.UnionParagraphs, false);
        if (AreDatedParagraphs(headline, paragraphs, organisations)) return (ListKind.DatedParagraphs, false);
        if (AreLedUnionParagraphs(headline, paragraphs, organisations)) return (ListKind.LedUnionParagraphs, false);
        if (CaptionedItems.Of(lines, organisations) is not null) return (ListKind.CaptionedItems, true);
        if (PageTeaserStarts(lines, fold, organisations).Count > 0) return (ListKind.PageTeasers, false);
        return (ListKind.None, false);
    }

    /// <summary>
    /// Whether the document is only a run of numbered headlines: three or more lines numbered in order from one, each a
    /// headline (no sentence ends it or stands in it) with nothing under it, and no other text but page chrome, credits
    /// and a chronicle's or digest's headline above them. A report's numbered points have its text under them (or an
    /// opening paragraph above them); a list of headlines alone is a list of items, one report each.
    /// </summary>
    private static bool IsRunOfNumberedLines(IReadOnlyList<SourceLine> lines, ScriptFold fold, OrganisationDirectory organisations)
    {
        var expected = 1;
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length == 0) continue;
            if (NumberedHeadline(text) is { } item)
            {
                if (item.Number != expected) return false;
                expected++;
                continue;
            }
            if (LineClassifier.Classify(text, afterLinkList: false, fold) is LineKind.Chrome or LineKind.Credit) continue;
            if (expected == 1 && IsHeadingLike(text) && GenreOf(text, organisations) != TitleGenre.None) continue;
            return false;
        }
        return expected > 3;
    }

    /// <summary>
    /// The headlines a digest lists first and prints again, each over its item's text: headline-like lines (six characters
    /// or more, past a bullet) that stand in a block above the first paragraph of prose and again further down with prose
    /// right under them. A news item's headline printed twice (the page's title and the headline) heads one text; a
    /// digest's navigation lists two or more.
    /// </summary>
    public static HashSet<string> NavigatedHeadlines(IReadOnlyList<SourceLine> lines)
    {
        var listed = new HashSet<string>();
        var found = new HashSet<string>();
        var textBegun = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = NavigationBullet().Replace(lines[i].Text.Trim(), "", 1);
            if (text.Length == 0) continue;
            if (!IsHeadingLike(text) || text.Length < 6)
            {
                if (text.Length >= 20) textBegun = true;
                continue;
            }
            if (!textBegun) listed.Add(text);
            else if (listed.Contains(text) && NextText(lines, i + 1) is { Length: >= 20 } under && !IsHeadingLike(under)) found.Add(text);
        }
        return found;
    }

    /// <summary>A navigation line's headline without its bullet (<c>·</c>, <c>•</c>, <c>-</c>, a marker).</summary>
    public static string NavigationHeadline(string text) => NavigationBullet().Replace(text.Trim(), "", 1);

    /// <summary>
    /// A numbered line that is a headline (<c>3.举办职工技能竞赛</c>, <c>（二）开展送温暖活动</c>): its number and the headline
    /// without it; null when the line is no numbered headline (a sentence ends it or stands in it, or it is longer than a title).
    /// </summary>
    public static (int Number, string Headline)? NumberedHeadline(string text)
    {
        var match = NumberMarker().Match(text);
        if (!match.Success) return null;
        var headline = text[match.Length..].Trim();
        if (headline.Length < 4 || headline.Length > 2 * LineShapes.MaxHeadingLength || LineShapes.EndsSentence(headline) || headline.Contains('。')) return null;
        var marker = match.Value.Trim();
        var number = marker[0] is >= '①' and <= '⑳' ? marker[0] - '①' + 1 : LineShapes.OrdinalValue(marker);
        return number > 0 ? (number, headline) : null;
    }

    /// <summary>
    /// Paragraphs opening with their dates are separate items, not the steps of one news item told in date order
    /// (<c>3月5日，…。3月8日，…</c>, far the commoner shape), when at least two do and they are at least half of the
    /// paragraphs, and either
    /// <list type="bullet">
    /// <item>the headline above them (a month's line, <c>3月</c>, heads the entries under it) names a chronicle
    /// (<c>2024年3月大事记</c>);</item>
    /// <item>or it names a digest (<c>工会晨读</c>, <c>一周要闻</c>) — words a channel's label also uses — and the entries are a
    /// chronicle's (two or more dated by the day alone, <c>9日，</c>, <c>同日，</c>: the month is the title's) or a digest's
    /// (two or more different unions or places act);</item>
    /// <item>or the text has no headline at all and every paragraph is an entry opening with a union's full name (not
    /// 市总工会) right after its date, each another, of at least two cities — a page of briefs from several places; one
    /// news item has a headline, and its actors (the unions of one city or one system) recur.</item>
    /// </list>
    /// A channel's label over a headline (<c>[动态]某某赴某地调研</c>) names no genre.
    /// </summary>
    private static bool AreDatedParagraphs(string? headline, List<string> paragraphs, OrganisationDirectory organisations)
    {
        var entries = paragraphs.Where(OpensWithEntryDate).ToList();
        if (entries.Count < 2 || entries.Count * 2 < paragraphs.Count) return false;
        var named = entries.Select(EntryActor).OfType<string>().ToList();
        if (headline is not null)
            return GenreOf(headline, organisations) switch
            {
                TitleGenre.Chronicle => true,
                // One union's digest (某某县总工会一周动态): three or more dated paragraphs and nothing else.
                TitleGenre.Digest => entries.Count(OpensWithDayOnly) >= 2 || named.Distinct().Count() >= 2 || entries.Count >= 3 && entries.Count == paragraphs.Count,
                _ => false,
            };
        // Without a headline, each entry opens with its union, right after the date (not 调研组来到某某市总工会).
        var unions = entries.Select(e => organisations.FromByline(AfterEntryDate(e))).ToList();
        if (entries.Count < paragraphs.Count || unions.Any(u => u is null) || unions.Distinct().Count() < unions.Count) return false;
        return unions.Select(u => CityOf(organisations.RegionOf(u!))).OfType<string>().Distinct().Count() >= 2;
    }

    /// <summary>
    /// Paragraphs are a round-up's items, not one news item's account of its unions, when three or more open with a union
    /// acting (past their date or time lead: <c>近日，某某县总工会…</c>), each another, the first paragraph among them, and they
    /// are two thirds of the paragraphs or more (or every paragraph opens with its date); under a digest's headline
    /// (<c>某某县总工会一周动态</c>) they may all be one union's; any other headline above them names no union acting (<c>基层工会动态</c>,
    /// <c>各县区工会扎实开展…</c>, not
    /// <c>某某市总工会开展…</c>, whose first paragraph is its lead and whose other paragraphs are its own unions' parts). Two
    /// such paragraphs are not enough: a news item without a headline may open with its union and go on with its host's.
    /// </summary>
    private static bool AreUnionParagraphs(string? headline, List<string> paragraphs, OrganisationDirectory organisations)
    {
        if (paragraphs.Count < 2) return false;
        // A round-up's lead (近日，某市各地总工会相继开展…) stands where a headline naming the area's unions together would:
        // the paragraphs under it are the items.
        // So does a lead whose area's unions answer a union's call (自某集团工会发出通知以来，各级工会积极响应…).
        var led = IsRoundupLead(paragraphs[0], organisations) || IsAnsweringLead(paragraphs[0], organisations);
        // A lead whose first sentence has one union call or decide (某省总工会向全省职工发出倡议…) and whose next has the
        // area's unions act together (各级工会多措并举…): the paragraphs under it are their items, three at least.
        var ledLater = !led && IsLeadOfAreaUnionsLater(paragraphs[0], organisations);
        if (led || ledLater) paragraphs = paragraphs.Skip(1).ToList();
        // A page cut right after a further item's first words (a place, no sentence) leaves a fragment that is no paragraph.
        if (paragraphs.Count > 1 && paragraphs[^1] is var last && last.Length < 20 && !LineShapes.EndsSentence(last)) paragraphs = paragraphs[..^1];
        if (paragraphs.Count == 0) return false;
        // Under a lead in two steps the items may open with a slogan or a place before their union (“留某过大年”，某市总工会…,
        // 在某市，某某工会…): a union acting in the first two sentences names the item.
        var unions = paragraphs.Select(p => OpeningUnion(p, organisations) ?? (ledLater && LineShapes.EndsSentence(p) ? UnionActingEarly(p, organisations) : null)).ToList();
        var named = unions.OfType<string>().ToList();
        // Under a digest's headline (某某县总工会一周动态) one union may open every item.
        var digest = headline is not null && GenreOf(headline, organisations) == TitleGenre.Digest;
        if (unions[0] is null || !digest && named.Distinct().Count() < named.Count) return false;
        // A lead whose union acts with the area's unions together (某市总工会在全市开展…，各县区工会同步行动) is one news
        // item's: the paragraphs under it are its county unions' parts.
        if (!led && !ledLater && !digest && CollectiveUnions().IsMatch(LineShapes.WithLevelsUnbracketed(Sentences.Opening(paragraphs[0])))) return false;
        if (headline is not null && !digest && !CollectiveUnions().IsMatch(headline) && organisations.ActorIn(headline) is not null) return false;
        // A page of dated briefs may have items whose union is bare (省总工会…) or not the subject (由…主办): every
        // paragraph opening with its date or a union is as good as two thirds naming theirs.
        return named.Count >= (led ? 2 : 3) && (named.Count * 3 >= paragraphs.Count * 2 || paragraphs.All(p => OpensWithEntryDate(p) || StartsRoundupItem(p, organisations)));
    }

    /// <summary>
    /// A round-up's lead: one paragraph whose subject is an area's unions together (<c>近日，某市各地总工会相继开展…</c>,
    /// <c>全市各级工会…</c>) and in which no one union acts. One news item's lead names the union that acts (<c>某市总工会在全市
    /// 开展…，各县区工会同步行动</c>), and its county unions' paragraphs are its parts.
    /// </summary>
    public static bool IsRoundupLead(string paragraph, OrganisationDirectory organisations) =>
        paragraph.Length >= 20 && LineShapes.EndsSentence(paragraph)
        && (CollectiveUnions().IsMatch(Sentences.Opening(paragraph)) || SeveralPlacesUnions.IsNamedIn(Sentences.Opening(paragraph)))
        // 某省各级工会 is led by the province's union when it acts alone; as a lead's subject it names no one union.
        && organisations.ActorIn(SeveralPlacesUnions.Without(AreaUnions().Replace(paragraph, "")), paragraph.Length) is null && OpeningUnion(paragraph, organisations) is null;

    /// <summary>
    /// A lead in two steps: its first sentence has one union act (<c>某省总工会向全省职工发出倡议…</c>), and a later one
    /// opens a clause with the area's unions together as its subject (<c>各级工会多措并举…</c>) naming no union beside them.
    /// One news item's lead names its union and the area's unions in one sentence (<c>某市总工会组织各县区工会…</c>), and
    /// its headline names its union (asked by the caller).
    /// </summary>
    public static bool IsLeadOfAreaUnionsLater(string paragraph, OrganisationDirectory organisations)
    {
        if (paragraph.Length < 40 || !LineShapes.EndsSentence(paragraph) || OpeningUnion(paragraph, organisations) is not null) return false;
        var sentences = Sentences.Split(paragraph);
        if (sentences.Length < 2 || CollectiveUnions().IsMatch(LineShapes.WithLevelsUnbracketed(sentences[0]))) return false;
        return sentences.Skip(1).Any(sentence => LeadsWithAreaUnions(sentence + "。")
            && organisations.ActorIn(AreaUnions().Replace(LineShapes.WithLevelsUnbracketed(sentence), ""), sentence.Length) is null);
    }

    /// <summary>
    /// Over sections already headed by places or unions, a lead introducing them: in any of its sentences (the first may
    /// be a kicker, <c>“双节”同至，情暖八闽。</c>) an area's unions act together (<c>某省各级工会积极行动</c>) or several actors
    /// together (<c>某区总工会、街道社区纷纷行动起来</c>), and no one union opens it. A union's own news above one place's
    /// section opens with that union and introduces nobody.
    /// </summary>
    public static bool IntroducesSections(string paragraph, OrganisationDirectory organisations) =>
        paragraph.Length >= 20 && LineShapes.EndsSentence(paragraph) && OpeningUnion(paragraph, organisations) is null
        && Sentences.Split(paragraph).Any(sentence =>
            CollectiveUnions().IsMatch(sentence) && organisations.ActorIn(AreaUnions().Replace(sentence, ""), sentence.Length) is null
            || ActingTogether().IsMatch(ScriptFold.Default.Fold(sentence)));

    /// <summary>
    /// A paragraph that is a whole item: a sentence ends it, or it is twice as long as a headline (an item cut short by
    /// the page, <c>…缓解了困难职工家庭的经济压力</c>, still is one). Within a round-up already found, a line longer than
    /// any headline will do (<c>11月26日上午，省总工会某某专场活动在某县总工会举行</c>, an item printed as one sentence without its stop).
    /// </summary>
    private static bool IsWholeParagraph(string paragraph, bool inRoundup = false) =>
        paragraph.Length >= 40 && (LineShapes.EndsSentence(paragraph)
            || paragraph.Length > (inRoundup ? 1 : 2) * LineShapes.MaxHeadingLength && !paragraph.Contains(' ') && !paragraph.Contains('\u3000'));

    /// <summary>
    /// The union a paragraph opens with as the one acting, past its marker, date and time lead (<c>近日，</c>,
    /// <c>为…，</c>): a whole paragraph (a sentence ends it) whose first words are a union's name (not <c>市总工会</c>); null otherwise.
    /// </summary>
    public static string? OpeningUnion(string paragraph, OrganisationDirectory organisations) => OpeningUnion(paragraph, organisations, inRoundup: false);

    /// <param name="inRoundup">Within a round-up already found, a line longer than any headline is a whole item though the page cut it mid-sentence.</param>
    private static string? OpeningUnion(string paragraph, OrganisationDirectory organisations, bool inRoundup)
    {
        // Within a round-up, an item told in one sentence (“某某过大年”，某某市总工会开展…主题活动。) is whole though short.
        if (!IsWholeParagraph(paragraph, inRoundup) && !(inRoundup && IsOneSentenceItem(paragraph))) return null;
        // Past the source it was heard from (据某某报消息，), then its date and time lead.
        var text = HeardFrom().Replace(WithoutMarker(paragraph), "", 1);
        if (EntryDate().Match(text) is { Success: true } date) text = HeardFrom().Replace(text[date.Length..], "", 1);
        text = TimeLead().Replace(text, "", 1);
        // An area's unions together (某省各级工会近期纷纷行动起来) are no one union acting: a round-up's lead.
        if (AreaUnionsOpening().IsMatch(text)) return null;
        if (organisations.FromByline(text) is { } union) return union;
        // A short clause of why or when first (针对持续高温天气，某某县总工会…), naming no union itself.
        // A slogan's comma stands inside its quotes (“留某过大年，平安享幸福”，某某市总工会…): the clause ends after them. After
        // a slogan, the item's date or a second short clause may come first (“某某过大年”，1月11日上午，某某市总工会…).
        for (var clauses = 0; clauses < 2; clauses++)
        {
            var comma = CommaOutsideQuotes(text);
            if (comma is not (> 0 and <= 20) || organisations.ActorIn(text[..comma]) is not null) return null;
            var slogan = clauses == 0 && text[0] is '“' or '「' or '『';
            text = text[(comma + 1)..];
            if (AreaUnionsOpening().IsMatch(text)) return null;
            if (organisations.FromByline(text) is { } after) return after;
            if (!slogan) return null;
            if (EntryDate().Match(text) is { Success: true } day) text = text[day.Length..];
            text = TimeLead().Replace(text, "", 1);
            if (AreaUnionsOpening().IsMatch(text)) return null;
            if (organisations.FromByline(text) is { } dated) return dated;
        }
        return null;
    }

    /// <summary>
    /// A paragraph of one sentence, 20 characters or more, that ends it: an item a round-up tells in one line, unless a
    /// union's people open it (<c>某某省总工会副主席王明出席…</c>: they attend the item before, their union does nothing of its own).
    /// </summary>
    private static bool IsOneSentenceItem(string paragraph) =>
        paragraph.Length >= 20 && paragraph[^1] is '。' or '！' && Sentences.FirstEnd(paragraph) == paragraph.Length - 1
        && !UnionsPeople().IsMatch(paragraph);

    [GeneratedRegex(@"^[^，,。]{0,30}?(?:工会|工會)(?:副?主席|党组|黨組|书记|書記|负责人|負責人|领导|領導|干部|幹部|一行|代表|有关|有關)")]
    private static partial Regex UnionsPeople();

    /// <summary>The first comma not inside quotation marks (a slogan's), or -1.</summary>
    private static int CommaOutsideQuotes(string text) => Sentences.FirstOutsideQuotes(text, ['，', ',']);

    /// <summary>
    /// Within a round-up already known to be of unions' paragraphs, a paragraph that starts the next item: it opens with a
    /// union acting, or with its date or time and names a union in its first sentence (<c>近日，由某某县总工会…</c>,
    /// <c>11月26日，省总工会…</c>).
    /// </summary>
    public static bool StartsRoundupItem(string paragraph, OrganisationDirectory organisations) =>
        OpeningUnion(paragraph, organisations, inRoundup: true) is not null
        || IsWholeParagraph(paragraph, inRoundup: true) && (EntryDate().IsMatch(paragraph) || TimeLead().IsMatch(paragraph))
            && (FirstSentenceActor(paragraph, organisations) is not null || Sentences.Opening(paragraph).Contains("工会", StringComparison.Ordinal) || Sentences.Opening(paragraph).Contains("工會", StringComparison.Ordinal))
        || PlaceLedUnions(paragraph, organisations);

    /// <summary>
    /// A round-up's item led by its place (<c>在某市，某某公司工会…</c>, <c>在某县，县、乡两级工会…</c>): a place the gazetteer
    /// knows, written short or in full, then unions acting in the clause after it, whether the directory knows them (an
    /// enterprise's union) or they are the place's levels together.
    /// </summary>
    private static bool PlaceLedUnions(string paragraph, OrganisationDirectory organisations)
    {
        if (!IsWholeParagraph(paragraph, inRoundup: true) || PlaceLead().Match(paragraph) is not { Success: true } lead
            || !organisations.Names.IsPlacePrefix(ScriptFold.Default.Fold(lead.Groups["place"].Value))) return false;
        var rest = paragraph[lead.Length..];
        var clause = rest[..Math.Max(0, CommaOutsideQuotes(rest) is > 0 and var comma ? comma : rest.Length)];
        return clause.Length > 0 && clause.Length <= 40 && (clause.Contains("工会", StringComparison.Ordinal) || clause.Contains("工會", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^在(?<place>[\u4E00-\u9FFF]{2,8})[，,]")]
    private static partial Regex PlaceLead();

    /// <summary>Who an entry names as acting right after its date, when named (<c>某某县总工会</c>, not <c>市总工会</c>); null otherwise.</summary>
    public static string? EntryActor(string entry) =>
        ActorOf(AfterEntryDate(entry)) is { } actor && !BareActor().IsMatch(actor) ? actor : null;

    /// <summary>The city a region lies in (a municipality's districts are one city): the province and prefecture of its path.</summary>
    private static string? CityOf(string? region)
    {
        if (region is null) return null;
        var parts = region.Split('/');
        return parts.Length < 2 || parts[0].EndsWith('市') ? parts[0] : $"{parts[0]}/{parts[1]}";
    }

    public enum TitleGenre { None, Chronicle, Digest }

    /// <summary>
    /// Whether a headline is a chronicle's (大事记, 纪事) or a digest's (晨读, 速递, 要闻, 动态…): the genre's word ends it, past
    /// dates and an issue number, and before it stand at most who publishes it (a place, a union) and a word or two
    /// (<c>某某市总工会2024年3月大事记</c>, <c>工会一周要闻（第5期）</c>, <c>【职工晨读】2月5日</c>). A channel's label over a headline
    /// (<c>[动态]某某赴某地调研</c>) is no genre: the headline after it goes on.
    /// </summary>
    public static TitleGenre GenreOf(string headline, OrganisationDirectory organisations)
    {
        // A label's colon makes a credit (来源：某某工会动态), not a headline.
        if (headline.Contains('：') || headline.Contains(':')) return TitleGenre.None;
        var genre = GenreWord().Matches(headline).LastOrDefault();
        if (genre is null || Letters(TitleFiller().Replace(headline[(genre.Index + genre.Length)..], "")).Length > 0) return TitleGenre.None;
        var before = Letters(TitleFiller().Replace(GenreWord().Replace(headline[..genre.Index], ""), ""));
        if (before.Length > 4 && !organisations.Names.IsPlacePrefix(before) && !PublisherKind().IsMatch(before)) return TitleGenre.None;
        return genre.Groups["chronicle"].Success ? TitleGenre.Chronicle : TitleGenre.Digest;

        static string Letters(string text) => string.Concat(text.Where(char.IsLetter));
    }

    /// <summary>A line that is only a month (<c>3月</c>, <c>三月份</c>, <c>2024年3月</c>), heading a chronicle's entries of that month.</summary>
    public static bool IsMonthLine(string text) => MonthLine().IsMatch(text);

    /// <summary>
    /// Text opening with the date of an entry (<c>9日，</c>, <c>11日-15日，</c>, <c>同日起，</c>, <c>2月3日上午，</c>, <c>3月9日 </c>,
    /// <c>近日，</c>, <c>今年7至8月，</c>), past an item marker.
    /// </summary>
    /// <summary>Whether a line, however short, opens with an entry's date (<c>8月28日，</c>): what a page cut right after it kept of an item.</summary>
    public static bool OpensWithDateAlone(string text) => EntryDate().IsMatch(WithoutMarker(text.Trim()));

    public static bool OpensWithEntryDate(string text) => text.Length >= 20 && EntryDate().IsMatch(WithoutMarker(text));

    /// <summary>
    /// Within a list already known to be of dated paragraphs, a line of any length that opens with an entry's date and
    /// goes on after it (<c>28日，据某某报</c>): an entry, even one whose text was cut short (the last of a truncated page).
    /// </summary>
    public static bool OpensEntryOfDatedList(string text) =>
        EntryDate().Match(WithoutMarker(text)) is { Success: true } date && WithoutMarker(text).Length - date.Length >= 4;

    /// <summary>An entry dated by its day alone (<c>9日，</c>, <c>同日，</c>): a chronicle's, under a month named above.</summary>
    private static bool OpensWithDayOnly(string text) => EntryDate().Match(WithoutMarker(text)) is { Success: true } date && date.Groups["day"].Success;

    /// <summary>An entry's text after its marker and date.</summary>
    private static string AfterEntryDate(string text)
    {
        var entry = WithoutMarker(text);
        return EntryDate().Match(entry) is { Success: true } date ? entry[date.Length..] : entry;
    }

    private static string WithoutMarker(string text) => ItemMarker().Replace(text, "", 1);

    private static string? NextText(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (lines[i].Text.Trim() is { Length: > 0 } text) return text;
        return null;
    }

    /// <summary>
    /// Marked lines are separate news items, not the bullet points of one report, when most of them open with who did
    /// it — a union, a company, a bureau — and not all with the same one.
    /// </summary>
    private static bool AreSeparateNews(List<string> items, OrganisationDirectory organisations)
    {
        var actors = items.Select(i => ActorOf(i) ?? FirstSentenceActor(i, organisations)).OfType<string>().ToList();
        return actors.Count * 5 >= items.Count * 3 && actors.Where(a => !BareActor().IsMatch(a)).Distinct().Count() >= 2;
    }

    /// <summary>
    /// Numbered paragraphs are separate briefs when most open with a named organisation (a place or a name before its
    /// kind: 某某县总工会, 某某公司; not 市总工会 or 各级工会) and nearly every one names another.
    /// </summary>
    private static bool AreSeparateNamedNews(List<string> items, OrganisationDirectory organisations)
    {
        var actors = items.Select(i => ActorOf(i) ?? FirstSentenceActor(i, organisations)).OfType<string>().Where(a => !BareActor().IsMatch(a)).ToList();
        return actors.Count * 5 >= items.Count * 4 && actors.Distinct().Count() * 5 >= actors.Count * 4;
    }

    /// <summary>
    /// The union acting in an item's first sentence when it does not open with who (<c>为贯彻…，某某县总工会…</c>): the item
    /// of a digest tells its own news, whatever clause comes first, however long (a caption opening with its purpose names
    /// its union late). Only a whole item (40 characters or more) is asked.
    /// </summary>
    private static string? FirstSentenceActor(string item, OrganisationDirectory organisations)
    {
        if (item.Length < 40) return null;
        var sentence = Sentences.Opening(item);
        return organisations.ActorIn(sentence, sentence.Length);
    }

    /// <summary>Whether a text opens with who or where (<c>某某县总工会…</c>, <c>某某集团…</c>, <c>某某区…</c>), past a time lead.</summary>
    public static bool OpensWithActor(string text) => ActorOf(text) is not null;

    /// <summary>
    /// Who or where an item opens with, past a time lead (<c>近日，</c>, <c>3月5日，</c>): an organisation (<c>某某县总工会</c>,
    /// <c>某某公司</c>) or a place (<c>某某区</c>); null when it opens with neither.
    /// </summary>
    private static string? ActorOf(string item)
    {
        var text = TimeLead().Replace(item, "", 1);
        return ActorOpening().Match(text) is { Success: true } actor ? actor.Value
            : PlaceOpening().Match(text) is { Success: true } place ? place.Value
            : null;
    }

    /// <summary>A numbered paragraph (a sentence or more after <c>1.</c>, <c>①</c>, <c>（1）</c>), without its number; null for anything else.</summary>
    public static string? NumberedParagraph(string text)
    {
        var match = NumberMarker().Match(text);
        if (!match.Success) return null;
        var rest = text[match.Length..].Trim();
        return rest.Length >= 20 && (LineShapes.EndsSentence(rest) || rest.Length > LineShapes.MaxHeadingLength) ? rest : null;
    }

    /// <summary>
    /// The first line after <paramref name="from"/> that is not headline-shaped, past the rest of a wrapped headline
    /// (lines that are not headlines of their own); null when another headline comes first — a site's name above a
    /// headline heads nothing.
    /// </summary>
    private static string? FirstProseAfter(IReadOnlyList<SourceLine> lines, int from)
    {
        for (int i = from, headlines = 0; i < lines.Count && headlines <= 2; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0) continue;
            if (!IsHeadingLike(text)) return text;
            if (IsEntryHeadline(text)) return null;
            headlines++;
        }
        return null;
    }

    /// <summary>A headline of an entry: unnumbered, and opening with a place or an organisation (not a section's topic).</summary>
    public static bool IsEntryHeadline(string text) =>
        IsHeadingLike(text) && !IsCaption(text) && !LineShapes.IsByline(text) && text.Length >= 6 && !LineShapes.IsNumbered(text) && !IsMenuLabel(text)
        && !IsProfileCaption(text) && (PastQuote(ActorOpening().Match(text), text) || PastQuote(PlaceOpening().Match(text), text));

    /// <summary>
    /// Whether who or where a line opens with is named past its opening quotation: a line opening with one
    /// (<c>“职工点单、工会买单”</c>, a section's quoted title) quotes a slogan or a method's name, and a union named inside the
    /// quotes is no one acting, while one named after them (<c>“某某杯”竞赛在某区总工会举行</c>) still is.
    /// </summary>
    private static bool PastQuote(Match opening, string text)
    {
        if (!opening.Success) return false;
        if (text[0] is not ('“' or '「' or '『' or '‘')) return true;
        var close = text.IndexOfAny(['”', '」', '』', '’'], 1);
        return close >= 0 && opening.Length > close + 1;
    }

    /// <summary>
    /// A person's name, then the posts they hold (<c>王明 某某总工会副主席、书记处书记</c>, <c>李  华 全国总工会副主席（兼）</c>),
    /// as a site's list of its leaders prints them beside every page: nobody acting, so no entry's headline and no
    /// entry's text, however many stand one under the other. The line stays text of the report it stands in.
    /// </summary>
    public static bool IsProfileCaption(string text) => text.Length <= 160 && ProfileCaption().IsMatch(text.Trim());

    /// <summary>
    /// A site's section label, no item's headline: a union's profile (<c>省总工会介绍</c>, <c>某某工会简介</c>) or its menu of
    /// kinds of units (<c>部门及产业工会</c>, <c>机关和基层工会</c>) names no one acting.
    /// </summary>
    public static bool IsMenuLabel(string text) => MenuLabel().IsMatch(text.Trim());

    /// <summary>
    /// Whether a paragraph cut with an ellipsis is the abstract of a later one: its opening (past a news lead, 30
    /// characters) opens that paragraph too, the page printing the abstract over the full text.
    /// </summary>
    private static bool IsAbstractOfLater(IReadOnlyList<SourceLine> lines, int at, string text)
    {
        var trimmed = text.TrimEnd();
        if (!IsCutWithEllipsis(trimmed)) return false;
        var opening = trimmed.TrimEnd('…', '.');
        if (opening.Length < 30) return false;
        opening = opening[..30];
        for (var j = at + 1; j < lines.Count; j++)
            if (lines[j].Text.Trim().StartsWith(opening, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A line cut with an ellipsis (<c>…</c>, <c>...</c>), as a teaser or an abstract is.</summary>
    public static bool IsCutWithEllipsis(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('…') || trimmed.EndsWith("...", StringComparison.Ordinal);
    }

    /// <summary>
    /// The headline of a yearbook's entry set in brackets before its text (<c>【某某区总工会召开全委会】 于11月13日…</c>), when
    /// it names who or where, as an entry's headline does; null otherwise. A topic in brackets (<c>【概况】</c>,
    /// <c>【思想引领】</c>) heads a section of one entry, not an entry.
    /// </summary>
    public static string? BracketedEntryHeadline(string text, string? next)
    {
        var match = BracketedHeadline().Match(text);
        if (!match.Success) return null;
        var headline = match.Groups["headline"].Value.Trim();
        var rest = text[match.Length..].Trim();
        // Its text opens with when, on the line or the next: 于11月13日…, 3月6日，… (a series' label in brackets before
        // a headline, 【某某系列报道】业务…, is none).
        return IsEntryHeadline(headline) && OpensWithWhen(rest.Length > 0 ? rest : next ?? "") ? headline : null;
    }

    /// <summary>
    /// A headline set alone on its line in brackets (<c>【职工书屋揭牌开放】</c>, six characters or more), as a digest or a
    /// yearbook sets its entries' headlines: a headline of its own, never a wrapped line of the one above it.
    /// </summary>
    public static bool IsBracketedHeadlineLine(string text) => BracketedHeadline().Match(text) is { Success: true } match && match.Length == text.Length;

    /// <summary>A headline without the brackets it is set in alone (<c>【职工书屋揭牌开放】</c> → <c>职工书屋揭牌开放</c>), as it titles its entry.</summary>
    public static string Unbracketed(string headline) => IsBracketedHeadlineLine(headline) ? headline[1..^1].Trim() : headline;

    /// <summary>Text opening with its date, past 于/在 and the spaces a typeset page puts around numbers (<c>于 11 月 13 日</c>).</summary>
    private static bool OpensWithWhen(string text) =>
        DateOpening().IsMatch(SpacedNumber().Replace(text.TrimStart(' ', '\u3000', '于', '在'), ""));

    /// <summary>Text opening with when it happened: <c>4月26日下午，</c>, <c>8月，</c>, <c>2013年5月，</c>, <c>近日，</c>.</summary>
    public static bool OpensWithDate(string text) => text.Length >= 20 && DateOpening().IsMatch(text);

    /// <summary>An entry's text opens with when it happened or with who, named, did it (<c>某某县总工会日前…</c>).</summary>
    public static bool OpensEntry(string text) =>
        OpensWithDate(text) || (text.Length >= 20 && !IsProfileCaption(text) && ActorOpening().Match(text) is { Success: true } actor && !BareActor().IsMatch(actor.Value));

    /// <summary>
    /// A headline without the index a gallery adds when it prints the headline as a photograph's alternative text
    /// (<c>某某驿站揭牌 第2张</c>, <c>第3張</c>): the page's headline again, no other one.
    /// </summary>
    public static string WithoutPhotoIndex(string text) => PhotoIndex().Replace(text.Trim(), "");

    [GeneratedRegex(@"[\s\u3000]*第\d{1,2}[张張]$")]
    private static partial Regex PhotoIndex();

    /// <summary>A line that only separates (<c>————</c>, <c>＊＊＊</c>, <c>- - -</c>): three or more rule characters and nothing else.</summary>
    public static bool IsSeparator(string text) => Separator().IsMatch(text);

    /// <summary>A short line that is a date (<c>2024-01-12</c>, <c>发布时间：2024年1月12日</c>), as under a headline in a list of news.</summary>
    public static bool IsDateLine(string text) => text.Length <= 40 && !text.Contains('。') && Dates.StatedDate.In(text) is not null;

    /// <summary>A line naming only an article's reporters (<c>本报记者 王明 本报通讯员 李华 张伟</c>, <c>记者 王明</c>).</summary>
    public static bool IsReporterLine(string text) => text.Length <= 40 && ReporterLine().IsMatch(text);

    [GeneratedRegex(@"^(?:本[报報]|[\u4E00-\u9FFF]{2,6}(?:报|報|网|網|台))?(?:首席)?(?:记者|記者|通讯员|通訊員)[\s\u3000]*[\u4E00-\u9FFF·]{2,4}(?:[\s\u3000、]+(?:(?:本[报報])?(?:首席)?(?:记者|記者|通讯员|通訊員)[\s\u3000]*)?[\u4E00-\u9FFF·]{2,4})*$")]
    private static partial Regex ReporterLine();

    /// <summary>
    /// In a page of headlined entries, a headline the entry test misses, standing alone between two whole paragraphs:
    /// short, no comma or full stop in it, ending in nothing or in an exclamation or a question (<c>某某驿站很贴心！</c>),
    /// and either so ending or holding quotes or a dash (<c>“某某杯”竞赛落幕</c>, <c>致敬一线——某某</c>), the marks that
    /// keep it from opening with who or where. A news item's exclamatory subheading stands in a page read as one report,
    /// where this is never asked.
    /// </summary>
    public static bool IsStandaloneEntryHeadline(string text, string? before, string? after)
    {
        if (text.Length is < 6 or > 30 || text.Contains('。') || LineShapes.HasComma(text) || text[^1] is '；' or '.' or ';') return false;
        var exclaims = text[^1] is '！' or '!' or '？' or '?';
        if (!exclaims && !QuotedOrDashed().IsMatch(text)) return false;
        return before is { Length: >= 20 } && !IsHeadingLike(before) && EndsWholeSentence(before)
            && after is { Length: >= 20 } && !IsHeadingLike(after) && !IsStandaloneShape(after);
    }

    private static bool IsStandaloneShape(string text) => text.Length <= 30 && text[^1] is '！' or '!' or '？' or '?' && !LineShapes.HasComma(text);

    private static bool EndsWholeSentence(string text) => LineShapes.EndsSentence(text.TrimEnd('”', '’', '」', '』', '）', ')', '"'));

    [GeneratedRegex(@"[“”「」『』""]|——")]
    private static partial Regex QuotedOrDashed();

    /// <summary>A short line that ends no sentence: a headline (or heading), not a paragraph.</summary>
    public static bool IsHeadingLike(string text) => text.Length <= LineShapes.MaxHeadingLength && !LineShapes.EndsSentence(text) && !LineShapes.HasComma(text) && !text.Contains('。');

    /// <summary>A marked line that is a headline (<c>■某县总工会开展送温暖活动</c>), without its marker; null for a marked paragraph.</summary>
    public static string? MarkedHeadline(string text)
    {
        if (!IsMarkedItem(text)) return null;
        var headline = ItemMarker().Replace(text, "", 1).Trim();
        return headline.Length > 0 && IsHeadingLike(headline) ? headline : null;
    }

    public static bool IsMarkedItem(string text) => text.Length > 1 && ItemMarker().IsMatch(text);

    /// <summary>An editor's note (<c>编者按：</c>, <c>【编者按】</c>), as a compilation prints one over its items: nobody's item.</summary>
    public static bool IsEditorsNote(string text) => EditorsNote().IsMatch(text.Trim());

    [GeneratedRegex(@"^[【\[]?(?:编者按|編者按|编者的话|編者的話|编者语|編者語)[】\]]?\s*[:：]?")]
    private static partial Regex EditorsNote();

    public static bool IsOrganisationHeading(string text) => text.Length <= 30 && OrganisationHeading().IsMatch(text);

    /// <summary>
    /// The organisation or place heading an item: a line that is only an organisation's name (<c>某某县总工会</c>, with or
    /// without a colon), a place in brackets or before a colon (<c>【某某区】</c>, <c>某某县：</c>; a place alone on a line
    /// is too often a heading of one report's parts), or either opening the item's text (<c>某某县总工会：近日，…</c>).
    /// </summary>
    public static ItemHead? ItemHeadIn(string text)
    {
        // A compilation numbers its units' items (一、某某县总工会, 2.某某区总工会：送法上门解难题): the number is the item's
        // place in the compilation, the line its unit's heading. A union's name alone or over its item's headline only: a
        // numbered paragraph opening with a union (1.某某县总工会：近日…) is a numbered brief, and a place numbered alone
        // (一、某某县) is a report's section on its county.
        if (NumberedUnitHeading().Match(text) is { Success: true } numbered && ItemHeadIn(text[numbered.Length..].Trim()) is { Inline: false, IsOrganisation: true } unit)
            return unit with { Numbered = true };
        if (IsOrganisationHeading(text)) return new ItemHead(OrganisationName(text), IsOrganisation: true, Inline: false);
        // A place or union alone on its line, marked (■某市, ◆某县总工会) or written out with its level (某某县): a round-up's
        // heading over the place's item.
        if (PlaceLine().Match(text) is { Success: true } line) return new ItemHead(line.Groups["name"].Value, IsOrganisationName(line.Groups["name"].Value), Inline: false);
        var match = NamedOpening().Match(text);
        if (!match.Success) return null;
        var name = match.Groups["name"].Value;
        var rest = text[match.Length..].Trim();
        if (rest.Length == 0) return new ItemHead(name, IsOrganisationName(name), Inline: false);
        if (PlaceTitledHeading.IsHeadline(rest)) return new ItemHead(name, IsOrganisationName(name), Inline: false, rest);
        return rest.Length >= 20 ? new ItemHead(name, IsOrganisationName(name), Inline: true) : null;
    }

    private static bool IsOrganisationName(string name) => name.EndsWith("工会", StringComparison.Ordinal) || name.EndsWith("工會", StringComparison.Ordinal) || name.EndsWith("工会联合会", StringComparison.Ordinal);

    /// <summary>A paragraph opening with a news lead: <c>本报讯</c>, <c>本报3月5日讯</c>, <c>某某网讯</c>, <c>某某社某地3月5日电</c>.</summary>
    public static bool OpensWithNewsLead(string text) => text.Length >= 20 && NewsLead().IsMatch(text);

    /// <summary>A line that is only a news lead, its text on the next line: <c>某某省总工会 张三报道</c>, <c>本报讯（记者 王明）</c>.</summary>
    public static bool IsLeadOnly(string text) => text.Length < 40 && NewsLead().Match(text) is { Success: true } lead && LeadCredit().Replace(text[lead.Length..], "").Trim().Length == 0;

    /// <summary>A photograph's caption: <c>图为…</c>, <c>圖為…</c>, <c>上图：…</c>, <c>下图为…</c>, <c>（图为…）</c>.</summary>
    public static bool IsPhotoCaption(string text) =>
        CaptionOpening().Match(text) is { Success: true } opening && opening.Length < text.Length
        || text.Length >= 20 && PhotoCredit().Match(text) is { Success: true } credit && credit.Index >= 12 && LineShapes.EndsSentence(text[..credit.Index].TrimEnd());

    /// <summary>An item's text without its news lead and the credit right after it (<c>本报讯（记者 王明）</c>), or without its caption's opening (<c>图为</c>), for its title.</summary>
    public static string WithoutLead(string text)
    {
        if (CaptionOpening().Match(text) is { Success: true } caption)
            return text[0] is '（' or '(' ? text[caption.Length..].TrimEnd().TrimEnd('）', ')') : text[caption.Length..];
        var lead = NewsLead().Match(text);
        if (!lead.Success) return text;
        var rest = text[lead.Length..];
        var credit = LeadCredit().Match(rest);
        return (credit.Success && credit.Index == 0 ? rest[credit.Length..] : rest).TrimStart(' ', '\u3000', '，', ',', ':', '：');
    }

    /// <summary>A line wholly in brackets: a photo's caption or a credit, not a headline.</summary>
    private static bool IsCaption(string text) => text.Length > 2 && text[0] is '（' or '(' && text[^1] is '）' or ')';

    /// <summary>
    /// A line that closes an item with its writer's or sender's name in brackets: on a line of its own (<c>（王明）</c>) or
    /// after the item's last sentence (<c>…参加。（某县总工会）</c>). <c>（完）</c> and <c>（待续）</c> close nothing.
    /// </summary>
    public static bool ClosesItem(string text)
    {
        // An index item pointing to its page: …（详见第2版）, …见A3版.
        if (EditionReference().Match(text) is { Success: true } reference && reference.Index >= 8) return true;
        // A brief closed by its source or date after its last sentence: …参加。（来源：某县总工会）, （某某供稿）, （3月5日）.
        if (ClosingSource().Match(text) is { Success: true } source && source.Index >= 8 && LineShapes.EndsSentence(text[..source.Index].TrimEnd())) return true;
        var match = ClosingName().Match(text);
        var name = match.Groups["name"].Value.Trim();
        if (!match.Success || NotAName().IsMatch(name) || !SenderName().IsMatch(name)) return false;
        return match.Index == 0 ? !LineShapes.IsNumbered(text) : LineShapes.EndsSentence(text[..match.Index].TrimEnd());
    }

    public static string OrganisationName(string heading) => heading.Trim().TrimEnd(':', '：').Trim();

    /// <summary>An item's title: its first clause without the marker or number, at most 40 characters.</summary>
    public static string ItemTitle(string text)
    {
        var body = TimeLead().Replace(EntryDate().Replace(NumberMarker().Replace(ItemMarker().Replace(text, "", 1), "", 1).Trim(), "", 1), "", 1);
        // A purpose before the date (为深入开展…活动，6月10日，某某中心举行…): the date is no title either.
        if (EntryDate().Match(body) is { Success: true } date && date.Length < body.Length) body = TimeLead().Replace(body[date.Length..], "", 1);
        // A slogan's marks inside its quotes (“留某过大年，平安享幸福”) end no clause.
        var end = Sentences.FirstOutsideQuotes(body, Sentences.ClauseStops);
        var clause = end > 0 ? body[..end] : body;
        return clause.Length > 40 ? clause[..40] + "…" : clause;
    }

    // Who acted, named at the opening of an item: up to 16 characters ending in the kind of body that acts.
    [GeneratedRegex(@"^[^，,。；;：:]{1,16}?(?:总工会|總工會|工会|工會|公司|集团|集團|厂|廠|局|医院|醫院|学校|學校|大学|大學|协会|協會|委员会|委員會|政府|街道|社区|社區|中心)")]
    private static partial Regex ActorOpening();

    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,10}?(?:省|市|区|區|县|縣|州|旗|盟|镇|鎮|乡|鄉|街道)")]
    private static partial Regex PlaceOpening();

    // A name of two to four characters (a typeset list pads a two-character name with spaces: 李  华), a space, then
    // posts: no full stop, and a post's word (主席, 书记, 成员, 部长…) among them. A name holds no body's or place's word,
    // so 某某市总工会 王明主席… is no name.
    [GeneratedRegex(@"^[\u4E00-\u9FFF-[会會市县縣区區省局司厂廠院校部队隊组組]][\s\u3000]{0,3}(?:[\u4E00-\u9FFF-[会會市县縣区區省局司厂廠院校部队隊组組]][\s\u3000]{0,3}){0,2}[\u4E00-\u9FFF-[会會市县縣区區省局司厂廠院校部队隊组組]][\s\u3000]+[^。！？!?\s][^。！？!?]*?(?:主席|书记|書記|成员|成員|委员|委員|部长|部長|主任|组长|組長|秘书长|秘書長|巡视员|巡視員|理事长|理事長|会长|會長)[^。！？!?]*$")]
    private static partial Regex ProfileCaption();

    // The spaces a typeset page puts between a number and its unit (11 月, 2020 年).
    [GeneratedRegex(@"(?<=\d)[ \u3000]+(?=[年月日号])|(?<=[年月])[ \u3000]+(?=\d)")]
    private static partial Regex SpacedNumber();

    // 【某某区总工会召开全委会】 opening a line, as a yearbook sets its entries' headlines.
    [GeneratedRegex(@"^【(?<headline>[^【】]{6,40})】")]
    private static partial Regex BracketedHeadline();

    [GeneratedRegex(@"^(?:(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}[日号](?:[上下]午|晚|晚上)?|[上中下]旬|初|底)?|(?:近日|日前|近期|昨日|昨天|今天|今日)\s*[，,])")]
    private static partial Regex DateOpening();

    // An entry's date, then its comma: a day alone, or a span of days (9日, 11日-15日, 同日, 同日起: a chronicle's, whose
    // month is its title's); a full date, a month or a season of the year (2月3日上午, 2024年3月, 今年7至8月, 3月上旬); a
    // recent time (近日, 日前, 昨天, 今年以来), as a morning's briefing dates its news. Not 当天 or 次日: they go on from the
    // paragraph before. A comma or a space ends it (3月9日 市总工会…).
    [GeneratedRegex(@"^(?:(?<day>[0-9０-９]{1,2}[日号](?:\s*[-—–~～至到]\s*[0-9０-９]{1,2}[日号])?|同日)|(?:(?:19|20)\d\d年|今年|去年)?[0-9０-９]{1,2}(?:\s*[-—–~～至到]\s*[0-9０-９]{1,2})?月份?(?:[0-9０-９]{1,2}[日号](?:\s*[-—–~～至到]\s*(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}[日号])?|[上中下]旬|初|底|中)?|近日|日前|近期|前不久|昨日|昨天|今日|今天|今年以来|年初以来)(?:[上下]午|晚上?|早上?|凌晨|起|以来|期间)?(?:\s*[，,]\s*|[\s\u3000]+(?=\S))")]
    private static partial Regex EntryDate();

    [GeneratedRegex(@"^(?:(?:19|20)\d\d年|[〇零一二三四五六七八九]{4}年)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月份?$")]
    private static partial Regex MonthLine();

    // The genre of a chronicle or a digest in its headline, and the columns a paper gives its briefs (基层传真, 图片新闻, 工作掠影).
    [GeneratedRegex(@"(?<chronicle>大事记要|大事记|大事記|纪事|紀事)|工作动态|动态|動態|晨读|晨讀|早读|早讀|速递|速遞|速览|速覽|要闻|要聞|简讯|簡訊|快讯|快訊|短讯|短訊|简报|簡報|播报|播報|集锦|集錦|资讯|資訊|周报|週報|月报|月報|一周|一週|每周|每週|每日|早知道|早班车|早班車|传真|傳真|图片新闻|圖片新聞|新闻图片|新聞圖片|掠影|剪影|点滴|點滴")]
    private static partial Regex GenreWord();

    // An enterprise or a body publishing a chronicle (某某集团公司工会大事记, its 工会 taken off before).
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,20}(?:公司|集团|集團|局|厂|廠|医院|醫院|学校|學校|大学|大學|学院|學院|委员会|委員會|协会|協會|中心)$")]
    private static partial Regex PublisherKind();

    // Besides the genre's word in its headline: dates and issue numbers (2024年3月, 3月5日, 二〇二四年, 第5期, 总第120期,
    // 2.1-2.7), a union's or a news page's kind (某某市总工会, 新闻), 工作, 回顾.
    [GeneratedRegex(@"总?第[0-9０-９一二三四五六七八九十百〇零]+[期号號]|(?:[0-9０-９]{2,4}|[〇零一二三四五六七八九]{4})年|[0-9０-９一二三四五六七八九十]{1,3}月份?|[0-9０-９]{1,2}[日号]|[上中下]旬|[上下]半年|第[一二三四]季度|总工会|總工會|工会|工會|工作|新闻|新聞|回顾|回顧|近期|本周|本週|本月")]
    private static partial Regex TitleFiller();

    // 又讯, 另讯 opening a paragraph: the paper's further item on the page.
    [GeneratedRegex(@"^[【\[]?[又另][讯訊]")]
    private static partial Regex FurtherLead();

    // 省总工会介绍, 某某工会简介, 部门及产业工会, 机关和基层工会: a profile's or a menu's label.
    [GeneratedRegex(@"(?:介绍|介紹|简介|簡介)$|^[\u4E00-\u9FFF]{1,8}(?:及|和|与|與|、)[\u4E00-\u9FFF]{1,8}(?:工会|工會)$")]
    private static partial Regex MenuLabel();

    [GeneratedRegex(@"^(?:[\-—─━=＝*＊·~～_＿]\s*){3,}$")]
    private static partial Regex Separator();

    // A name that says only the level or a group (市总工会, 各级工会, 基层工会, 该公司), not who.
    [GeneratedRegex(@"^(?:[市区县州省縣區]|各级|各級|基层|基層|全市|全区|全县|全省|本|该|該|我|各)")]
    private static partial Regex BareActor();

    // When or why, before who: 近日，3月5日上午，春节前夕，为丰富职工文化生活，在…活动中，
    [GeneratedRegex(@"^(?:近日|日前|近期|最近|今年以来|近年来|今年|去年|年初|\d{1,2}月\d{1,2}日(?:[上下]午|晚)?|\d{1,2}月[上中下]旬|[^，,。]{2,12}(?:期间|前夕|之际|以来)|为[^，,。]{2,30}|在[^，,。]{2,30}(?:中|上|期间))\s*[，,]\s*")]
    private static partial Regex TimeLead();

    [GeneratedRegex(@"[（(\[【]?\s*(?:详见|見|见)?\s*第?\s*[A-Za-z]?\d{1,2}\s*[版版]\s*[）)\]】]?\s*$")]
    private static partial Regex EditionReference();

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.．、](?!\d)|\d{1,2}[.．](?=\d{1,2}月\d{1,2}日)|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*")]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"^\s*[△▲▽▼●○◆◇■□★☆◎※▶►▷•▪◼◾❖♦]\s*")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"^\s*[·・\-－△▲▽▼●○◆◇■□★☆◎※▶►▷•▪◼◾❖♦]\s*")]
    private static partial Regex NavigationBullet();

    [GeneratedRegex(@"^[\u3400-\u9FFF（）()·]{2,24}?(?:总工会|總工會|工会联合会|工會聯合會|工会委员会|工會委員會|联合工会|聯合工會|工会|工會)\s*[:：]?$")]
    private static partial Regex OrganisationHeading();

    // The top-level number of a compilation's item before its unit's name: 一、 or 1. (not （一）, a section's number inside an item).
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}\s*[.．、])\s*")]
    private static partial Regex NumberedUnitHeading();

    // 【某某区总工会】, 【某某县】, 【安徽】, 某某县总工会：, 某某区： — a union or a place (an administrative suffix, or a
    // province's short name) in brackets or before a colon, at the opening of a line. Bare level names (市总工会) name no one.
    [GeneratedRegex(@"^(?:[【\[]\s*(?<name>" + Named + @")\s*[】\]]\s*[:：]?|(?<name>" + Named + @")\s*[:：])")]
    private static partial Regex NamedOpening();

    // ■某市, ◆某县总工会, 某某县, 叶县 — a place or union, marked or not, as a whole line (not 我市, 全县).
    [GeneratedRegex(@"^(?:[▲●○◆◇■□★☆◎▶►▷•▪◼◾❖♦]\s*)?(?<name>" + Named + @"|(?![我全本该該各])[\u3400-\u9FFF]{1,10}?(?:省|市|区|區|县|縣|州|旗|盟))\s*$")]
    private static partial Regex PlaceLine();

    private const string Named = @"(?![市区县縣區州镇鎮乡鄉]总工会)(?:[\u3400-\u9FFF·]{2,24}?(?:总工会|總工會|工会联合会|工會聯合會|工会委员会|工會委員會|联合工会|聯合工會|工会|工會)"
        + @"|[\u3400-\u9FFF]{2,10}?(?:省|市|区|區|县|縣|州|旗|盟|镇|鎮|乡|鄉|街道)"
        + @"|北京|天津|河北|山西|内蒙古|內蒙古|辽宁|遼寧|吉林|黑龙江|黑龍江|上海|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|广西|廣西|海南|重庆|重慶|四川|贵州|貴州|云南|雲南|西藏|陕西|陝西|甘肃|甘肅|青海|宁夏|寧夏|新疆|香港|澳门|澳門|台湾|臺灣)";

    // 又讯 / 另讯: a further item of the same paper on one page (又讯（通讯员 李华）…).
    // 本报讯, 本報訊, 本报3月5日讯, 本报合肥3月5日讯, 中工网讯, 某某日报讯, 新华社合肥3月5日电 (a lead, then its brackets or text).
    // …or a reporter's line, the unit first: 某某省总工会 张三报道, 张三 李四报道 (not 据新华社报道, a source, nor a
    // site or outlet named 某某报道: 某某报道网, 某某报道讯 is that outlet's lead).
    // …or a place's dateline with its correspondent in brackets, as a regional paper sends its county briefs
    // (某某讯（通讯员 李华）8月4日，…): the bracketed correspondent tells it from a word ending in 讯 (喜讯, 资讯).
    [GeneratedRegex(@"^[【\[]?(?:本[报報][^，,。：:（(]{0,16}[讯訊]|[\u4E00-\u9FFF]{2,6}[讯訊](?=[\s\u3000]*[（(][\s\u3000]*(?:记者|通讯员|記者|通訊員))|[又另][讯訊](?=[（(\s\u3000：:，,]|\d{1,2}月)|[\u4E00-\u9FFF]{2,10}(?:网|網|社|台|报|報|报道|報道)[讯訊]|[\u4E00-\u9FFF]{2,6}社[\u4E00-\u9FFF]{0,6}\d{1,2}月\d{1,2}日[电電]"
        + @"|(?:[\u4E00-\u9FFF]{2,24}[\s\u3000]+)?(?!据|據)[\u4E00-\u9FFF]{2,4}(?:[\s\u3000、]+[\u4E00-\u9FFF]{2,4}){0,3}(?<![报報社网網台])(?<!摄影|攝影)[报報]道(?![，,：:网網讯訊社]))")]
    private static partial Regex NewsLead();

    // The credit after a lead: （记者 王明 通讯员 李华）, (通讯员 李华).
    [GeneratedRegex(@"^\s*[（(][^（）()]{1,40}[）)]")]
    private static partial Regex LeadCredit();

    // 图为, 圖為, 上图：, 下图为, 左图, in brackets or not — and a time lead after it is left for ActorOf.
    [GeneratedRegex(@"^[（(]?(?:[上下左右中]?[图圖][为為]|[上下左右中][图圖][:：]?)\s*[:：，,]?\s*")]
    private static partial Regex CaptionOpening();

    // An area's unions together, with the area before them: 某省各级工会, 各县区工会, 某市全市工会.
    private const string AreaUnionsPattern = @"[\u4E00-\u9FFF]{0,10}?(?:各[\u4E00-\u9FFF]{0,4}|全[省市区县州盟旗區縣][\u4E00-\u9FFF]{0,4})(?:工会|工會)";

    // A sentence opening with an area's unions together.
    [GeneratedRegex("^" + AreaUnionsPattern)]
    private static partial Regex AreaUnionsOpening();

    [GeneratedRegex(AreaUnionsPattern)]
    private static partial Regex AreaUnions();

    // Several actors listed, then acting together: 某区总工会、街道社区纷纷行动起来, 甲县总工会和乙镇相继开展….
    [GeneratedRegex(@"(?:工会|总工会)[、和与及][\u4E00-\u9FFF]{2,12}(?:纷纷|相继|分别|同步|共同)")]
    private static partial Regex ActingTogether();

    // A headline whose subject is an area's unions together (各地工会, 各县区工会, 全市各级工会): no one union acts in it.
    [GeneratedRegex(@"各[\u4E00-\u9FFF]{0,4}(?:工会|工會)|全[省市区县州盟旗區縣][\u4E00-\u9FFF]{0,4}(?:工会|工會)")]
    private static partial Regex CollectiveUnions();

    // 据某某报消息，据某某网报道，据悉， opening an item: where the news was heard, before when and who.
    [GeneratedRegex(@"^(?:(?:据|據)[^，,。]{2,16}(?:消息|报道|報道)|据悉|據悉|据了解|據了解)\s*[，,]\s*")]
    private static partial Regex HeardFrom();

    // A photographer's credit after a caption's last sentence and a space: 王明 摄, （记者 王明 摄）, 王明/摄, 王明 李华摄,
    // 新华社记者 王明 摄; or the photograph's source after a slash (…。/ 某某公司工会供图, an e-paper's). Run on (…现场。王明 摄)
    // it is as often a report's photographs among its text.
    [GeneratedRegex(@"(?:[\s\u3000]*[/／][\s\u3000]*[\u4E00-\u9FFF]{2,16}(?:供图|供圖)|[\s\u3000]+(?:[\u4E00-\u9FFF]{0,8}?(?:记者|通讯员|記者|通訊員)[\s\u3000]*)?[\u4E00-\u9FFF]{2,4}(?:[\s\u3000、]+[\u4E00-\u9FFF]{2,4}){0,2}[\s\u3000/]*[摄攝]|[（(](?:[\u4E00-\u9FFF]{0,8}?(?:记者|通讯员|記者|通訊員)[\s\u3000]*)?[\u4E00-\u9FFF]{2,4}(?:[\s\u3000、]+[\u4E00-\u9FFF]{2,4}){0,2}[\s\u3000/]*[摄攝][）)])\s*$")]
    private static partial Regex PhotoCredit();

    // A brief's source or date in brackets at its end: （来源：某某县总工会）, （某某县总工会供稿）, （3月5日）, （2024年3月5日）.
    [GeneratedRegex(@"[（(](?:(?:来源|來源|稿源|供稿)[:：][^（）()。]{2,24}|[^（）()。，,：:]{2,20}(?:供稿|供图|供圖)|(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号])[）)]\s*$")]
    private static partial Regex ClosingSource();

    // A bracketed name closing a line: 2–14 characters with no punctuation, at the line's end.
    [GeneratedRegex(@"[（(](?<name>[^（）()。，,；;：:！？!?、]{2,14})[）)]\s*$")]
    private static partial Regex ClosingName();

    // A writer (one to three names of two to four characters) or a sending unit (a name ending in its kind); a caption
    // in brackets (某某负责同志汇报工作) is neither.
    // A label (记者, 通讯员) and the writer's unit may stand before the names: （某某县总工会 王明）, （通讯员 李华）.
    [GeneratedRegex(@"^(?:(?:(?:记者|通讯员|記者|通訊員)[\s\u3000:：]*)?(?:[\u4E00-\u9FFF·]{2,14}(?:工会|工會|公司|局|中心|集团|集團|厂|廠)[\s\u3000]+)?[\u4E00-\u9FFF]{2,4}(?:[\s\u3000、]+(?:(?:记者|通讯员|記者|通訊員)[\s\u3000]*)?[\u4E00-\u9FFF]{2,4}){0,3}|[\u4E00-\u9FFF·]{2,14}(?:工会|工會|公司|局|委员会|委員會|中心|协会|協會|学校|學校|医院|醫院|集团|集團|办公室|辦公室|部|厂|廠|站|所|队|隊|社|院|台|报|報|网|網))$")]
    private static partial Regex SenderName();

    [GeneratedRegex(@"^(?:完|待续|未完待续|未完|续|续完|全文完|附图|见图|详见.*|\d+|[一二三四五六七八九十]+|.*[年月日]|.*[摄攝]|.*[图圖].*|(?:本报|本報).*)$")]
    private static partial Regex NotAName();
}
