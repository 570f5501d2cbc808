using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// Splits a document's lines into reports, sections and paragraphs, losing none: every line ends in a paragraph, a
/// heading, a title, a byline, the report's credits, or the dropped lines (page chrome, counted).
/// <list type="bullet">
/// <item>A page laid out in columns is read column by column (<see cref="ColumnLayout"/>); hard-wrapped lines are joined into paragraphs (<see cref="HardWrapJoiner"/>), and a line cut mid-word is
/// joined to its continuation further down (<see cref="CutLineJoiner"/>).</item>
/// <item>A report starts at a title line followed by a <c>——</c> byline (whose organisation it takes); a byline naming a
/// compilation (集萃, 汇编…) titles the collection, not a report. A title+byline seen again continues the earlier
/// report. A document without bylines is one report, titled by its first heading above any of its text or its file name; so is a document
/// declared to be one report (a title given with it).</item>
/// <item>Headings: <c>一、</c> (level 1), <c>（一）</c> (level 2), <c>1.</c> (level 3), short unpunctuated lines and document
/// headings; a long numbered line is both a heading (its first sentence) and a paragraph. Each report keeps its own
/// headings, so an interleaved compilation does not lend one report's sections to another. A numbered heading that
/// does not continue the current report's numbering but continues exactly one other report's (<c>三、</c> after that
/// report's <c>二、</c>) belongs to that report, with the paragraphs under it, until a paragraph names the current
/// report's organisation or place, or a heading continues the current report again. A heading nothing stands under
/// becomes a paragraph.</item>
/// <item>A paragraph whose actor is an organisation that has no byline anywhere (an interleaved fragment of another
/// report) starts a report of its own.</item>
/// </list>
/// </summary>
internal sealed class ReportSplitter(OrganisationDirectory organisations, ScriptFold fold, ActorChangeWeights actorChange)
{
    /// <param name="maxParagraphChars">A paragraph joined from lines longer than this is split again into pieces of whole sentences (the reader's passage limit).</param>
    public SplitDocument Split(string sourcePath, IReadOnlyList<SourceLine> sourceLines, bool oneReport = false, int maxParagraphChars = int.MaxValue)
    {
        // A marked item running several unions' briefs together (…；…；…) is cut into them, each an item of the list.
        var (lines, runBriefs) = ListDocument.SplitSemicolonRuns(ListDocument.SplitPairedItems(LongParagraphs.Split(SpacedParagraphs.Split(CutLineJoiner.Join(HardWrapJoiner.Join(ColumnLayout.Unfold(sourceLines)))), maxParagraphChars), organisations), organisations);
        var (list, titledItems) = oneReport ? (ListKind.None, false) : ListDocument.ShapeOf(lines, fold, organisations);
        var bylines = PageBylines.Of(lines);
        // A digest's headlines listed first: each one's next appearance opens its item.
        var navigated = list == ListKind.NavigatedHeadlines ? ListDocument.NavigatedHeadlines(lines) : [];
        // Photographs captioned together over a text telling their events in turn: the captions' items.
        var captioned = list == ListKind.CaptionedItems ? CaptionedItems.Of(lines, organisations) : null;
        var captionedReports = new List<DraftReport>();
        // A topic page's teasers: each opens at its date over its headline, or at its headline.
        var teasers = list == ListKind.TeaserHeadlines ? ListDocument.TeasersOf(lines, fold).ToDictionary(t => t.Opening) : null;
        // A tag page's teasers without headlines: each opens at its paragraph, the page's own first teaser above them.
        var pageTeasers = list == ListKind.PageTeasers ? ListDocument.PageTeaserStarts(lines, fold, organisations) : null;
        var navigationSeen = new HashSet<string>();
        // A list whose items are closed by a name: the item before has ended and the next text opens another.
        var itemClosed = false;
        var reports = new List<DraftReport>();
        var preamble = new DraftReport(sourcePath, "", null, null);
        var current = preamble;
        DraftReport? home = null;
        (SourceLine Line, int Sequence)? pendingTitle = null;
        string? documentTitle = null, collection = null, chronicleUnion = null;
        // A round-up's lead naming its places' unions by their count (甲市、乙县、丙县三地总工会相继…): each place's item is its union's.
        string? countedLead = null;
        var chronicleSought = false;
        string? statedTitle = null;
        SourceLine? datelineHeadline = null;
        var openingHeadings = new List<SourceLine>();
        var dropped = new List<(SourceLine, string)>();
        var afterLinkList = false;
        var teasersMayFollow = false;
        var byTitle = new Dictionary<(string Title, string Author), DraftReport>();

        for (var sequence = 0; sequence < lines.Count; sequence++)
        {
            var line = lines[sequence];
            var text = line.Text.Trim();
            if (text.Length == 0) continue;
            if (captioned is not null && captioned.CaptionIndex(sequence) is var caption and >= 0)
            {
                // At the first caption every caption's item opens, in order, titled by its caption; each caption is its item's text.
                if (captionedReports.Count == 0)
                {
                    collection ??= TakeCollectionTitle(preamble, documentTitle);
                    foreach (var (title, at) in captioned.Titles.Zip(captioned.Captions))
                        captionedReports.Add(Add(reports, new DraftReport(sourcePath, title, null, null) { IsItem = true, Titled = true, Anchor = (lines[at] with { Text = title }, at) }));
                    current = captionedReports[0];
                }
                AddParagraph(captionedReports[caption], line with { Text = text }, sequence);
                continue;
            }
            if (captioned is not null && captioned.StartIndex(sequence) is var started and >= 0) current = captionedReports[started];
            if (line.Pieces.Count == 0 && LineShapes.WithoutOriginalTitleLabel(text) is { } reprinted)
            {
                // 原标题：X reprints a headline: X is the headline; the line as written is kept with the credits, as the
                // label says where the text came from.
                current.Credits.Add(line with { Text = text });
                text = reprinted;
                line = line with { Text = reprinted };
            }
            if (line.Pieces.Count == 0 && current == preamble && reports.Count == 0 && !preamble.Paragraphs.Any(p => !p.WasHeading)
                && LineShapes.HeadlineOfPageTitle(text) is { } pageHeadline && !LineShapes.IsPageTitle(text, NextTexts(lines, sequence + 1)))
            {
                // X-某某网页版 above the text, its headline printed nowhere else: X is the headline; the line as written,
                // the page's title, is kept with the credits.
                current.Credits.Add(line with { Text = text });
                text = pageHeadline;
                line = line with { Text = pageHeadline };
            }
            if (LineShapes.IsPageTitle(text, NextTexts(lines, sequence + 1)))
            {
                // 人民网 | X over the headline X: the page's title, kept with the credits as the site's label of the text.
                current.Credits.Add(line with { Text = text });
                continue;
            }
            if (line.Pieces.Count == 0 && LineShapes.StatedTitle(text) is { } stated)
            {
                // 标题：X states the page's title: X titles the report, and the line is kept with the credits.
                current.Credits.Add(line with { Text = text });
                statedTitle ??= stated;
                continue;
            }
            if (LineClassifier.IsSiteNameOverBreadcrumb(text, NextTexts(lines, sequence + 1), fold))
            {
                dropped.Add((line, "page chrome"));
                continue;
            }
            if (teasers is not null)
            {
                if (teasers.TryGetValue(sequence, out var teaser))
                {
                    // A teaser opens (and its headline titles) its item; what stands above the first titles the page. Its
                    // date over the headline, or its headline's line as written with the date after it, is the item's credit.
                    collection ??= TakeCollectionTitle(preamble, documentTitle);
                    home = null;
                    current = Add(reports, new DraftReport(sourcePath, teaser.Title, null, null) { IsItem = true, Titled = true, Anchor = (lines[teaser.Headline] with { Text = teaser.Title }, teaser.Headline) });
                    if (teaser.Opening != teaser.Headline || teaser.Title != text) current.Credits.Add(line with { Text = text });
                    continue;
                }
                if (teasers.Values.FirstOrDefault(t => t.Headline == sequence && t.Opening != sequence) is { } dated)
                {
                    // The headline under its date titles the item opened there; written with a bullet, the line is kept as a credit too.
                    if (dated.Title != text) current.Credits.Add(line with { Text = text });
                    continue;
                }
                if (ListDocument.IsTeaserLink(text))
                {
                    dropped.Add((line, "page chrome"));
                    continue;
                }
            }
            var kind = LineClassifier.Classify(text, afterLinkList, fold);
            // A chronicle's headline has a date in it (2024年3月大事记), and is its title, not a dateline.
            if (kind == LineKind.Credit && list == ListKind.DatedParagraphs && reports.Count == 0 && ListDocument.IsHeadingLike(text)
                && ListDocument.GenreOf(text, organisations) != ListDocument.TitleGenre.None) kind = LineKind.Prose;
            if (LineClassifier.StartsLinkList(text, fold)) afterLinkList = true;
            else if (kind == LineKind.Prose && text.Length > 40) afterLinkList = false;
            if (kind == LineKind.Chrome)
            {
                dropped.Add((line, "page chrome"));
                if (list == ListKind.SeparatedItems && ListDocument.IsSeparator(text) && current.Paragraphs.Count > 0) itemClosed = true;
                continue;
            }
            if (kind == LineKind.Credit && list == ListKind.DatedHeadlines && (ListDocument.IsDateLine(text) || ListDocument.IsReporterLine(text)) && TakeUnusedHeading(current) is { } datedHeadline)
            {
                // A headline and its date, or its reporters' line, open the next item of a list of news.
                collection ??= TakeCollectionTitle(preamble, documentTitle);
                home = null;
                var kicker = current == preamble ? null : TakeKicker(current, datedHeadline);
                current = Add(reports, new DraftReport(sourcePath, datedHeadline.Text, null, null) { IsItem = true, Titled = true, Anchor = (datedHeadline.Line with { Text = datedHeadline.Text }, datedHeadline.Sequence) });
                if (kicker is not null) KeepAsHeadingText(current, (kicker.Line, kicker.Sequence));
            }
            if (kind == LineKind.Credit)
            {
                // A credit under the page's text: news leads cut with an ellipsis after it are other pages' teasers.
                if (current.Paragraphs.Any(p => !p.WasHeading && p.Line.Text.Length > 40)) teasersMayFollow = true;
                current.Credits.Add(line with { Text = text });
                if (list == ListKind.ClosingCredits && current.Paragraphs.Count > 0 && ListDocument.ClosesItem(text)) itemClosed = true;
                if (list == ListKind.CreditedCaptions && current.Paragraphs.Count > 0 && LineClassifier.IsPhotoCreditLine(text, fold)) itemClosed = true;
                continue;
            }

            if (bylines.IsByline(text) && (!oneReport || preamble.Subtitle is null) && !IsSubtitleInText(text, current, preamble, reports))
            {
                var byline = text.TrimStart('—', '-', '－', ' ', '\u3000').Trim();
                var title = pendingTitle?.Line.Text ?? documentTitle ?? Path.GetFileNameWithoutExtension(sourcePath);
                var pending = pendingTitle;
                if (oneReport)
                {
                    if (pendingTitle is not null) preamble.Title = title;
                    pendingTitle = null;
                    preamble.Subtitle = byline;
                    preamble.Organisation = organisations.FromByline(byline);
                    continue;
                }
                pendingTitle = null;
                if (LineShapes.IsCompilation(byline) || (list != ListKind.None && reports.Count == 0 && preamble.Paragraphs.Count == 0))
                {
                    // The title and byline of the collection, not of one of its reports.
                    documentTitle = title;
                    collection = $"{title} {text}";
                    continue;
                }
                if (list != ListKind.None && pending is { } again && reports.FirstOrDefault(r => r.IsItem && r.Title == again.Line.Text.Trim()) is { } printedAgain)
                {
                    // An item's headline printed again over its full text (an index page's last article): the same item.
                    current = printedAgain;
                    KeepAsHeadingText(current, again);
                    if (current.Subtitle is null) current.Subtitle = byline;
                    else current.Paragraphs.Add(new DraftParagraph(line with { Text = text }, [], sequence, WasHeading: true));
                    home = null;
                    continue;
                }
                var organisation = organisations.FromByline(byline);
                // Two bylines naming no union we know (enterprises) are two reports even under one title.
                var key = (title, organisation ?? byline);
                if (!byTitle.TryGetValue(key, out var existing))
                    byTitle[key] = existing = Add(reports, new DraftReport(sourcePath, title, byline, organisation) { Anchor = (pending?.Line ?? line, sequence) });
                current = existing;
                CloseHeadings(current, 1);
                home = null;
                continue;
            }
            if (!oneReport && list == ListKind.None && current == preamble && reports.Count == 0 && datelineHeadline is null
                && (preamble.Paragraphs.Count(p => !p.WasHeading) <= 1 || !preamble.Paragraphs.Any(p => p.Line.Text.Contains('。')))
                && OpeningHeadline.IsOverDateline(text, NextTexts(lines, sequence + 1), fold, organisations))
            {
                // The line over the page's dateline is its headline, whatever the labels, links or spam above it (one
                // paragraph at most, or no sentence yet), and however long it is or whatever mark ends it.
                var above = current.Headings is [.., { Used: false } top] && !lines.Skip(top.Sequence + 1).Take(sequence - top.Sequence - 1).Any(l => l.Text.Trim().Length > 0)
                    ? top.Line with { Text = top.Text } : null;
                datelineHeadline = OpeningHeadline.OverDateline(above, line with { Text = text }, fold, organisations);
                SetHeading(current, 1, text, line, 0, sequence);
                continue;
            }
            if (LineShapes.IsMarker(text))
            {
                dropped.Add((line, "section marker"));
                continue;
            }

            if (pendingTitle is not null)
            {
                // Its byline was read as something else after all (chrome after a link list): the title stays text.
                KeepAsHeadingText(current, pendingTitle.Value);
                pendingTitle = null;
            }
            if (list == ListKind.OrganisationHeadings && ListDocument.ItemHeadIn(text, organisations) is { } head)
            {
                // A round-up's lead above the places' headings (连日来，某省各级工会…) opens the first item, as above unions' paragraphs.
                var lead = reports.Count == 0 ? TakeRoundupLead(preamble, overHeadings: true) : TakeHeadlineOverLead(reports, preamble, ref collection);
                countedLead ??= lead.Select(p => p.Line.Text).FirstOrDefault(SeveralPlacesUnions.IsNamedIn);
                collection ??= TakeCollectionTitle(preamble, documentTitle);
                home = null;
                // A place's heading under a lead that names that place among the unions it counts: the page says whose
                // item it is, though the item may name only its place acting (某县于近日开展了…).
                var organisation = head.IsOrganisation ? head.Name
                    : countedLead is not null && SeveralPlacesUnions.Lists(countedLead, head.Name) ? organisations.FromByline(head.Name + "总工会") : null;
                if (!head.Inline)
                {
                    // A place-titled heading (某某县：深入一线送关怀) titles its item with the whole line.
                    current = Add(reports, new DraftReport(sourcePath, head.Headline is null && !head.Numbered ? head.Name : text, null, organisation) { IsItem = true, Titled = head.Headline is not null, Anchor = (line, sequence) });
                    current.Paragraphs.AddRange(lead);
                    continue;
                }
                // The name opens the item's text: the text is its first paragraph.
                current = Add(reports, new DraftReport(sourcePath, $"{head.Name}：{ListDocument.ItemTitle(text[(text.IndexOf(head.Name, StringComparison.Ordinal) + head.Name.Length)..].TrimStart('】', ']', ':', '：', ' '))}", null, organisation) { IsItem = true });
                current.Paragraphs.AddRange(lead);
            }
            if (list == ListKind.NavigatedHeadlines && navigated.Contains(ListDocument.NavigationHeadline(text)) && !navigationSeen.Add(ListDocument.NavigationHeadline(text)))
            {
                // The headline again, now over its item's text: it opens (and titles) the item; the list above titles the page.
                collection ??= TakeCollectionTitle(preamble, documentTitle);
                home = null;
                current = Add(reports, new DraftReport(sourcePath, text, null, null) { IsItem = true, Titled = true, Anchor = (line with { Text = text }, sequence) });
                continue;
            }
            if (list == ListKind.AbstractedHeadlines && ListDocument.AbstractedHeadline(text, NextTexts(lines, sequence + 1).FirstOrDefault()) is { } abstracted)
            {
                // A headline over its abstract opens (and titles) its item; what stands above the first titles the page.
                collection ??= TakeCollectionTitle(preamble, documentTitle);
                home = null;
                current = Add(reports, new DraftReport(sourcePath, abstracted, null, null) { IsItem = true, Titled = true, Anchor = (line with { Text = abstracted }, sequence) });
                continue;
            }
            if (list == ListKind.MarkedItems && ListDocument.MarkedHeadline(text) is { } markedHeadline)
            {
                // A marked headline opens its item; the item's text stands under it, unmarked.
                collection ??= TakeCollectionTitle(preamble, documentTitle);
                home = null;
                current = Add(reports, new DraftReport(sourcePath, markedHeadline, null, null) { IsItem = true, Titled = true, Anchor = (line with { Text = text }, sequence) });
                continue;
            }
            if (IsTitle(text) && NextIsByline(lines, sequence + 1, oneReport && preamble.Subtitle is not null, bylines))
            {
                // The line just above a byline is that report's title, whatever it looks like on its own (numbered,
                // with commas): not a heading or a paragraph of the report before it.
                pendingTitle = (line with { Text = text }, sequence);
                continue;
            }
            if ((list == ListKind.SeparatedItems && (itemClosed || current == preamble) || list == ListKind.ClosingCredits && itemClosed)
                && ListDocument.IsHeadingLike(text) && !LineShapes.IsNumbered(text))
            {
                // The first line after a separator or a closed item, when a headline, opens (and titles) the next item.
                collection ??= TakeCollectionTitle(preamble, documentTitle);
                home = null;
                current = Add(reports, new DraftReport(sourcePath, text, null, null) { IsItem = true, Titled = true, Anchor = (line with { Text = text }, sequence) });
                itemClosed = false;
                continue;
            }
            if (list == ListKind.NewsLeads && ListDocument.IsLeadOnly(text))
            {
                // A lead on a line of its own (某某省总工会 张三报道) opens the item its text follows; it credits the item.
                if (!(current.IsItem && current.Paragraphs.Count == 0))
                {
                    collection ??= TakeCollectionTitle(preamble, documentTitle);
                    home = null;
                    current = Add(reports, new DraftReport(sourcePath, "", null, null) { IsItem = true });
                }
                current.Credits.Add(line with { Text = text });
                continue;
            }
            if (list == ListKind.NumberedLines && ListDocument.NumberedHeadline(text) is { } numberedLine)
            {
                // A list of numbered headlines and nothing else: each line is an item, titled and told by its headline.
                collection ??= TakeCollectionTitle(preamble, documentTitle);
                home = null;
                current = Add(reports, new DraftReport(sourcePath, numberedLine.Headline, null, null) { IsItem = true, Titled = true, Anchor = (line with { Text = text }, sequence) });
                AddParagraph(current, line with { Text = text }, sequence);
                continue;
            }
            if (list == ListKind.DatedEntries && ListDocument.BracketedEntryHeadline(text, NextTexts(lines, sequence + 1).FirstOrDefault()) is { } bracketed)
            {
                // A yearbook's entry, its headline in brackets before its text: the line opens (and its headline titles) the entry.
                collection ??= TakeCollectionTitle(preamble, documentTitle);
                home = null;
                current = Add(reports, new DraftReport(sourcePath, bracketed, null, null) { IsItem = true, Titled = true, Anchor = (line with { Text = text }, sequence) });
                AddParagraph(current, line with { Text = text }, sequence);
                continue;
            }
            // In a page of headlined entries, a short exclamation alone between two whole paragraphs (某某驿站很贴心！) is
            // the next entry's headline, not a sentence of the entry above.
            if (list == ListKind.DatedEntries && LineShapes.EndsSentence(text) && line.Pieces.Count == 0 && line.Last == line.Number
                && ListDocument.IsStandaloneEntryHeadline(text, PreviousText(lines, sequence - 1), NextTexts(lines, sequence + 1).FirstOrDefault()))
            {
                SetHeading(current, 1, text, line, 0, sequence);
                continue;
            }
            // A caption without its full stop is still a caption, not a heading; a chronicle's dated entry cut short (the
            // last of a truncated page) is still an entry; so is a brief cut from a run at its semicolon.
            if (!(list == ListKind.Captions && ListDocument.IsPhotoCaption(text)) && !(list == ListKind.DatedParagraphs && ListDocument.OpensEntryOfDatedList(text)) && !runBriefs.Contains(text)
                && LineShapes.HeadingLevel(line, text) is { } level)
            {
                var ordinal = LineShapes.Ordinal(text);
                var value = ordinal is null ? 0 : LineShapes.OrdinalValue(ordinal);
                if (value > 0 && level == 1 && !oneReport) current = Continuing(current, reports, value, ref home);
                // A slogan of two phrases (凝心聚力 建功新时代) is a line of its own, not a headline's second line.
                if (list == ListKind.DatedEntries && value == 0 && current.Headings is [.., { Used: false, Numbered: false } above] && above.Line.Last + 1 == line.Number
                    && ListDocument.IsEntryHeadline(above.Text) && !ListDocument.IsEntryHeadline(text) && !text.Contains(' ') && !text.Contains('\u3000')
                    // A headline in brackets is one of its own, and a digest's headline (某某县总工会近期工作动态) titles the page.
                    && !ListDocument.IsBracketedHeadlineLine(text) && ListDocument.GenreOf(above.Text, organisations) == ListDocument.TitleGenre.None)
                {
                    // An entry's headline wrapped over two lines (a narrow column): one headline.
                    current.Headings[^1] = new OpenHeading(above.Level, above.Text + text, above.Line with { Last = line.Last }, above.Sequence);
                    continue;
                }
                SetHeading(current, level, text, line, value, sequence);
                // A heading under the opening prose heads a section: a document that opens with its text has no headline.
                if (current == preamble && !preamble.Paragraphs.Any(p => !p.WasHeading))
                {
                    openingHeadings.Add(line with { Text = text });
                }
                continue;
            }
            if (list == ListKind.DatedParagraphs && ListDocument.OpensEntryOfDatedList(text))
            {
                // A dated paragraph opens the next entry, under the headings the entry before stood under (a month's
                // line, 3月, heads the entries up to the next) and any nothing stands under yet. Above the first entry
                // only a month's line is a heading: the others title the collection.
                List<OpenHeading> headings = current != preamble ? [.. current.Headings]
                    : current.Headings is [.., { Used: false } top] && ListDocument.IsMonthLine(top.Text) ? [top] : [];
                current.Headings.RemoveAll(h => !h.Used && headings.Contains(h));
                // A chronicle is its union's record: an entry naming no one else (市总工会召开…) is that union's. Its
                // headline may stand under the site's furniture (今天是…, 当前位置…), so each line above is asked alone.
                if (!chronicleSought)
                {
                    chronicleUnion = ChronicleUnion(collection is null ? CollectionLines(preamble, documentTitle) : [collection]);
                    chronicleSought = true;
                }
                collection ??= TakeCollectionTitle(preamble, documentTitle);
                home = null;
                // An entry cut short after its first words (a truncated page) says nothing of who acted.
                var owner = ListDocument.EntryActor(text) is null && ListDocument.OpensWithEntryDate(text) ? chronicleUnion : null;
                current = Add(reports, new DraftReport(sourcePath, ListDocument.ItemTitle(text), null, owner) { IsItem = true });
                foreach (var above in headings) SetHeading(current, above.Level, above.Text, above.Line, 0, above.Sequence);
            }
            else if (pageTeasers is not null && pageTeasers.Contains(sequence))
            {
                // The page's first teaser (its headline over its lead) stays the page's report, titled by its headline.
                home = null;
                current = Add(reports, new DraftReport(sourcePath, ListDocument.ItemTitle(text), null, null) { IsItem = true });
            }
            else if ((list == ListKind.MarkedItems && (ListDocument.IsMarkedItem(text) || runBriefs.Contains(text) || StartsUnmarkedItem(current, reports)))
                || (list == ListKind.NumberedItems && ListDocument.NumberedParagraph(text) is not null)
                || (list == ListKind.UnionParagraphs && ListDocument.StartsRoundupItem(text, organisations) && !(reports.Count == 0 && (ListDocument.IsRoundupLead(text, organisations) || ListDocument.IsAnsweringLead(text, organisations))))
                || (list == ListKind.LedUnionParagraphs && ListDocument.StartsLedRoundupItem(text, organisations)))
            {
                // A round-up's lead (近日，某市各地总工会相继开展…) says what its items are about: it opens the first item.
                var lead = list is ListKind.UnionParagraphs or ListKind.LedUnionParagraphs && reports.Count == 0 ? TakeRoundupLead(preamble, twoStepLead: list == ListKind.UnionParagraphs) : [];
                collection ??= TakeCollectionTitle(preamble, documentTitle);
                home = null;
                current = Add(reports, new DraftReport(sourcePath, ListDocument.ItemTitle(text), null, null) { IsItem = true });
                current.Paragraphs.AddRange(lead.Select(p => p with { SectionPath = [] }));
            }
            else if ((list == ListKind.NewsLeads && ListDocument.OpensWithNewsLead(text) && !(current.IsItem && current.Paragraphs.Count == 0) && !(teasersMayFollow && ListDocument.IsCutWithEllipsis(text)))
                || (list == ListKind.Captions && ListDocument.IsPhotoCaption(text) && !(current.IsItem && current.Paragraphs.Count == 0))
                || (list == ListKind.DatedEntries && (ListDocument.OpensEntry(text) && StartsEntry(current) || StartsStandaloneEntry(current, lines, line, sequence, text)))
                || (list is ListKind.ClosingCredits or ListKind.SeparatedItems or ListKind.CreditedCaptions && (itemClosed || current == preamble))
                || (list == ListKind.ClosingCredits && StartsUnclosedBrief(current, reports, text)))
            {
                itemClosed = false;
                // An item printed again (a page repeating its text) is the same item: its repeats collapse into it.
                if (reports.FirstOrDefault(r => r.IsItem && r.Paragraphs.Any(p => p.Line.Text == text)) is { } repeated) current = repeated;
                else
                {
                    // The headline just above the item's text, when the items have headlines, is its title.
                    // In a page of news leads, a heading right above a lead is that item's headline whatever the others have.
                    // Above the first caption, a line that names no one is the page's (图片新闻), not the photograph's.
                    var headline = titledItems || (list is ListKind.NewsLeads or ListKind.Captions && current.Headings is [.., { Used: false } top] && line.Number - top.Line.Last <= 2
                            && (list == ListKind.NewsLeads || current != preamble || ListDocument.IsEntryHeadline(top.Text)))
                        ? TakeUnusedHeading(current) : null;
                    if (list == ListKind.DatedEntries && headline is not null
                        && reports.FirstOrDefault(r => r.IsItem && r.Titled && r.Title == ListDocument.WithoutPhotoIndex(ListDocument.Unbracketed(headline.Text))) is { } printedAgain)
                    {
                        // An entry's headline printed again over more of its text (a photograph's alternative text, with
                        // the gallery's 第2张 or without) continues that entry, the line kept as a heading of its text.
                        current = printedAgain;
                        KeepAsHeadingText(current, (headline.Line with { Text = headline.Text }, headline.Sequence));
                        home = null;
                    }
                    else
                    {
                        // A round-up's lead above the first lead's item (连日来，某省各级工会…) opens that item.
                        var lead = list == ListKind.NewsLeads && reports.Count == 0 ? TakeRoundupLead(preamble) : [];
                        collection ??= TakeCollectionTitle(preamble, documentTitle);
                        home = null;
                        var kicker = headline is null || current == preamble ? null : TakeKicker(current, headline);
                        current = Add(reports, new DraftReport(sourcePath, headline is null ? ListDocument.ItemTitle(ListDocument.WithoutLead(text)) : ListDocument.Unbracketed(headline.Text), null, null)
                            { IsItem = true, Titled = headline is not null, Anchor = headline is null ? null : (headline.Line with { Text = headline.Text }, headline.Sequence) });
                        // The page's headline over the lead stays the lead's heading: nothing else keeps it.
                        current.Paragraphs.AddRange(lead);
                        if (kicker is not null) KeepAsHeadingText(current, (kicker.Line, kicker.Sequence));
                    }
                }
            }
            if (home is not null && Returns(home, current, text))
            {
                current = home;
                home = null;
            }
            if (list != ListKind.NumberedItems && LineShapes.Ordinal(text) is { } numbered && LineShapes.FirstSentence(text) is { } heading)
                SetHeading(current, LineShapes.LevelOf(numbered), heading, line, LineShapes.OrdinalValue(numbered), sequence);
            // An item opened by its lead alone is titled by its text's first clause.
            if (current.IsItem && current.Title.Length == 0) current.Title = ListDocument.ItemTitle(text);
            AddParagraph(current, line with { Text = text }, sequence);
            if (list == ListKind.ClosingCredits && ListDocument.ClosesItem(text)) itemClosed = true;
        }

        if (pendingTitle is not null) KeepAsHeadingText(current, pendingTitle.Value);
        foreach (var report in reports.Prepend(preamble)) CloseHeadings(report, 1);
        // Above the first report a byline opened, short lines alone (a share button, a counter, a paper's label; no
        // sentence, no text under them) are the page's furniture, not a report: they stay with the page's credits.
        if (list == ListKind.None && reports.Count > 0 && documentTitle is null && preamble.Paragraphs.Count > 0
            && preamble.Paragraphs.All(p => p.WasHeading && p.SectionPath.Count == 0 && ListDocument.IsHeadingLike(p.Line.Text)))
        {
            preamble.Credits.AddRange(preamble.Paragraphs.OrderBy(p => p.Sequence).Select(p => p.Line));
            preamble.Paragraphs.Clear();
        }
        // A site's list of its leaders above a list's first item (王明 某某省总工会主席, one name and its posts a line) is
        // nobody's item: its lines stay text, of the first item.
        if (list != ListKind.None && reports.Count > 0 && preamble.Paragraphs.Any(p => !p.WasHeading)
            && preamble.Paragraphs.Where(p => !p.WasHeading).All(p => ListDocument.IsProfileCaption(p.Line.Text)))
        {
            reports[0].Paragraphs.InsertRange(0, preamble.Paragraphs.OrderBy(p => p.Sequence));
            preamble.Paragraphs.Clear();
        }
        // A page cut right after its last union's or place's heading (a few characters under it, no sentence, no date) heads no
        // item there, as a heading counts only over 20 characters of text: its lines stay text of the item before.
        if (list == ListKind.OrganisationHeadings && CutLastHeading(reports) is { } cut)
        {
            reports.Remove(cut);
            reports[^1].Paragraphs.Add(new DraftParagraph(cut.Anchor!.Value.Line, [], cut.Anchor.Value.Sequence, WasHeading: true));
            reports[^1].Paragraphs.AddRange(cut.Paragraphs.Select(p => p with { SectionPath = [] }));
            reports[^1].Credits.AddRange(cut.Credits);
        }
        // A report announced by its title and byline whose text is missing (a truncated page) still exists, with its title as its text.
        foreach (var report in reports.Where(r => r.Paragraphs.Count == 0 && r.Anchor is not null))
            report.Paragraphs.Add(new DraftParagraph(report.Anchor!.Value.Line with { Text = report.Title }, [], report.Anchor.Value.Sequence));
        if (preamble.Paragraphs.Count > 0 || (reports.Count == 0 && preamble.Credits.Count > 0))
        {
            if (preamble.Title.Length == 0)
            {
                var headline = documentTitle is null ? datelineHeadline ?? OpeningHeadline.Choose(openingHeadings, fold, organisations) : null;
                // A feature's subtitle (——某市工会工作扫描) stands under its headline, which titles the page.
                if (headline is not null && LineShapes.IsFeatureSubtitle(headline.Text)
                    && preamble.Paragraphs.Where(p => p.WasHeading && p.Line.Number < headline.Number).MaxBy(p => p.Line.Number) is { } overSubtitle
                    && !OpeningHeadline.IsFurniture(overSubtitle.Line.Text, fold, organisations))
                    headline = overSubtitle.Line;
                // Labels alone above the text are no headline: the document has none, and is titled by its file's name.
                var labelsOnly = documentTitle is null && headline is null && openingHeadings.Count > 0
                    && openingHeadings.All(h => OpeningHeadline.IsNoHeadline(h.Text, fold, organisations));
                preamble.Title = documentTitle ?? statedTitle ?? headline?.Text ?? (labelsOnly ? null : OpeningHeadline.Fallback(openingHeadings, fold, organisations)?.Text)
                    ?? (reports.Count == 0 && list == ListKind.None ? ClosingHeadline(preamble, lines, fold, organisations) : null) ?? Path.GetFileNameWithoutExtension(sourcePath);
                // The site's and column's labels over the headline are the page's, kept with the credits as the title line of a page is.
                // Only those the page opens with: a short line after a headline-like one (a headline's second line in
                // a page's index of items, 某某一行 / 莅临调研) is text, and stays searchable.
                if (headline is not null)
                    foreach (var label in preamble.Paragraphs.OrderBy(p => p.Line.Number)
                                 .TakeWhile(p => p.WasHeading && p.SectionPath.Count == 0 && p.Line.Number < headline.Number
                                     && OpeningHeadline.IsFurniture(p.Line.Text, fold, organisations) && !ListDocument.IsProfileCaption(p.Line.Text)).ToList())
                    {
                        preamble.Paragraphs.Remove(label);
                        preamble.Credits.Add(label.Line);
                    }
            }
            // The first heading titles the report; it is not also a paragraph (unless it is all the report has).
            if (preamble.Paragraphs.Count > 1) preamble.Paragraphs.RemoveAll(p => p.WasHeading && p.Line.Text == preamble.Title && p.SectionPath.Count == 0);
            reports.Insert(0, preamble);
        }
        var collectionCredits = reports.Contains(preamble) ? [] : preamble.Credits;
        // A page no shape claimed and no byline divides is cut where the acting union changes (ActorChangeBoundaries).
        var split = oneReport || list != ListKind.None ? reports
            : reports is [var whole] && whole == preamble ? ActorChangeBoundaries.Split(whole, organisations, actorChange) : SplitOffForeignActors(reports);
        return new SplitDocument(split, dropped, collection, collectionCredits);
    }

