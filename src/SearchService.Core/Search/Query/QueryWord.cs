using SearchService.Core.Analysis;

namespace SearchService.Core.Search.Query;

/// <summary>
/// One word a complete match must hold itself: a SmartCn word of the query, or a run the segmenter split into single
/// characters or that names something (师带徒, 中铁四局, 嘉兴), which is then held verbatim — never character by
/// character. <see cref="Synonyms"/> are other forms that count as the word; <see cref="Names"/> the facet values it
/// names, through which a passage holds it by its own metadata.
/// </summary>
/// <param name="Text">The word as the index reads it (simplified script).</param>
/// <param name="Tokens">Its SmartCn words (one for a plain word).</param>
public sealed record QueryWord(string Text, IReadOnlyList<AnalyzedToken> Tokens, IReadOnlyList<string> Synonyms, IReadOnlyList<FacetName> Names)
{
    /// <summary>Matched as its characters in a row rather than as one indexed word.</summary>
    public bool Verbatim => Tokens.Count != 1;

    /// <summary>
    /// What a passage's text must hold for the word: the word itself, or — for a name or form of several words
    /// (和谐劳动关系, 苏州市总工会) — each of its words, as a plain run of them would; single characters stay together
    /// (中铁四局工会 → 中铁四局, 工会).
    /// </summary>
    public IReadOnlyList<QueryWord> Segments()
    {
        if (Tokens.Count <= 1 || Tokens.All(t => t.Term.Length == 1)) return [this];
        var groups = new List<List<AnalyzedToken>>();
        foreach (var token in Tokens)
        {
            var last = groups.Count > 0 ? groups[^1] : null;
            if (token.Term.Length == 1 && last is not null && last.All(t => t.Term.Length == 1) && last[^1].End == token.Start) last.Add(token);
            else groups.Add([token]);
        }
        // A lone character joins the word after it (导 + 师带徒), or the one before when it is last.
        for (var g = 0; g < groups.Count && groups.Count > 1; g++)
        {
            if (groups[g] is not [{ Term.Length: 1 }]) continue;
            var into = g + 1 < groups.Count ? g + 1 : g - 1;
            if (into > g) groups[into].InsertRange(0, groups[g]);
            else groups[into].AddRange(groups[g]);
            groups.RemoveAt(g--);
        }
        if (groups.Count == 1) return [this];
        var origin = Tokens[0].Start;
        return groups.Select(tokens => new QueryWord(Text[(tokens[0].Start - origin)..(tokens[^1].End - origin)], tokens, [], [])).ToList();
    }
}
