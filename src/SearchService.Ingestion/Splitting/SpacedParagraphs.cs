using System.Text.RegularExpressions;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// A paragraph break a page kept only as the next paragraph's indent: a run of spaces inside a line right after a
/// sentence's end (<c>…送到了他们身边。    某某集团工会连续多日…</c>), which a copied web page leaves where its line break
/// was lost. The line is cut there into two paragraphs, each keeping the line's number. A run of spaces anywhere else
/// (between a table's cells, inside a name padded by a typeset list, before a closing name in brackets) cuts nothing,
/// nor does one in a line cut with an ellipsis (an abstract or a teaser printed over the text, which stays one line).
/// </summary>
internal static partial class SpacedParagraphs
{
    public static IReadOnlyList<SourceLine> Split(IReadOnlyList<SourceLine> lines)
    {
        List<SourceLine>? result = null;                                  // made at the first line cut: most pages have none
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            var pieces = text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal) ? null : IndentAfterSentence().Split(text);
            if (pieces is not { Length: > 1 })
            {
                result?.Add(lines[i]);
                continue;
            }
            result ??= new List<SourceLine>(lines.Take(i)) { Capacity = lines.Count + 4 };
            foreach (var piece in pieces.Where(p => p.Length > 0)) result.Add(lines[i] with { Text = piece });
        }
        return result ?? lines;
    }

    // Three half-width spaces or more (two full-width ones: the width of a paragraph's indent) after 。！？ (and a closing
    // quote), before the next sentence's first character.
    [GeneratedRegex(@"(?<=[。！？][”」』]?)(?:[ \u00A0]{3,}|[ \u00A0]*\u3000[ \u00A0\u3000]+)(?=[\u4E00-\u9FFF“「])")]
    private static partial Regex IndentAfterSentence();
}