    /// <summary>
    /// The headline of a page that prints it under its text (a copied page opening with its first paragraph, the headline
    /// after the last one, then the site's furniture): a headline-like line of seven Chinese characters or more, not
    /// furniture, after two whole paragraphs or more and after every one, with nothing but short lines without a sentence
    /// after it (an advertisement, a link; chrome and credits are gone already), titles the page instead of the file's
    /// name. It must stand right above the site's pager or related list (上一篇, 相关新闻, within three lines): a closing slogan,
    /// a sponsor's or an address line, a source credit, a line cut mid-sentence title nothing, nor does a line with prose after it.
    /// </summary>
    private static string? ClosingHeadline(DraftReport page, IReadOnlyList<SourceLine> lines, ScriptFold fold, OrganisationDirectory organisations)
    {
        var ordered = page.Paragraphs.OrderBy(p => p.Sequence).ToList();
        var whole = ordered.Where(p => p.Line.Text.Trim() is var t && t.Length >= 20 && (LineShapes.EndsSentence(t) || t.Contains('。'))).ToList();
        if (whole.Count < 2) return null;
        var after = ordered.Skip(ordered.IndexOf(whole[^1]) + 1).ToList();
        if (after.Count == 0) return null;
        var line = after[0].Line;
        var text = line.Text.Trim();
        if (!ListDocument.IsHeadingLike(text) || text.Count(LineShapes.IsHan) < 7 || text.IndexOfAny([':', '：', '|', '｜']) >= 0
            || OpeningHeadline.IsFurniture(text, fold, organisations) || ListDocument.IsPhotoCaption(text)) return null;
        if (!after.Skip(1).All(p => p.Line.Text.Trim() is var rest && rest.Length <= 40 && !LineShapes.EndsSentence(rest) && !rest.Contains('。'))) return null;
        // The site's pager or related list (上一篇, 相关新闻) within the next three lines with text: the page's end.
        return lines.Where(l => l.Number > line.Last && l.Text.Trim().Length > 0).Take(3).Any(l => LineClassifier.StartsLinkList(l.Text.Trim(), fold)) ? text : null;
    }

