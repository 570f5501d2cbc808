using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Query;

/// <summary>
/// A run of query text (no spaces) → the words a complete match must hold. The run is segmented with SmartCn; then,
/// left to right, the longest stretch of whole segments that is a synonym form or names a facet value becomes one
/// word (哪些单位开展了师带徒 → 师带徒; 中铁四局, which SmartCn splits into 中/铁/四/局, → 中铁四局); function and
/// question words and question phrases are dropped (如何, 的, 哪些, 哪些单位 …); single characters left next to each other are joined into one
/// verbatim word (劳模公匠 → 劳模 + 公匠), so a name the segmenter does not know is never matched character by
/// character, and a lone one is dropped. A run made only of function words keeps them.
/// </summary>
public sealed class WordFinder(AnalyzerSet analyzers, Synonyms synonyms, FunctionWords functionWords)
{
    /// <summary>The longest stretch looked up as one form: synonyms and names are short.</summary>
    private const int MaxFormTokens = 8;

    private const int MaxFormLength = 20;

    /// <param name="named">The facet values a stretch of text names (<see cref="FacetNameLookup.Named"/>).</param>
    public IReadOnlyList<QueryWord> Find(string run, Func<string, IReadOnlyList<FacetName>> named)
    {
        var text = analyzers.Fold.Fold(run);
        var tokens = analyzers.Words.Tokens(IndexSchema.Text, text);
        if (tokens.Count == 0) return [];

        // 1. Recognised forms and names, longest first; the rest token by token.
        var pieces = new List<Piece>();
        for (var i = 0; i < tokens.Count;)
        {
            var taken = false;
            for (var j = Math.Min(tokens.Count - 1, i + MaxFormTokens - 1); j >= i && !taken; j--)
            {
                if (!Contiguous(tokens, i, j)) continue;
                var start = tokens[i].Start;
                var end = tokens[j].End;
                if (end - start > MaxFormLength || end - start < 2) continue;
                var form = text[start..end];
                if (j > i && functionWords.Contains(form))
                {
                    // A question phrase of several words (哪些单位): dropped like a function word.
                    pieces.Add(new Piece(tokens.Skip(i).Take(j - i + 1).ToList(), form, [], [], Recognised: false, Function: true));
                    i = j + 1;
                    taken = true;
                    continue;
                }
                var synonymsOf = synonyms.For(form);
                var names = named(form);
                if (synonymsOf.Count == 0 && names.Count == 0) continue;
                pieces.Add(new Piece(tokens.Skip(i).Take(j - i + 1).ToList(), form, synonymsOf, names, Recognised: true));
                i = j + 1;
                taken = true;
            }
            if (taken) continue;
            pieces.Add(new Piece([tokens[i]], tokens[i].Term, [], [], Recognised: false, Function: functionWords.Contains(tokens[i].Term)));
            i++;
        }

        // 2. Function words and question phrases out, unless nothing else is left.
        var kept = pieces.Where(p => !p.Function).ToList();
        if (kept.Count == 0) kept = pieces.Select(p => p with { Function = false }).ToList();

        // 3. Single characters next to each other joined into one verbatim word; a lone one (做 in 工会做了哪些事)
        // says little on its own and would match almost anything, so it goes unless it is all the run has.
        var words = new List<Piece>();
        for (var i = 0; i < kept.Count; i++)
        {
            var piece = kept[i];
            if (piece.Recognised || piece.Text.Length > 1 || !IsCjk(piece.Text[0]))
            {
                words.Add(piece);
                continue;
            }
            var singles = new List<Piece> { piece };
            while (i + 1 < kept.Count && !kept[i + 1].Recognised && kept[i + 1].Text.Length == 1 && IsCjk(kept[i + 1].Text[0]) && Adjacent(singles[^1], kept[i + 1]))
                singles.Add(kept[++i]);
            if (singles.Count > 1) words.Add(Join(singles, text));
        }
        if (words.Count == 0) words = kept;
        return words.Select(w => new QueryWord(w.Text, w.Tokens, w.Synonyms, w.Names)).ToList();
    }

    private static Piece Join(List<Piece> singles, string text)
    {
        var tokens = singles.SelectMany(p => p.Tokens).ToList();
        return new Piece(tokens, text[tokens[0].Start..tokens[^1].End], [], [], Recognised: false);
    }

    /// <summary>A Chinese character; a single letter or digit (r-2, 3+X) is a word of its own.</summary>
    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static bool Adjacent(Piece left, Piece right) => left.Tokens[^1].End == right.Tokens[0].Start;

    private static bool Contiguous(IReadOnlyList<AnalyzedToken> tokens, int from, int to)
    {
        for (var k = from + 1; k <= to; k++)
            if (tokens[k].Start != tokens[k - 1].End) return false;
        return true;
    }

    private sealed record Piece(IReadOnlyList<AnalyzedToken> Tokens, string Text, IReadOnlyList<string> Synonyms, IReadOnlyList<FacetName> Names, bool Recognised, bool Function = false);
}
