using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Search;

public class FacetShaperTests
{
    private static readonly string[] Names = ["甲省", "乙市", "丙区", "丁镇", "戊"];

    /// <summary>
    /// Regions shaped by ordinal (no region selected) are the regions shaped by path, for random region trees — some
    /// with values whose parent path is no value, some starting with the separator — random counts and limits; and the
    /// best values by count (<see cref="FacetCounts.Top"/>) are those of a plain ranking, with and without a filter on the ordinals.
    /// </summary>
    [Fact]
    public void Regions_by_ordinal_are_the_regions_by_path()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            using var directory = new RAMDirectory();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
            {
                for (var i = 0; i < 30; i++)
                {
                    var region = string.Join(IndexSchema.RegionSeparator, Enumerable.Range(0, random.Next(1, 5)).Select(_ => Names[random.Next(Names.Length)]));
                    var passage = new Passage($"p-{i}", "r-1", i, "match", [], "甲工会", region, [], []);
                    var doc = IndexSchema.PassageDocument(new Report("r-1", "t", null, "甲工会", region, [], null, null, "a.txt", []), passage);
                    if (random.Next(4) == 0) doc.Add(new SortedSetDocValuesField(IndexSchema.Region, new BytesRef(Names[random.Next(Names.Length)] + "/孤/" + Names[random.Next(Names.Length)])));
                    if (random.Next(8) == 0) doc.Add(new SortedSetDocValuesField(IndexSchema.Region, new BytesRef(IndexSchema.RegionSeparator + Names[random.Next(Names.Length)])));
                    writer.AddDocument(doc);
                }
            }
            using var reader = DirectoryReader.Open(directory);
            var ordinals = new FacetOrdinalCache(IndexSchema.FacetDimensions).For(reader);
            var regions = ordinals.For(IndexSchema.Region);
            for (var round = 0; round < 20; round++)
            {
                var counts = new FacetCounts(ordinals);
                var array = counts.Array(IndexSchema.Region);
                for (var ord = 0; ord < array.Length; ord++) array[ord] = random.Next(3) == 0 ? 0 : random.Next(1, 6);
                foreach (var limit in new[] { 0, 1, 2, 3, 20, 65, SearchRequest.AllFacetValues })
                {
                    Assert.Equal(FacetShaper.RegionsByPath(counts, ordinals, [], limit), FacetShaper.Regions(counts, regions, limit));
                    Assert.Equal(TopByRanking(array, regions.Labels, limit, _ => true), counts.Top(IndexSchema.Region, limit));
                    Assert.Equal(TopByRanking(array, regions.Labels, limit, ord => ord % 2 == 0), counts.Top(IndexSchema.Region, limit, ord => ord % 2 == 0));
                }
            }
        }
    }

    /// <summary>The values with a count above zero that <paramref name="accept"/> takes, by count then ordinal, the first <paramref name="limit"/>.</summary>
    private static List<(string, int)> TopByRanking(int[] counts, IReadOnlyList<string> labels, int limit, Func<int, bool> accept) =>
        Enumerable.Range(0, counts.Length)
            .Where(ord => counts[ord] > 0 && accept(ord))
            .OrderByDescending(ord => counts[ord]).ThenBy(ord => ord)
            .Take(Math.Max(0, limit))
            .Select(ord => (labels[ord], counts[ord]))
            .ToList();
}
