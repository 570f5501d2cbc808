namespace SearchService.Ingestion.Readers;

/// <summary>
/// Keeps every paragraph under <see cref="DocumentLimits.MaxPassageChars"/> by splitting a longer one into pieces of
/// whole sentences (a sentence longer than the limit at its last comma, enumeration mark or space before it, or at
/// the limit itself). Split rather than refused: a report whose line breaks were lost (a PDF, a pasted text) is a real
/// document, and every word of it stays searchable; the pieces keep the paragraph's line number.
/// </summary>
internal static class LongParagraphs
{
    private static readonly string SentenceEnds = new(Sentences.StopsOrSemicolonWithAscii);
    private const string SoftBreaks = "，、：,: ";
    private const string Closers = "”’」』）)】》";

    public static IReadOnlyList<SourceLine> Split(IReadOnlyList<SourceLine> lines, int maxChars)
    {
        if (lines.All(l => l.Text.Length <= maxChars)) return lines;
        var result = new List<SourceLine>(lines.Count + 16);
        foreach (var line in lines)
        {
            if (line.Text.Length <= maxChars)
            {
                result.Add(line);
                continue;
            }
            foreach (var piece in Pieces(line.Text, maxChars)) result.Add(line with { Text = piece });
        }
        return result;
    }

    /// <summary>Consecutive pieces of <paramref name="text"/>, each at most <paramref name="maxChars"/> long, that concatenate back to it (less trimmed spaces).</summary>
    internal static IEnumerable<string> Pieces(string text, int maxChars)
    {
        var start = 0;
        while (text.Length - start > maxChars)
        {
            var end = LastBreak(text, start, maxChars, SentenceEnds) ?? LastBreak(text, start, maxChars, SoftBreaks) ?? start + maxChars;
            // A closing quote or bracket stays with its sentence.
            while (end < start + maxChars && Closers.Contains(text[end])) end++;
            // Never leave half of a surrogate pair on either side.
            if (char.IsHighSurrogate(text[end - 1])) end--;
            var piece = text[start..end].Trim();
            if (piece.Length > 0) yield return piece;
            start = end;
        }
        var rest = text[start..].Trim();
        if (rest.Length > 0) yield return rest;
    }

    /// <summary>The position just after the last of <paramref name="marks"/> in the window, if it is past the window's first quarter.</summary>
    private static int? LastBreak(string text, int start, int maxChars, string marks)
    {
        var at = text.AsSpan(start, maxChars).LastIndexOfAny(marks);
        return at >= maxChars / 4 ? start + at + 1 : null;
    }
}
