using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Indexing;
using SearchService.Core.Search.Facets;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Search;

/// <summary>The single-pass drill-sideways counts must equal brute-force counting over the same documents.</summary>
public class DrillSidewaysCollectorTests
{
    private static readonly string[] Organisations = ["苏州市总工会", "浙能集团", "平湖市总工会", "中铁四局工会"];
    private static readonly string[] Regions = ["江苏省/苏州市", "浙江省", "浙江省/嘉兴市/平湖市", "安徽省/合肥市", "上海市/青浦区"];
    private static readonly string[] Themes = ["党建引领", "技能培训与提升", "权益维护", "技术创新"];

    private sealed record Doc(string Organisation, string? Region, string[] Themes, bool Matches, string? SecondRegion = null);

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(7, false)]
    [InlineData(8, true, true)]
    [InlineData(9, false, true)]
    public void Counts_match_brute_force(int seed, bool select, bool secondRegions = false)
    {
        var random = new Random(seed);
        var docs = Enumerable.Range(0, 1200).Select(_ => new Doc(
            Organisations[random.Next(Organisations.Length)],
            random.Next(6) == 0 ? null : Regions[random.Next(Regions.Length)],
            Themes.Where(_ => random.Next(3) == 0).ToArray(),
            random.Next(3) > 0,
            // A passage indexed under two regions: its region values are not one path from a province down.
            secondRegions && random.Next(50) == 0 ? "上海市/青浦区" : null)).ToList();
        var selection = select
            ? new FacetSelection(new Dictionary<string, IReadOnlyList<string>>
            {
                [IndexSchema.Organisation] = Pick(random, Organisations),
                [IndexSchema.Region] = Pick(random, ["浙江省", "江苏省/苏州市", "上海市"]),
                [IndexSchema.Theme] = Pick(random, Themes),
            })
            : FacetSelection.None;

        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48))))
        {
            for (var i = 0; i < docs.Count; i++)
            {
                var d = docs[i];
                var passage = new Passage($"p-{i}", "r-1", i, d.Matches ? "match here" : "other text", [], d.Organisation, d.Region, d.Themes, []);
                var report = new Report("r-1", "t", null, d.Organisation, d.Region, d.Themes, null, null, "a.txt", []);
                var document = IndexSchema.PassageDocument(report, passage);
                foreach (var level in IndexSchema.RegionLevels(d.SecondRegion).Except(IndexSchema.RegionLevels(d.Region)))
                    document.Add(new Lucene.Net.Documents.SortedSetDocValuesField(IndexSchema.Region, new BytesRef(level)));
                writer.AddDocument(document);
                if (i % 499 == 0) writer.Commit(); // several segments (ordinals differ per segment), each with more hits than the collector counts at a time
            }
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var top = TopScoreDocCollector.Create(1000, true);
        var ordinals = new FacetOrdinalCache(IndexSchema.FacetDimensions).For(reader);
        var collector = new DrillSidewaysCollector(ordinals, selection, top);
        searcher.Search(new TermQuery(new Term(IndexSchema.Text, "match")), collector);

        bool Passes(Doc d, string except) =>
            (except == IndexSchema.Organisation || Satisfies(selection.For(IndexSchema.Organisation), [d.Organisation]))
            && (except == IndexSchema.Region || Satisfies(selection.For(IndexSchema.Region), RegionValues(d)))
            && (except == IndexSchema.Theme || Satisfies(selection.For(IndexSchema.Theme), d.Themes));

        var matching = docs.Where(d => d.Matches).ToList();
        Assert.Equal(matching.Count(d => Passes(d, "")), collector.TotalHits);
        Assert.Equal(collector.TotalHits, top.TotalHits);
        var counts = collector.Counts;
        AssertCounts(matching.Where(d => Passes(d, IndexSchema.Organisation)).Select(d => (IEnumerable<string>)[d.Organisation]), counts.For(IndexSchema.Organisation));
        AssertCounts(matching.Where(d => Passes(d, IndexSchema.Region)).Select(RegionValues), counts.For(IndexSchema.Region));
        AssertCounts(matching.Where(d => Passes(d, IndexSchema.Theme)).Select(d => (IEnumerable<string>)d.Themes), counts.For(IndexSchema.Theme));
        // No date anywhere: every hit counts under the year facet's missing label.
        AssertCounts(matching.Where(d => Passes(d, "")).Select(_ => (IEnumerable<string>)[IndexSchema.NoYear]), counts.For(IndexSchema.Year));
        // Every way of counting was compared: the last value of each document's chain (organisations, regions),
        // bit sets (themes), and, where a passage has two regions, the values one by one.
        Assert.All(reader.Leaves, leaf => Assert.NotNull(ordinals.For(IndexSchema.Organisation).Leaf(leaf).Deepest));
        Assert.Contains(reader.Leaves, leaf => ordinals.For(IndexSchema.Theme).Leaf(leaf).Sets is not null);
        if (secondRegions) Assert.Contains(reader.Leaves, leaf => ordinals.For(IndexSchema.Region).Leaf(leaf).Deepest is null);
        else Assert.All(reader.Leaves, leaf => Assert.NotNull(ordinals.For(IndexSchema.Region).Leaf(leaf).Deepest));
    }

    private static IEnumerable<string> RegionValues(Doc d) => IndexSchema.RegionLevels(d.Region).Union(IndexSchema.RegionLevels(d.SecondRegion));

    private static IReadOnlyList<string> Pick(Random random, string[] values) =>
        random.Next(3) == 0 ? [] : values.Where(_ => random.Next(2) == 0).DefaultIfEmpty(values[0]).ToList();

    private static bool Satisfies(IReadOnlyList<string> selected, IEnumerable<string> values) =>
        selected.Count == 0 || values.Any(selected.Contains);

    private static void AssertCounts(IEnumerable<IEnumerable<string>> docs, IReadOnlyDictionary<string, int> actual)
    {
        var expected = docs.SelectMany(v => v.Distinct()).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(kv => kv.Key), actual.OrderBy(kv => kv.Key));
    }
}
