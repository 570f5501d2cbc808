using System.Text;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// Joins the lines of a hard-wrapped text (a break every 25–40 characters, mid-sentence, as mail, PDF-to-text and some
/// web exports leave it) back into paragraphs, so wrapped lines become neither headings nor separate passages.
/// <para>
/// A document is wrapped when at least three lines, and a quarter of its lines, stop short of a sentence's end at
/// nearly the same width W (in display columns: a CJK character counts two), and almost no line is wider. Then a line
/// is joined to the next when it is that wide (within a sixth of W: a word that did not fit leaves a shorter line)
/// and does not end a clause, and the next line (one blank line between them at most) does not start a numbered item
/// or a byline. A heading-shaped line is
/// short, so it is never joined; the line that ends a paragraph is joined to it.
/// </para>
/// </summary>
internal static partial class HardWrapJoiner
{
    private const int MinimumWidth = 20;

    // A tag page whose last paragraphs the site cut to one length (ListDocument.PageTeaserStarts) is no wrapped text:
    // each of those lines is another page's teaser, and none is the rest of the one before.
    public static IReadOnlyList<SourceLine> Join(IReadOnlyList<SourceLine> lines) =>
        ListDocument.EndsInCutTeasers(lines.Select(l => l.Text.Trim()).Where(t => t.Length >= 20).ToList()) ? lines : JoinBrokenSentences(JoinWrapped(lines));

    /// <summary>
    /// A line that stops mid-sentence whose next line opens with the sentence's last word (<c>…制度的必备</c> /
    /// <c>要件。为此…</c>): no paragraph opens with a sentence of one to four characters, so the two are one paragraph,
    /// whatever the width of the lines.
    /// </summary>
    internal static IReadOnlyList<SourceLine> JoinBrokenSentences(IReadOnlyList<SourceLine> lines)
    {
        var result = new List<SourceLine>(lines.Count);
        var joined = false;
        foreach (var line in lines)
        {
            var previous = result.Count > 0 ? result[^1] : null;
            if (previous is not null && previous.HeadingLevel == 0 && line.HeadingLevel == 0 && line.Number > previous.Last && line.Number - previous.Last <= 2
                && previous.Pieces.Count == 0 && previous.Text.Length >= 8 && !LineShapes.EndsClause(previous.Text)
                && !LineShapes.IsNumbered(previous.Text) && !LineShapes.IsByline(previous.Text) && SentenceTail().IsMatch(line.Text)
                // A teaser's link (更多, [详细]) under a summary the page cut is a button, not the sentence's last word.
                && !ListDocument.IsTeaserLink(line.Text))
            {
                result[^1] = previous with { Text = previous.Text + line.Text, Last = line.Last };
                joined = true;
                continue;
            }
            result.Add(line);
        }
        return joined ? result : lines;
    }

    private static IReadOnlyList<SourceLine> JoinWrapped(IReadOnlyList<SourceLine> lines)
    {
        if (WrapWidth(lines) is not { } width) return lines;
        var slack = Slack(width);
        var result = new List<SourceLine>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            var text = new StringBuilder(line.Text);
            var last = line.Last;
            var j = i + 1;
            while (j < lines.Count && line.HeadingLevel == 0 && lines[j].HeadingLevel == 0
                   // one blank line may stand inside a wrapped paragraph (a page's layout, a double-spaced export)
                   && lines[j].Number > last && lines[j].Number - last <= 2
                   && IsWrapped(lines[j - 1].Text, width, slack)
                   && !StartsItem(lines[j].Text))
            {
                if (NeedsSpace(text[^1], lines[j].Text[0])) text.Append(' ');
                text.Append(lines[j].Text);
                last = lines[j].Last;
                j++;
            }
            result.Add(j == i + 1 ? line : line with { Text = text.ToString(), Last = last });
            i = j;
        }
        return result;
    }

    /// <summary>The width most lines that stop mid-sentence stop at, when the document is wrapped; otherwise null.</summary>
    internal static int? WrapWidth(IReadOnlyList<SourceLine> lines)
    {
        var body = lines.Where(l => l.HeadingLevel == 0).Select(l => (Width: LineShapes.DisplayWidth(l.Text), Open: !LineShapes.EndsClause(l.Text) && !IsTabular(l.Text)))
            .Where(l => l.Width >= MinimumWidth).ToList();
        if (body.Count < 3) return null;
        var open = body.Where(l => l.Open).Select(l => l.Width).Order().ToArray();
        int? best = null;
        var bestCount = 0;
        // For each width W (ascending), the open lines with a width in [W - slack(W), W]: a window over the sorted widths.
        for (int high = 0, low = 0; high < open.Length; high++)
        {
            var candidate = open[high];
            while (open[low] < candidate - Slack(candidate)) low++;
            var count = high - low + 1;
            if (count >= bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }
        if (best is not { } width || bestCount < 3 || bestCount * 4 < body.Count) return null;
        // In a wrapped text no line is much wider than the wrap; in an ordinary one, paragraphs are.
        var wider = body.Count(l => l.Width > width + 4);
        return wider * 10 > body.Count ? null : width;
    }

    private static bool IsWrapped(string text, int width, int slack) =>
        !LineShapes.EndsClause(text) && LineShapes.DisplayWidth(text) >= width - slack && !IsTabular(text);

    /// <summary>A row of a table (cells aligned with runs of spaces or tabs) is not wrapped prose, however wide.</summary>
    private static bool IsTabular(string text) => text.Contains("  ", StringComparison.Ordinal) || text.Contains('\t') || text.Contains("\u3000\u3000", StringComparison.Ordinal);

    // A bulleted line (• 某某headline, △某某) is a list's next item, never the rest of a line cut short (an index page's abstract).
    // A teaser's link (更多, [详细]) or its date line under a summary the page cut at about one width is no wrapped line's rest.
    private static bool StartsItem(string text) =>
        LineShapes.IsNumbered(text) || LineShapes.IsEnumerated(text) || LineShapes.IsByline(text) || ListDocument.IsMarkedItem(text)
        || ListDocument.IsTeaserLink(text) || ListDocument.IsDateLine(text);

    /// <summary>How much shorter than the wrap width a wrapped line may be: a word, a number or a half-width run that did not fit.</summary>
    private static int Slack(int width) => Math.Max(4, width / 6);

    private static bool NeedsSpace(char before, char after) => char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after);

    // The end of a sentence begun on the line before: one to four characters and a full stop, then more text.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\u3400-\u9FFF]{1,4}[。！？；].")]
    private static partial System.Text.RegularExpressions.Regex SentenceTail();
}
