using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Search.Matching;

namespace SearchService.Core.Tests.Search;

public class HitRescorerTests
{
    private static DirectoryReader Index(params string[] texts)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
            for (var i = 0; i < texts.Length; i++)
            {
                writer.AddDocument(new Document { new TextField("text", texts[i], Field.Store.NO) });
                if (i == 1) writer.Commit(); // two segments
            }
        return DirectoryReader.Open(directory);
    }

    [Fact]
    public void Adjacent_words_move_up_and_the_rest_keep_their_first_pass_order()
    {
        using var reader = Index("alpha x x x x x x beta", "alpha beta", "beta x x x x x x x alpha", "gamma");
        var searcher = new IndexSearcher(reader);
        var words = new BooleanQuery { { new TermQuery(new Term("text", "alpha")), Occur.MUST }, { new TermQuery(new Term("text", "beta")), Occur.MUST } };
        var first = searcher.Search(words, 10).ScoreDocs;
        var near = new PhraseQuery { new Term("text", "alpha"), new Term("text", "beta") };

        var rescored = HitRescorer.Rescore(searcher, first, near, window: 10, keep: 10);

        Assert.Equal(first.Length, rescored.Count);
        Assert.Equal(1, rescored[0].Doc);
        Assert.True(rescored[0].Score > first.Single(h => h.Doc == 1).Score);
        Assert.Equal(first.Where(h => h.Doc != 1).Select(h => h.Doc), rescored.Skip(1).Select(h => h.Doc));
    }

    [Fact]
    public void Hits_after_the_window_keep_their_place_however_far_the_page_reaches()
    {
        // Four hits in first-pass order; only the last has its words adjacent.
        using var reader = Index("alpha x beta", "alpha x x beta", "alpha x x x beta", "alpha beta x x x x x x x x");
        var searcher = new IndexSearcher(reader);
        var words = new BooleanQuery { { new TermQuery(new Term("text", "alpha")), Occur.MUST }, { new TermQuery(new Term("text", "beta")), Occur.MUST } };
        var first = searcher.Search(words, 10).ScoreDocs;
        Assert.Equal(3, first[^1].Doc);
        var near = new PhraseQuery { new Term("text", "alpha"), new Term("text", "beta") };

        var firstPage = HitRescorer.Rescore(searcher, first.Take(2).ToList(), near, window: 2, keep: 2);
        var deeper = HitRescorer.Rescore(searcher, first, near, window: 2, keep: 4);

        Assert.Equal(firstPage.Select(h => h.Doc), deeper.Take(2).Select(h => h.Doc));
        Assert.Equal(first.Select(h => h.Doc), deeper.Select(h => h.Doc));
        Assert.Equal(3, HitRescorer.Rescore(searcher, first, near, window: 4, keep: 4)[0].Doc);
    }

    [Fact]
    public void A_query_with_no_scorer_in_a_segment_leaves_the_hits_as_they_were()
    {
        using var reader = Index("alpha", "alpha beta", "alpha gamma");
        var searcher = new IndexSearcher(reader);
        var first = searcher.Search(new TermQuery(new Term("text", "alpha")), 10).ScoreDocs;
        var rescored = HitRescorer.Rescore(searcher, first, new PhraseQuery { new Term("text", "absent"), new Term("text", "alpha") }, window: 10, keep: 2);
        Assert.Equal(first.Take(2).Select(h => (h.Doc, h.Score)), rescored.Select(h => (h.Doc, h.Score)));
    }
}
