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
        byFirstChar = this.keywords.Select((k, i) => (k, i)).Where(x => x.k.Length > 0)
            .GroupBy(x => x.k[0]).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
    }

    /// <summary>The indexes of the keywords the text contains, each once, in the order of the list.</summary>
    public IReadOnlyList<int> Find(string text)
    {
        var found = new bool[keywords.Length];
        var any = false;
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (!byFirstChar.TryGetValue(span[i], out var candidates)) continue;
            var rest = span[i..];
            foreach (var k in candidates)
                if (!found[k] && rest.StartsWith(keywords[k], StringComparison.Ordinal)) found[k] = any = true;
        }
        if (!any) return [];
        var result = new List<int>();
        for (var k = 0; k < found.Length; k++) if (found[k]) result.Add(k);
        return result;
    }
}
