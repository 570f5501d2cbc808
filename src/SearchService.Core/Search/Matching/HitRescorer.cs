using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace SearchService.Core.Search.Matching;

/// <summary>
/// Adds a second query's score to the hits it matches among the best first-pass hits, then reorders them (ties by
/// document id, as the first pass orders them). Lucene.Net's QueryRescorer fails when the second query has no scorer
/// in a segment (a word absent from it), which a query of unseen characters reaches.
/// </summary>
public static class HitRescorer
{
    public static List<ScoreDoc> Rescore(IndexSearcher searcher, IReadOnlyList<ScoreDoc> hits, LuceneQuery query, int keep)
    {
        if (hits.Count == 0) return [];
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var rescored = new List<ScoreDoc>(hits.Count);
        foreach (var segment in hits.GroupBy(h => ReaderUtil.SubIndex(h.Doc, leaves)))
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
        return rescored.OrderByDescending(h => h.Score).ThenBy(h => h.Doc).Take(keep).ToList();
    }
}
