using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Matching;

/// <summary>
/// Adds a second query's score to the hits it matches among the first <c>window</c> first-pass hits and reorders
/// those (ties by document id, as the first pass orders them); the hits after the window follow in first-pass order.
/// The window is fixed, not the page's end, so every page of one search is cut from the same order: rescoring as far as
/// a later page reaches would lift hits from beyond the window above ones an earlier page had already shown.
/// Lucene.Net's QueryRescorer fails when the second query has no scorer in a segment (a word absent from it), which a
/// query of unseen characters reaches.
/// </summary>
public static class HitRescorer
{
    public static List<ScoreDoc> Rescore(IndexSearcher searcher, IReadOnlyList<ScoreDoc> hits, LuceneQuery query, int window, int keep)
    {
        if (hits.Count == 0) return [];
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var rescored = new List<ScoreDoc>(Math.Min(hits.Count, window));
        foreach (var segment in hits.Take(window).GroupBy(h => ReaderUtil.SubIndex(h.Doc, leaves)))
        {
            var leaf = leaves[segment.Key];
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            foreach (var hit in segment.OrderBy(h => h.Doc))
            {
                var local = hit.Doc - leaf.DocBase;
                var extra = 0f;
                if (scorer is not null && (scorer.DocID < local ? scorer.Advance(local) : scorer.DocID) == local) extra = scorer.GetScore();
                rescored.Add(new ScoreDoc(hit.Doc, hit.Score + extra));
            }
        }
        return rescored.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Concat(hits.Skip(window)).Take(keep).ToList();
    }
}
