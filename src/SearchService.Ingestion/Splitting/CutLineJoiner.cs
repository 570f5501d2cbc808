using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>
/// Mends a paragraph broken off mid-word whose rest stands further down the file (a compilation interleaves its
/// articles: <c>…即“立功竞</c> ends one line, <c>赛活动坚持…</c> opens a line under another article's byline).
/// <para>
/// A body line of at least <see cref="MinimumCutLength"/> characters that stops short of a clause's end is cut. Its
/// continuation is the first later body line (not a heading, byline, numbered or enumerated item) whose first
/// characters complete the cut line's last ones into a four-character string found elsewhere in the document — the
/// word or phrase that was cut (<c>功竞</c>+<c>赛活</c>: <c>功竞赛活</c> appears in the text); a line a byline follows is a title, never cut. The two become one
/// paragraph with both pieces' line ranges; the continuation leaves its place. The continuation is looked for within
/// the next 300 lines, for at most 1,000 cut lines of a document, so the work stays linear in its length.
/// </para>
/// </summary>
internal static class CutLineJoiner
{
    private const int MinimumCutLength = 40;
    private const int Junction = 4;

    // Interleaved articles stand near each other; looking further, or at more cut lines, only costs (and risks) more.
    private const int Window = 300;
    private const int MaxCutLines = 1000;

    public static IReadOnlyList<SourceLine> Join(IReadOnlyList<SourceLine> lines)
    {
        List<SourceLine>? result = null;
        HashSet<ulong>? grams = null;
        var cuts = 0;
        for (var i = 0; i < (result ?? lines).Count && cuts < MaxCutLines; i++)
        {
            var current = result ?? lines;
            var cut = current[i];
            if (!IsCut(cut) || StandsAboveByline(current, i)) continue;
            cuts++;
            grams ??= Grams(lines);
            for (var j = i + 1; j < current.Count && j <= i + Window; j++)
            {
                var candidate = current[j];
                if (!CanContinue(candidate) || !Completes(cut.Text, candidate.Text, grams)) continue;
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

    /// <summary>A line a byline follows is the title of that byline's report, however long and unpunctuated.</summary>
    private static bool StandsAboveByline(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
            if (lines[i].Text.Trim() is { Length: > 0 } text) return LineShapes.IsByline(text);
        return false;
    }

    private static bool CanContinue(SourceLine line) =>
        line.HeadingLevel == 0 && line.Text.Length > 0 && char.IsLetter(line.Text[0])
        && LineShapes.HeadingLevel(line, line.Text) is null
        && !LineShapes.IsByline(line.Text) && !LineShapes.IsNumbered(line.Text) && !LineShapes.IsEnumerated(line.Text)
        // A teaser's link alone on its line (更多, 详细>>) is a button under a summary the page cut, never its rest.
        && !ListDocument.IsTeaserLink(line.Text);

    /// <summary>Whether the end of <paramref name="cut"/> and the start of <paramref name="next"/> make a string the document holds elsewhere.</summary>
    internal static bool Completes(string cut, string next, HashSet<ulong> documentGrams)
    {
        var tail = TrailingLetters(cut);
        var head = LeadingLetters(next);
        for (var before = Junction - 1; before >= 1; before--)
        {
            var after = Junction - before;
            if (before > tail.Length || after > head.Length) continue;
            if (documentGrams.Contains(Gram(string.Concat(tail.AsSpan(tail.Length - before), head.AsSpan(0, after))))) return true;
        }
        return false;
    }

    /// <summary>Every four consecutive CJK characters of the document's lines, each packed into 64 bits.</summary>
    private static HashSet<ulong> Grams(IReadOnlyList<SourceLine> lines)
    {
        var grams = new HashSet<ulong>();
        foreach (var line in lines)
        {
            var text = line.Text;
            for (var i = 0; i + Junction <= text.Length; i++)
                if (IsCjk(text[i]) && IsCjk(text[i + 1]) && IsCjk(text[i + 2]) && IsCjk(text[i + 3])) grams.Add(Gram(text.AsSpan(i, Junction)));
        }
        return grams;
    }

    private static ulong Gram(ReadOnlySpan<char> four) => ((ulong)four[0] << 48) | ((ulong)four[1] << 32) | ((ulong)four[2] << 16) | four[3];

    private static string TrailingLetters(string text)
    {
        var start = text.Length;
        while (start > 0 && text.Length - start < Junction && IsCjk(text[start - 1])) start--;
        return text[start..];
    }

    private static string LeadingLetters(string text)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (!IsCjk(c) || sb.Length == Junction) break;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
