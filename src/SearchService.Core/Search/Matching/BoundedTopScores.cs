using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Search.Query;

namespace SearchService.Core.Search.Matching;

/// <summary>
/// The best <c>size</c> documents by score, as Lucene's in-order <see cref="TopScoreDocCollector"/> keeps them (the
/// same documents, scores and order: by score, then by document), except that a document is scored only when its
/// block's bound (<see cref="ScoreBound"/>) could still beat the worst hit kept. Once the kept hits are many and good,
/// most blocks of a common word's matches cannot, and their scores — a word's postings read again for its frequency,
/// the field's norm, the BM25 arithmetic of every clause — are never computed. The documents are all still collected
/// (and so counted by the collector this one sits under); only scoring is left out.
/// </summary>
public sealed class BoundedTopScores : ICollector
{
    private readonly ScoreDoc[] heap;
    private Scorer scorer = null!;
    private ScoreBound? bound;
    private int docBase;
    private int boundBlock = -1;
    private float blockBound;

    public BoundedTopScores(int size)
    {
        heap = new ScoreDoc[size];
        // As Lucene's hit queue is filled in advance: sentinels below every score, so the worst hit is heap[0] from the start.
        for (var i = 0; i < size; i++) heap[i] = new ScoreDoc(int.MaxValue, float.NegativeInfinity);
    }

    /// <summary>Matches whose score was computed (for tests and diagnostics).</summary>
    public int Scored { get; private set; }

    /// <summary>Matches left unscored because their block could not beat the worst hit kept (for tests and diagnostics).</summary>
    public int Skipped { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
        this.scorer = scorer;
        bound = ScoreBound.Of(scorer);
        boundBlock = -1;
    }

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    public void Collect(int doc)
    {
        var worst = heap[0];
        // Until the best hits are as many as kept, every match gets in: no bound is worth computing.
        if (bound is not null && worst.Score != float.NegativeInfinity)
        {
            var block = doc >> BlockMaxima.BlockShift;
            if (block != boundBlock)
            {
                boundBlock = block;
                blockBound = bound.Block(block) * (1f + ScoreBound.Slack);
            }
            // A score equal to the worst kept loses to it (a later document), so a bound equal to it is enough.
            if (blockBound <= worst.Score)
            {
                Skipped++;
                return;
            }
        }
        Scored++;
        var score = scorer.GetScore();
        if (NumericUtils.SingleToSortableInt32(score) <= NumericUtils.SingleToSortableInt32(worst.Score)) return;
        worst.Doc = doc + docBase;
        worst.Score = score;
        SiftDown();
    }

    /// <summary>The hits kept, best first (by score, then by document).</summary>
    public List<ScoreDoc> Hits()
    {
        var hits = heap.Where(h => !float.IsNegativeInfinity(h.Score)).ToList();
        hits.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return hits;
    }

    /// <summary>Lucene's hit queue order: the worse hit has the lower score, or the same score and the later document.</summary>
    private static bool Worse(ScoreDoc a, ScoreDoc b) => a.Score == b.Score ? a.Doc > b.Doc : a.Score < b.Score;

    private void SiftDown()
    {
        var i = 0;
        var node = heap[0];
        while (true)
        {
            var left = 2 * i + 1;
            if (left >= heap.Length) break;
            var right = left + 1;
            var child = right < heap.Length && Worse(heap[right], heap[left]) ? right : left;
            if (!Worse(heap[child], node)) break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = node;
    }
}