    /// <summary>
    /// Where a list document's items start, what stands before the first item is the list's own title (a page name,
    /// a column, a series title): it titles the collection and is no report of its own.
    /// </summary>
    private static string? TakeCollectionTitle(DraftReport preamble, string? documentTitle)
    {
        if (preamble.Paragraphs.Any(p => !p.WasHeading)) return documentTitle;
        var titles = CollectionLines(preamble, documentTitle);
        preamble.Paragraphs.Clear();
        preamble.Headings.Clear();
        return titles.Count == 0 ? null : string.Join(" ", titles);
    }

    /// <summary>
    /// The round-up's lead, the last paragraph of prose above the first item, taken out of the preamble with the prose above
    /// it (the page's photograph's caption); empty when the prose there ends in no round-up lead (over headed sections,
    /// <paramref name="overHeadings"/>, also a lead listing three or more unions, <see cref="ListedUnionsLead"/>, or one in
    /// which an area's unions or several actors act together in any sentence, <see cref="ListDocument.IntroducesSections"/>).
    /// </summary>
    /// <param name="twoStepLead">Over a round-up of unions' paragraphs, also a lead in two steps (<see cref="ListDocument.IsLeadOfAreaUnionsLater"/>): over one news item and its further item (又讯) it is that item's text.</param>
    private List<DraftParagraph> TakeRoundupLead(DraftReport preamble, bool overHeadings = false, bool twoStepLead = false)
    {
        var prose = preamble.Paragraphs.Where(p => !p.WasHeading).ToList();
        // A web page prints its first photograph's caption (慰问现场。) between the lead and the first item: the lead is the
        // last paragraph of prose above the captions, which go with it into the first item.
        var lead = prose.FindLastIndex(p => !OpeningHeadline.IsSceneCaption(p.Line.Text)) is var at and >= 0 ? prose[at].Line.Text : "";
        // Above unions' or places' headings, a lead listing the unions whose sections follow introduces them too.
        if (lead.Length == 0 || !(ListDocument.IsRoundupLead(lead, organisations) || ListDocument.IsAnsweringLead(lead, organisations) || twoStepLead && ListDocument.IsLeadOfAreaUnionsLater(lead, organisations)
                                  || overHeadings && (ListedUnionsLead.IsListedIn(lead, organisations)
                                                      || ListDocument.IntroducesSections(lead, organisations)
                                                      // An editor's note over a compilation says what its items are, as a round-up's lead does.
                                                      || prose.All(p => ListDocument.IsEditorsNote(p.Line.Text))))) return [];
        preamble.Paragraphs.RemoveAll(prose.Contains);
        return prose;
    }

