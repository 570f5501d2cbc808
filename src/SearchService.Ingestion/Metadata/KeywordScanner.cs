namespace SearchService.Ingestion.Metadata;

/// <summary>
/// Which of a fixed list of keywords occur in a text, found in one pass over the text: each position is tried only
/// against the keywords that start with its character, instead of searching the whole text once per keyword (the
/// taxonomy has hundreds of keywords and every passage is scanned).
/// </summary>
internal sealed class KeywordScanner
{
    private readonly string[] keywords;
    private readonly Dictionary<char, int[]> byFirstChar;

    public KeywordScanner(IReadOnlyList<string> keywords)
    {
        this.keywords = keywords.ToArray();
        // Longest first, so that at each position the first candidate found is the longest keyword starting there.
        byFirstChar = this.keywords.Select((k, i) => (k, i)).Where(x => x.k.Length > 0)
            .GroupBy(x => x.k[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.k.Length).ThenBy(x => x.i).Select(x => x.i).ToArray());
    }

    /// <summary>The indexes of the keywords the text contains, each once, in the order of the list.</summary>
    public IReadOnlyList<int> Find(string text) => Find(text, outermost: false);

    /// <summary>
    /// The same, counting only occurrences that no longer keyword of the list covers: in 劳模工匠 the phrase is found,
    /// not also 劳模 and 工匠 inside it; 劳模 standing elsewhere in the text is found. A keyword that the list spells
    /// more than once (one phrase in two themes) is found for each.
    /// </summary>
    public IReadOnlyList<int> FindOutermost(string text) => Find(text, outermost: true);

    private IReadOnlyList<int> Find(string text, bool outermost)
    {
        var found = new bool[keywords.Length];
        var any = false;
        var span = text.AsSpan();
        var coveredUntil = 0; // the end of the furthest-reaching occurrence starting before this position
        for (var i = 0; i < span.Length; i++)
        {
            if (!byFirstChar.TryGetValue(span[i], out var candidates)) continue;
            var rest = span[i..];
            var longestHere = 0;
            foreach (var k in candidates)
            {
                if (!outermost && found[k]) continue;
                var keyword = keywords[k];
                if (!rest.StartsWith(keyword, StringComparison.Ordinal)) continue;
                if (outermost && (i + keyword.Length <= coveredUntil || keyword.Length < longestHere)) continue;
                longestHere = Math.Max(longestHere, keyword.Length);
                if (!found[k]) found[k] = any = true;
            }
            coveredUntil = Math.Max(coveredUntil, i + longestHere);
        }
        if (!any) return [];
        var result = new List<int>();
        for (var k = 0; k < found.Length; k++) if (found[k]) result.Add(k);
        return result;
    }
}
