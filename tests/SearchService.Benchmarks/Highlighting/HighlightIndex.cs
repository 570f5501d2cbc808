using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Query;
using SearchService.Ingestion;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchService.Benchmarks.Highlighting;

/// <summary>
/// The service's passage documents, indexed as the service does, plus what the vector highlighter needs: term vectors
/// with positions and offsets on the text field and on a bigram copy of the text (so a verbatim run can be matched as
/// a bigram phrase and marked on the stored text). For each query: the service's query and its first page of hits.
/// </summary>
public sealed class HighlightIndex : IDisposable
{
    /// <summary>The passage text's CJK bigrams, with term vectors: the recall net's matches, for the vector highlighter.</summary>
    public const string BigramVectors = "text_cjk_tv";

    private static readonly FieldType TextWithVectors = new()
    {
        IsIndexed = true, IsTokenized = true, IsStored = true,
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true,
    };

    private static readonly FieldType BigramsWithVectors = new()
    {
        IsIndexed = true, IsTokenized = true, IsStored = false,
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
        StoreTermVectors = true, StoreTermVectorPositions = true, StoreTermVectorOffsets = true,
    };

    private readonly LuceneDirectory directory = new RAMDirectory();
    private readonly DirectoryReader reader;

    public HighlightIndex(IReadOnlyList<Report> reports)
    {
        Analyzers = AnalyzerSet.Create(new AnalysisOptions());
        var perField = new PerFieldAnalyzerWrapper(Analyzers.Words, new Dictionary<string, Analyzer>
        {
            [IndexSchema.TextBigrams] = Analyzers.Bigrams,
            [IndexSchema.TitleBigrams] = Analyzers.Bigrams,
            [BigramVectors] = Analyzers.Bigrams,
        });
        // Without compound files, so the term vector files can be measured (Size).
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, perField) { Similarity = new BM25Similarity(), UseCompoundFile = false };
        config.MergePolicy.NoCFSRatio = 0;
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var report in reports)
            foreach (var passage in report.Sections.SelectMany(s => s.Passages))
            {
                var doc = IndexSchema.PassageDocument(report, passage);
                doc.RemoveField(IndexSchema.Text);
                doc.Add(new Field(IndexSchema.Text, passage.Text, TextWithVectors));
                doc.Add(new Field(BigramVectors, passage.Text, BigramsWithVectors));
                writer.AddDocument(doc);
            }
            writer.Commit();
        }
        reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        Builder = new LuceneQueryBuilder(Analyzers, Synonyms.FromConfiguredFile(null), new SearchOptions());
    }

    public AnalyzerSet Analyzers { get; }

    public IndexSearcher Searcher { get; }

    public LuceneQueryBuilder Builder { get; }

    /// <summary>The service's query for <paramref name="query"/> and the passages of its first page.</summary>
    public (BuiltQuery Built, int[] Docs) Page(string query, int size = 10)
    {
        var built = Builder.Build(UserQueryParser.Parse(query), MatchOperator.Auto, value => RegionResolver.Resolve(reader, value), IndexSchema.HasCombinedWords(reader));
        // The primary tier's hits, then (as the service does when they are few) the fallback tiers' other hits.
        var docs = new List<int>();
        foreach (var tier in new[] { built.Primary }.Concat(built.Fallbacks.Select(f => f.Query)))
        {
            var passages = new BooleanQuery
            {
                { tier, Occur.MUST },
                { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.PassageKind)) { Boost = 0 }, Occur.MUST },
            };
            foreach (var hit in Searcher.Search(passages, size).ScoreDocs)
                if (docs.Count < size && !docs.Contains(hit.Doc)) docs.Add(hit.Doc);
        }
        return (built, docs.ToArray());
    }

    /// <summary>Bytes of the whole index, and of its term vector files (what the vector highlighter adds).</summary>
    public (long Total, long TermVectors) Size()
    {
        var files = directory.ListAll();
        return (files.Sum(f => directory.FileLength(f)), files.Where(f => f.EndsWith(".tvd") || f.EndsWith(".tvx")).Sum(f => directory.FileLength(f)));
    }

    public string Text(int doc) => Searcher.Doc(doc).Get(IndexSchema.Text) ?? "";

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        Analyzers.Dispose();
    }
}