    /// <summary>
    /// The page's headline read as the first section's heading (<c>某省工会：多彩活动暖人心</c>, a union or place before a colon,
    /// at the top of the page) with nothing under it but a lead introducing the sections (<see cref="ListDocument.IntroducesSections"/>):
    /// at the second heading it turns out to be the page's headline. It titles the collection, its lead opens the first
    /// real section's item, and its credits (the dateline) are the page's.
    /// </summary>
    private List<DraftParagraph> TakeHeadlineOverLead(List<DraftReport> reports, DraftReport preamble, ref string? collection)
    {
        if (reports is not [{ Titled: true } headline] || preamble.Paragraphs.Any(p => !p.WasHeading) || collection is not null) return [];
        var prose = headline.Paragraphs.Where(p => !p.WasHeading).ToList();
        if (prose is not [var lead] || headline.Paragraphs.Count != 1 || !ListDocument.IntroducesSections(lead.Line.Text, organisations)) return [];
        reports.Clear();
        collection = headline.Title;
        preamble.Credits.AddRange(headline.Credits);
        return [lead];
    }

    /// <summary>The lines that would title the collection: the document's title, then the headings before the first item.</summary>
    private static List<string> CollectionLines(DraftReport preamble, string? documentTitle)
    {
        if (preamble.Paragraphs.Any(p => !p.WasHeading)) return documentTitle is null ? [] : [documentTitle];
        var titles = preamble.Paragraphs.Select(p => p.Line.Text).Concat(preamble.Headings.Select(h => h.Text)).ToList();
        if (documentTitle is not null) titles.Insert(0, documentTitle);
        return titles;
    }

