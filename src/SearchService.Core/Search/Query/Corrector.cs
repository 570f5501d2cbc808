using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Matching;

namespace SearchService.Core.Search.Query;

/// <summary>
/// "Did you mean": for a query with no complete match, a query whose words are each within one edit of an indexed
/// word and which itself has complete matches (劳模公匠 → 劳模工匠). Only words that are no word at all are changed:
/// a run of characters the segmenter could not make a word of (公匠), or a non-Chinese word, that the index does not
/// hold — a dictionary word absent from the corpus (青年) or known words that simply do not meet are not typos. For each such word, and for its whole run
/// of text, the indexed words one edit away are tried, most frequent first; the version with the most complete matches
/// wins. Runs only when a search found nothing complete, so its few extra searches cost nothing otherwise.
/// </summary>
public sealed class Corrector(QueryPlanner planner, MatchTiers tiers)
{
    /// <summary>Indexed words tried per unknown word (the most frequent ones one edit away).</summary>
    private const int CandidatesPerWord = 5;

    /// <summary>Corrected queries counted at most, so a long question of unknown words stays cheap.</summary>
    private const int MaxTries = 12;

    public string? Suggest(IndexSearcher searcher, FacetOrdinals ordinals, string query, QueryNode node, SearchRequest request, PlannedQuery plan)
    {
        var reader = searcher.IndexReader;
        var tries = 0;
        var corrected = query;
        var changed = false;
        foreach (var run in Runs(node).Distinct())
        {
            var words = planner.Words(run, ordinals);
            // A word of the segmenter's dictionary (青年) is a word, present here or not; a typo is split into
            // characters (公匠) or is not Chinese at all.
            var unknown = words.Where(w => w.Text.Length >= 2 && w.Names.Count == 0 && (w.Verbatim || !IsChinese(w.Text)) && !Known(reader, w)).ToList();
            if (unknown.Count == 0) continue;
            var candidates = new List<(string Run, int Frequency)>();
            if (run.Length >= 3) candidates.AddRange(Near(reader, run).Select(c => (c.Term, c.Frequency)));
            foreach (var word in unknown)
                candidates.AddRange(Near(reader, word.Text).Select(c => (Replace(run, word.Text, c.Term), c.Frequency)));

            string? best = null;
            var bestCount = 0;
            foreach (var (candidate, _) in candidates.Where(c => c.Run != run).DistinctBy(c => c.Run))
            {
                if (++tries > MaxTries) break;
                var attempt = Replace(corrected, run, candidate);
                var count = CompleteMatches(searcher, ordinals, attempt, request);
                if (count > bestCount) (best, bestCount) = (attempt, count);
            }
            if (best is null) continue;
            corrected = best;
            changed = true;
        }
        return changed && CompleteMatches(searcher, ordinals, corrected, request) > 0 ? corrected : null;
    }

    private int CompleteMatches(IndexSearcher searcher, FacetOrdinals ordinals, string query, SearchRequest request)
    {
        try
        {
            var plan = planner.Plan(planner.Parse(query), request with { Query = query }, searcher.IndexReader, ordinals);
            return tiers.Count(searcher, ordinals, plan.Complete, plan.Selection);
        }
        catch (QuerySyntaxException)
        {
            return 0;
        }
    }

    /// <summary>The plain runs of text the query requires (not those it excludes).</summary>
    private static IEnumerable<string> Runs(QueryNode node) => node switch
    {
        TermNode term => [term.Text],
        AndNode and => and.Children.SelectMany(Runs),
        OrNode or => or.Children.SelectMany(Runs),
        _ => [],
    };

    /// <summary>The index holds the word: as an indexed word, or (a verbatim word) each of its bigrams.</summary>
    private static bool Known(IndexReader reader, QueryWord word)
    {
        if (!word.Verbatim && reader.DocFreq(new Term(IndexSchema.Text, word.Tokens[0].Term)) > 0) return true;
        var text = word.Text;
        if (text.Length < 2) return true;
        for (var i = 0; i + 2 <= text.Length; i++)
            if (reader.DocFreq(new Term(IndexSchema.TextBigrams, text.Substring(i, 2))) == 0) return false;
        return true;
    }

    /// <summary>Indexed words one edit from a string (two characters or more), most frequent first.</summary>
    private static IEnumerable<(string Term, int Frequency)> Near(IndexReader reader, string text)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.Text);
        if (terms is null) return [];
        var found = new List<(string, int)>();
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexSchema.Text, text), 1f, 0, true);
        while (fuzzy.MoveNext())
        {
            var word = fuzzy.Term.Utf8ToString();
            if (word.Length >= 2 && word != text) found.Add((word, fuzzy.DocFreq));
        }
        return found.OrderByDescending(f => f.Item2).Take(CandidatesPerWord);
    }

    private static bool IsChinese(string text) => text.All(c => c is >= '\u3400' and <= '\u9FFF');

    private static string Replace(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + what.Length));
    }
}
