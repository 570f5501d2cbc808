using System.Text.RegularExpressions;
using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// Splits a document's lines into reports, sections and paragraphs. A report starts at a title line followed by a
/// <c>——</c> byline (whose organisation it takes); a byline naming a compilation (集萃, 汇编…) titles the document,
/// not a report. A title+byline seen again continues the earlier report. Headings: <c>一、</c> (level 1),
/// <c>（一）</c> (level 2), <c>1.</c> (level 3), short unpunctuated lines and document headings; a long numbered
/// line is both a heading (its first sentence) and a paragraph. <c>专题</c> markers are dropped. A paragraph whose
/// actor is an organisation that has no byline anywhere (an interleaved fragment of another report) starts a report
/// of its own. A document without bylines is one report, titled by its first heading or its file name.
/// </summary>
internal sealed partial class ReportSplitter(OrganisationDirectory organisations)
{
    private const int MaxHeadingLength = 40;

    public IReadOnlyList<DraftReport> Split(string sourcePath, IReadOnlyList<SourceLine> lines)
    {
        var reports = new List<DraftReport>();
        var preamble = new DraftReport(sourcePath, "", null, null);
        var current = preamble;
        var headings = new List<(int Level, string Text)>();
        SourceLine? pendingTitle = null;
        string? documentTitle = null;

        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length == 0) continue;
            if (Byline().IsMatch(text))
            {
                var title = pendingTitle?.Text ?? documentTitle ?? Path.GetFileNameWithoutExtension(sourcePath);
                if (pendingTitle is not null) RetractHeading(headings, pendingTitle.Text);
                pendingTitle = null;
                var byline = text.TrimStart('—', '-', '－', ' ', '\u3000').Trim();
                if (Compilation().IsMatch(byline))
                {
                    documentTitle = title;
                    continue;
                }
                var organisation = organisations.FromByline(byline);
                current = reports.FirstOrDefault(r => r.Title == title && r.Organisation == organisation)
                    ?? Add(reports, new DraftReport(sourcePath, title, byline, organisation));
                headings.Clear();
                continue;
            }
            if (Marker().IsMatch(text)) continue;

            if (HeadingLevel(line, text) is { } level)
            {
                SetHeading(headings, level, text);
                pendingTitle = level == 1 && !Numbered().IsMatch(text) ? line : null;
                continue;
            }
            pendingTitle = null;
            if (Numbered().Match(text) is { Success: true } numbered && FirstSentence(text) is { } heading)
                SetHeading(headings, LevelOf(numbered.Value), heading);
            current.Paragraphs.Add(new DraftParagraph(line with { Text = text }, headings.Select(h => h.Text).ToList()));
        }

        if (preamble.Paragraphs.Count > 0)
        {
            preamble.Title = documentTitle ?? FirstHeading(lines) ?? Path.GetFileNameWithoutExtension(sourcePath);
            reports.Insert(0, preamble);
        }
        return SplitOffForeignActors(reports);
    }

    /// <summary>
    /// An organisation that acts in a paragraph but has no byline report of its own (the seed's 中铁四局工会 fragment)
    /// gets a report from that paragraph to the end of the report it was found in.
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
        var sentence = FirstSentence(paragraph) ?? paragraph;
        var clause = sentence.Length > 30 ? sentence[..30] + "…" : sentence;
        return $"{organisation}：{clause}";
    }

    private static int? HeadingLevel(SourceLine line, string text)
    {
        if (line.HeadingLevel > 0) return line.HeadingLevel;
        if (text.Length > MaxHeadingLength || EndsSentence(text)) return null;
        if (Numbered().Match(text) is { Success: true } numbered) return LevelOf(numbered.Value);
        if (Enumerated().IsMatch(text)) return null;
        return text.Contains('，') || text.Contains('。') ? null : 1;
    }

    private static int LevelOf(string ordinal) =>
        ordinal.StartsWith('（') || ordinal.StartsWith('(') ? 2 : char.IsAsciiDigit(ordinal[0]) ? 3 : 1;

    /// <summary>The opening sentence of a numbered paragraph, when short enough to be its heading.</summary>
    private static string? FirstSentence(string text)
    {
        var end = text.IndexOfAny(['。', '！', '？', '；']);
        if (end < 0 || end > MaxHeadingLength) return null;
        return text[..end].Trim();
    }

    private static void SetHeading(List<(int Level, string Text)> headings, int level, string text)
    {
        headings.RemoveAll(h => h.Level >= level);
        headings.Add((level, text));
    }

    private static void RetractHeading(List<(int Level, string Text)> headings, string text) =>
        headings.RemoveAll(h => h.Text == text);

    private static DraftReport Add(List<DraftReport> reports, DraftReport report)
    {
        reports.Add(report);
        return report;
    }

    private static string? FirstHeading(IReadOnlyList<SourceLine> lines) =>
        lines.FirstOrDefault(l => l.HeadingLevel > 0 || (l.Text.Length <= MaxHeadingLength && !EndsSentence(l.Text)))?.Text;

    private static bool EndsSentence(string text) => text[^1] is '。' or '！' or '？' or '；' or '.' or '!' or '?';

    [GeneratedRegex(@"^\s*(?:——|--|－－|—\s*—)")]
    private static partial Regex Byline();

    [GeneratedRegex("集萃|汇编|选编|文集|经验交流材料$")]
    private static partial Regex Compilation();

    [GeneratedRegex(@"^(?:专题|附件\d*|目录)$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.．、](?!\d))")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^[一二三四五六七八九十]+是")]
    private static partial Regex Enumerated();
}
