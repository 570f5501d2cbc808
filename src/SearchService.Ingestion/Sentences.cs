namespace SearchService.Ingestion;

/// <summary>
/// Where sentences and clauses end: the one home for the stops ingestion reads text by. Each rule names the set it stops at:
/// <list type="bullet">
/// <item><see cref="Stops"/> (<c>。！？</c>), a sentence's end: the splitting rules read a paragraph's first sentences and
/// cut its sentences at these (a semicolon there leaves the parts of one statement together).</item>
/// <item><see cref="StopsOrSemicolon"/> (<c>。！？；</c>): the attribution reads a subject's sentence, and a numbered
/// paragraph's heading is read, up to a semicolon too.</item>
/// <item><see cref="StopsOrSemicolonWithAscii"/> (<c>。！？；!?;</c>): the same in text that may hold half-width forms; the
/// ASCII full stop is left out, as it stands inside numbers (<c>3.5万元</c>).</item>
/// <item><see cref="LineEnds"/> (<c>。！？；.!?</c>): a line's last character that ends it as a sentence (at a line's end
/// an ASCII full stop stands in no number).</item>
/// <item><see cref="ClauseStops"/> (<c>，,。；;！？</c>), a clause's end: where an item's title stops.</item>
/// </list>
/// Whether the semicolon ends a sentence (<see cref="Stops"/> against <see cref="StopsOrSemicolon"/>) and whether the ASCII
/// semicolon ends a line (<see cref="LineEnds"/> against <see cref="StopsOrSemicolonWithAscii"/>) grew apart rule by rule,
/// not for a reason anyone wrote down: the sets are kept as the rules had them, so that what each computes is unchanged.
/// Quotation marks are respected only where a function says so (<see cref="FirstOutsideQuotes"/>, <see cref="WithStops"/>):
/// elsewhere a stop inside quotes ends a sentence.
/// </summary>
internal static class Sentences
{
    /// <summary>A sentence's end: <c>。！？</c>.</summary>
    public static readonly char[] Stops = ['。', '！', '？'];

    /// <summary>A sentence's or a semicolon's end: <c>。！？；</c>.</summary>
    public static readonly char[] StopsOrSemicolon = ['。', '！', '？', '；'];

    /// <summary><see cref="StopsOrSemicolon"/> and their ASCII forms but the full stop: <c>。！？；!?;</c>.</summary>
    public static readonly char[] StopsOrSemicolonWithAscii = ['。', '！', '？', '；', '!', '?', ';'];

    /// <summary>The marks whose presence as a line's last character ends it as a sentence: <c>。！？；.!?</c> (no ASCII semicolon).</summary>
    public static readonly char[] LineEnds = ['。', '！', '？', '；', '.', '!', '?'];

    /// <summary>A clause's end: a comma or a sentence's (<c>，,。；;！？</c>).</summary>
    public static readonly char[] ClauseStops = ['，', ',', '。', '；', ';', '！', '？'];

    /// <summary>Whether the text's last character is one of <see cref="LineEnds"/>.</summary>
    public static bool Ends(string text) => text.Length > 0 && Array.IndexOf(LineEnds, text[^1]) >= 0;

    /// <summary>Where the text's first sentence ends (the index of its stop), or -1 when no stop ends one.</summary>
    public static int FirstEnd(string text, char[]? stops = null) => text.IndexOfAny(stops ?? Stops);

    /// <summary>
    /// The text up to the end of its <paramref name="count"/>-th sentence, without that stop (fewer when it has fewer);
    /// the whole text when no sentence with any words ends in it (no stop, or only one that opens it).
    /// </summary>
    public static string Opening(string text, int count = 1, char[]? stops = null)
    {
        stops ??= Stops;
        Span<int> ends = stackalloc int[count];
        var found = 0;
        for (var from = 0; found < count && from < text.Length; found++)
        {
            var end = text.IndexOfAny(stops, from);
            if (end < 0) break;
            ends[found] = end;
            from = end + 1;
        }
        for (var i = found - 1; i >= 0; i--)
            if (ends[i] > 0) return text[..ends[i]];
        return text;
    }

    /// <summary>The text's sentences without their stops, empty ones left out (a stop inside quotes ends one too).</summary>
    public static string[] Split(string text, char[]? stops = null) => text.Split(stops ?? Stops, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The text's sentences, each with its stop (<see cref="Stops"/>), the rest after the last stop as one more: a stop right
    /// before a closing quote (<c>…”</c>, <c>…’</c>, <c>…」</c>) is a quoted sentence's, and the sentence around it goes on.
    /// </summary>
    public static List<string> WithStops(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (Array.IndexOf(Stops, text[i]) >= 0 && (i + 1 == text.Length || text[i + 1] is not ('”' or '’' or '」')))
            {
                sentences.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        if (start < text.Length) sentences.Add(text[start..]);
        return sentences;
    }

    /// <summary>The first of the marks not inside quotation marks (<c>“…”</c>, <c>「…」</c>, <c>『…』</c>), or -1.</summary>
    public static int FirstOutsideQuotes(string text, char[] marks)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' or '「' or '『') depth++;
            else if (c is '”' or '」' or '』') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && Array.IndexOf(marks, c) >= 0) return i;
        }
        return -1;
    }
}