    /// <summary>The union whose chronicle this is, named in the line among <paramref name="titles"/> that is a chronicle's headline.</summary>
    private string? ChronicleUnion(IEnumerable<string> titles) =>
        titles.Where(t => ListDocument.GenreOf(t, organisations) == ListDocument.TitleGenre.Chronicle)
            .Select(t => organisations.ActorIn(t)).FirstOrDefault(u => u is not null);

    /// <summary>In a list whose items are one paragraph each, a paragraph after a complete item is the next item even without its marker.</summary>
    /// <summary>
    /// The last of three or more heading items when the page ends under its heading: less than 20 characters of text and
    /// no sentence under it (a page cut after one character of the item, or right after the heading). An item whose text
    /// is a whole sentence, however short, is one, and so is one whose date survives (<c>8月28日，</c>): the page kept when
    /// it happened, as a report announced by its title keeps its title.
    /// </summary>
    private static DraftReport? CutLastHeading(List<DraftReport> reports) =>
        reports.Count(r => r.IsItem) >= 3 && reports[^1] is { IsItem: true, Titled: false, Anchor: not null } last && reports[^2].IsItem
        && last.Paragraphs.Sum(p => p.Line.Text.Trim().Length) < 20
        && !last.Paragraphs.Any(p => LineShapes.EndsSentence(p.Line.Text.Trim()) || ListDocument.OpensWithDateAlone(p.Line.Text))
            ? last
            : null;

