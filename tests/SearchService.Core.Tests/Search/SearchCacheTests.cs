using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Search;
using SearchService.Core.Search.Matching;

namespace SearchService.Core.Tests.Search;

/// <summary>The result cache holds at most its bytes, however large the answers, and lets go of answers a commit made stale.</summary>
public sealed class SearchCacheTests : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly IndexWriter writer;

    public SearchCacheTests()
    {
        writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()));
        Commit();
    }

    private void Commit()
    {
        writer.AddDocument(new Document { new StringField("f", "v", Field.Store.NO) });
        writer.Commit();
    }

    private static SearchResult Answer(string passageText, int hits = 10)
    {
        var hit = new SearchHit("p-1", "r-1", "标题", "某区总工会", null, [], [], "", passageText, [passageText[..Math.Min(120, passageText.Length)]], 1f);
        return new SearchResult("劳模", hits, 0, null, 1, 1, hits, Enumerable.Repeat(hit, hits).ToList(), new SearchFacets([], [], [], []));
    }

    [Fact]
    public void Answers_with_huge_passages_never_take_more_than_the_bytes()
    {
        const long limit = 4 * 1024 * 1024;
        var cache = new SearchCache(entries: 2000, bytes: limit);
        using var reader = DirectoryReader.Open(directory);
        var text = new string('劳', 20_000); // 10 hits of 20,000 characters: ~400 KB an answer
        for (var facetSize = 1; facetSize <= 100; facetSize++)
        {
            cache.Add(reader, new SearchRequest("劳模", FacetSize: facetSize), Answer(text));
            Assert.True(cache.HeldBytes <= limit, $"{cache.HeldBytes:N0} bytes held after {facetSize} answers");
        }
        Assert.InRange(cache.Count, 2, 10);
        // The most recent answers are the ones kept.
        Assert.True(cache.TryGet(reader, new SearchRequest("劳模", FacetSize: 100), out _));
        Assert.False(cache.TryGet(reader, new SearchRequest("劳模", FacetSize: 1), out _));

        // One answer bigger than a quarter of the bound is answered, not kept.
        cache.Add(reader, new SearchRequest("大答案"), Answer(new string('模', 100_000)));
        Assert.False(cache.TryGet(reader, new SearchRequest("大答案"), out _));
    }

    [Fact]
    public void A_commit_releases_the_answers_of_the_version_before()
    {
        var cache = new SearchCache(entries: 2000, bytes: 64L * 1024 * 1024);
        using (var before = DirectoryReader.Open(directory))
            for (var i = 0; i < 20; i++) cache.Add(before, new SearchRequest("劳模", Page: i + 1), Answer("职工技能培训"));
        Assert.Equal(20, cache.Count);

        Commit();
        using var after = DirectoryReader.Open(directory);
        Assert.False(cache.TryGet(after, new SearchRequest("劳模", Page: 1), out _));
        cache.Add(after, new SearchRequest("工匠"), Answer("劳模工匠"));
        Assert.Equal(1, cache.Count);
        Assert.True(cache.HeldBytes < 10_000);
    }

    [Fact]
    public void The_estimate_grows_with_the_text_an_answer_carries()
    {
        var small = SearchCache.EstimateBytes(Answer("短", 1));
        var large = SearchCache.EstimateBytes(Answer(new string('长', 50_000), 1));
        Assert.InRange(large - small, 100_000, 101_000);
    }

    public void Dispose()
    {
        writer.Dispose();
        directory.Dispose();
    }
}
