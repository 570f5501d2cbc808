using System.Text;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// Mends a paragraph broken off mid-word whose rest stands further down the file (a compilation interleaves its
/// articles: <c>…即“立功竞</c> ends one line, <c>赛活动坚持…</c> opens a line under another article's byline).
/// <para>
/// A body line of at least <see cref="MinimumCutLength"/> characters that stops short of a clause's end is cut. Its
/// continuation is the first later body line (not a heading, byline, numbered or enumerated item) whose first
/// characters complete the cut line's last ones into a four-character string found elsewhere in the document — the
/// word or phrase that was cut (<c>功竞</c>+<c>赛活</c>: <c>功竞赛活</c> appears in the text). The two become one
/// paragraph with both pieces' line ranges; the continuation leaves its place.
/// </para>
/// </summary>
internal static class CutLineJoiner
{
    private const int MinimumCutLength = 40;
    private const int Junction = 4;

    public static IReadOnlyList<SourceLine> Join(IReadOnlyList<SourceLine> lines)
    {
        List<SourceLine>? result = null;
        string? document = null;
        for (var i = 0; i < (result ?? lines).Count; i++)
        {
            var current = result ?? lines;
            var cut = current[i];
            if (!IsCut(cut)) continue;
            document ??= string.Join("\n", lines.Select(l => l.Text));
            for (var j = i + 1; j < current.Count; j++)
            {
                var candidate = current[j];
                if (!CanContinue(candidate) || !Completes(cut.Text, candidate.Text, document)) continue;
                result ??= [.. lines];
                result[i] = cut with
                {
                    Text = cut.Text + candidate.Text,
                    Pieces = [.. cut.Pieces.Count > 0 ? cut.Pieces : [cut], candidate],
                };
                result.RemoveAt(j);
                break;
            }
        }
        return result ?? lines;
    }

    private static bool IsCut(SourceLine line) =>
        line.HeadingLevel == 0 && line.Text.Length >= MinimumCutLength && !LineShapes.EndsClause(line.Text)
        && !LineShapes.IsByline(line.Text) && char.IsLetter(line.Text[^1]);

    private static bool CanContinue(SourceLine line) =>
        line.HeadingLevel == 0 && line.Text.Length > 0 && char.IsLetter(line.Text[0])
        && LineShapes.HeadingLevel(line, line.Text) is null
        && !LineShapes.IsByline(line.Text) && !LineShapes.IsNumbered(line.Text) && !LineShapes.IsEnumerated(line.Text);

    /// <summary>Whether the end of <paramref name="cut"/> and the start of <paramref name="next"/> make a string the document holds elsewhere.</summary>
    internal static bool Completes(string cut, string next, string document)
    {
        var tail = TrailingLetters(cut);
        var head = LeadingLetters(next);
        for (var before = Junction - 1; before >= 1; before--)
        {
            var after = Junction - before;
            if (before > tail.Length || after > head.Length) continue;
            var joined = string.Concat(tail.AsSpan(tail.Length - before), head.AsSpan(0, after));
            if (document.Contains(joined, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static string TrailingLetters(string text)
    {
        var start = text.Length;
        while (start > 0 && text.Length - start < Junction && IsCjk(text[start - 1])) start--;
        return text[start..];
    }

    private static string LeadingLetters(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (!IsCjk(c) || sb.Length == Junction) break;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