    /// <summary>
    /// In a page of one-paragraph briefs each closed by its writers' names (<c>…参加了比赛。（王明 李华）</c>), a brief the page
    /// printed without its names is closed all the same by the next brief opening with its date, as the current one did:
    /// every item so far is one paragraph, two at least open with their date. An item of several paragraphs, or one whose
    /// paragraphs open otherwise, goes on to its names.
    /// </summary>
    private static bool StartsUnclosedBrief(DraftReport current, List<DraftReport> reports, string text)
    {
        if (!current.IsItem || !ListDocument.OpensWithDate(text) || text.Length < 40) return false;
        var items = reports.Where(r => r.IsItem).Select(r => r.Paragraphs.Where(p => !p.WasHeading).ToList()).ToList();
        return items.Count >= 2 && items.All(p => p.Count == 1) && ListDocument.OpensWithDate(items[^1][0].Line.Text)
            && items.Count(p => ListDocument.OpensWithDate(p[0].Line.Text)) >= 2;
    }

    private static bool StartsUnmarkedItem(DraftReport current, List<DraftReport> reports) =>
        current.IsItem && !current.Titled && current.Paragraphs.Count == 1 && reports.Where(r => r.IsItem).All(r => !r.Titled && r.Paragraphs.Count == 1);

    /// <summary>
    /// Whether the heading right above this paragraph is an entry's headline standing alone between two whole paragraphs
    /// (<see cref="ListDocument.IsStandaloneEntryHeadline"/>): it opens an entry whatever the entry's text opens with.
    /// </summary>
    private static bool StartsStandaloneEntry(DraftReport report, IReadOnlyList<SourceLine> lines, SourceLine line, int sequence, string text) =>
        report.Headings is [.., { Used: false } top] && PreviousText(lines, sequence - 1) == top.Line.Text.Trim()
        && ListDocument.IsStandaloneEntryHeadline(top.Text, PreviousText(lines, top.Sequence - 1), text);

    /// <summary>The last non-empty line at or before <paramref name="from"/>, trimmed; null when there is none.</summary>
    private static string? PreviousText(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i >= 0; i--)
            if (lines[i].Text.Trim() is { Length: > 0 } text) return text;
        return null;
    }

    /// <summary>Whether the heading on top of a report's stack, nothing under it yet, is an entry's headline (naming who or where, or set in brackets).</summary>
    private static bool StartsEntry(DraftReport report) =>
        report.Headings is [.., { Used: false } top] && (ListDocument.IsEntryHeadline(top.Text) || ListDocument.IsBracketedHeadlineLine(top.Text));

    /// <summary>The heading on top of a report's stack when nothing stands under it yet (the next item's headline), taken off the stack.</summary>
    private static OpenHeading? TakeUnusedHeading(DraftReport report)
    {
        if (report.Headings.Count == 0 || report.Headings[^1].Used) return null;
        var heading = report.Headings[^1];
        report.Headings.RemoveAt(report.Headings.Count - 1);
        return heading;
    }

    /// <summary>
    /// The kicker over an item's headline (a slogan, <c>关爱户外劳动者 温暖送到心坎上</c>, on the line just above it), which
    /// the report before kept as a heading nothing stood under: it is the next item's, as a newspaper prints it. A
    /// numbered heading or another item's headline is no kicker.
    /// </summary>
    private static DraftParagraph? TakeKicker(DraftReport before, OpenHeading headline)
    {
        if (before.Paragraphs is not [.., { WasHeading: true } kicker] || kicker.Sequence > headline.Sequence || headline.Line.Number - kicker.Line.Last > 2
            || kicker.Line.Pieces.Count > 0 || LineShapes.IsNumbered(kicker.Line.Text) || !ListDocument.IsHeadingLike(kicker.Line.Text)
            || ListDocument.IsEntryHeadline(kicker.Line.Text)) return null;
        before.Paragraphs.RemoveAt(before.Paragraphs.Count - 1);
        return kicker;
    }

    /// <summary>
    /// The report a numbered level-1 heading belongs to: the current one when it continues its numbering (or nobody's),
    /// else the one other report whose numbering it continues. <paramref name="home"/> remembers the report the byline
    /// opened while another one is continued.
    /// </summary>
    private static DraftReport Continuing(DraftReport current, List<DraftReport> reports, int value, ref DraftReport? home)
    {
        if (value == Next(current)) return current;
        if (home is not null && value == Next(home))
        {
            var back = home;
            home = null;
            return back;
        }
        if (value <= 1) return current;
        // Interleaved reports stand near each other: the last few are enough, and the cost per heading stays bounded.
        var continued = reports.TakeLast(32).Where(r => r != current && Next(r) == value).Take(2).ToList();
        if (continued.Count != 1) return current;
        home ??= current;
        if (continued[0] == home) home = null;
        return continued[0];

        static int Next(DraftReport report) => report.LastOrdinal.GetValueOrDefault(1) + 1;
    }

    /// <summary>Whether a paragraph names the organisation (or its place) of the report the byline opened, and not the one being continued.</summary>
    private bool Returns(DraftReport home, DraftReport continued, string paragraph)
    {
        var opening = Dedup.TextNormalizer.WithoutOrdinal(paragraph);
        if (opening.Length > 60) opening = opening[..60];
        return Names(home).Any(n => opening.Contains(n, StringComparison.Ordinal))
            && !Names(continued).Any(n => opening.Contains(n, StringComparison.Ordinal));
    }

    /// <summary>A report's organisation, the place in its region and that place's short form (平湖市总工会, 平湖市, 平湖).</summary>
    private IEnumerable<string> Names(DraftReport report)
    {
        if (string.IsNullOrEmpty(report.Organisation)) yield break;
        yield return report.Organisation;
        if (organisations.RegionOf(report.Organisation) is not { } region) yield break;
        var place = region[(region.LastIndexOf('/') + 1)..];
        yield return place;
        if (place.Length > 2 && place[^1] is '省' or '市' or '区' or '县') yield return place[..^1];
    }

    private static void AddParagraph(DraftReport report, SourceLine line, int sequence)
    {
        foreach (var heading in report.Headings) heading.Used = true;
        report.Paragraphs.Add(new DraftParagraph(line, report.Headings.Select(h => h.Text).ToList(), sequence, InOutline: report.HasOutline && report.Headings.Any(h => h.Numbered)));
    }

    private static void SetHeading(DraftReport report, int level, string text, SourceLine line, int ordinal, int sequence)
    {
        CloseHeadings(report, level);
        if (ordinal == 1 || (ordinal > 1 && report.LastOrdinal.GetValueOrDefault(level) + 1 == ordinal)) report.HasOutline = true;
        report.Headings.Add(new OpenHeading(level, text, line, sequence) { Numbered = ordinal > 0 });
        if (ordinal > 0) report.LastOrdinal[level] = ordinal;
        foreach (var deeper in report.LastOrdinal.Keys.Where(l => l > level).ToList()) report.LastOrdinal.Remove(deeper);
    }

    /// <summary>Closes the headings at <paramref name="level"/> and deeper; one nothing stood under becomes a paragraph, so its text is kept.</summary>
    private static void CloseHeadings(DraftReport report, int level)
    {
        while (report.Headings.Count > 0 && report.Headings[^1].Level >= level)
        {
            var heading = report.Headings[^1];
            report.Headings.RemoveAt(report.Headings.Count - 1);
            if (heading.Used) continue;
            foreach (var above in report.Headings) above.Used = true;
            report.Paragraphs.Add(new DraftParagraph(heading.Line with { Text = heading.Text }, report.Headings.Select(h => h.Text).ToList(), heading.Sequence, WasHeading: true,
                InOutline: report.HasOutline && (heading.Numbered || report.Headings.Any(h => h.Numbered))));
        }
    }

    private static void KeepAsHeadingText(DraftReport report, (SourceLine Line, int Sequence) title) =>
        report.Paragraphs.Add(new DraftParagraph(title.Line, report.Headings.Select(h => h.Text).ToList(), title.Sequence, WasHeading: true));

    private static IEnumerable<string> NextTexts(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (lines[i].Text.Trim() is { Length: > 0 } text) yield return text;
    }

    /// <summary>
    /// Whether a <c>——</c> line is a heading's subtitle in the middle of a text rather than a byline: the document's
    /// text has begun, no byline has opened a report yet, and the line names no one (<c>——最美职工小家</c>). A byline
    /// says whose report follows (<c>——某某市总工会…</c>, <c>——某某集团…</c>); a feature's decorative headings carry
    /// subtitles that do not. It stays text: the heading above it, then itself, under the report being read.
    /// </summary>
    private bool IsSubtitleInText(string text, DraftReport current, DraftReport preamble, List<DraftReport> reports)
    {
        if (reports.Count > 0 || current != preamble || !preamble.Paragraphs.Any(p => !p.WasHeading)) return false;
        var subtitle = text.TrimStart('—', '-', '－', ' ', '\u3000').Trim();
        return subtitle.Length > 0 && !LineShapes.IsCompilation(subtitle) && organisations.FromByline(subtitle) is null && !ListDocument.OpensWithActor(subtitle);
    }

    /// <summary>A line short enough to be a title and not a sentence (a paragraph's last sentence above a byline is no title).</summary>
    private static bool IsTitle(string text) => text.Length <= 2 * LineShapes.MaxHeadingLength && !LineShapes.EndsSentence(text);

    /// <summary>
    /// Whether the next line with text, past credits, page chrome and section markers (which may stand between a title
    /// and its byline), is a byline the loop reads as one.
    /// </summary>
    private bool NextIsByline(IReadOnlyList<SourceLine> lines, int from, bool bylinesAreText, PageBylines bylines)
    {
        if (bylinesAreText) return false;
        for (int i = from, skipped = 0; i < lines.Count && skipped <= 4; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0) continue;
            if (LineShapes.IsByline(text)) return bylines.IsByline(text);
            if (!LineShapes.IsMarker(text) && LineClassifier.Classify(text, afterLinkList: false, fold) is not (LineKind.Credit or LineKind.Chrome)) return false;
            skipped++;
        }
        return false;
    }

    /// <summary>
    /// An organisation that acts in a paragraph but has no byline report of its own (the seed's 中铁四局工会 fragment)
    /// gets a report from that paragraph to the end of the report it was found in — unless the paragraph stands in a
    /// numbered section of a report whose numbering began in order (<c>一、</c>, or one number after another): a report
    /// tells what others did (an enterprise, the federation) inside its own outline, and an interleaved fragment
    /// stands outside it.
    /// </summary>
    private List<DraftReport> SplitOffForeignActors(List<DraftReport> reports)
    {
        var withByline = reports.Select(r => r.Organisation).Where(o => o is not null).ToHashSet();
        var result = new List<DraftReport>();
        foreach (var report in reports)
        {
            result.Add(report);
            if (report.Organisation is null) continue;
            for (var i = 0; i < report.Paragraphs.Count; i++)
            {
                if (report.Paragraphs[i].InOutline) continue;
                var actor = organisations.ActorIn(report.Paragraphs[i].Line.Text);
                if (actor is null || withByline.Contains(actor)) continue;
                var split = new DraftReport(report.SourcePath, TitleFrom(actor, report.Paragraphs[i].Line.Text), null, actor);
                split.Paragraphs.AddRange(report.Paragraphs.Skip(i));
                report.Paragraphs.RemoveRange(i, report.Paragraphs.Count - i);
                result.Add(split);
                withByline.Add(actor);
                break;
            }
        }
        return result;
    }

    private static string TitleFrom(string organisation, string paragraph)
    {
        var sentence = LineShapes.FirstSentence(paragraph) ?? paragraph;
        var clause = sentence.Length > 30 ? sentence[..30] + "…" : sentence;
        return $"{organisation}：{clause}";
    }

    private static DraftReport Add(List<DraftReport> reports, DraftReport report)
    {
        reports.Add(report);
        return report;
    }
}
