using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Indexing;

/// <summary>
/// A rebuild analyses documents on another thread than the writer's (<c>IndexBatch.AddAll</c>): the index it writes
/// must be the one the writer would have written analysing them itself, document for document.
/// </summary>
public sealed class AnalysedAheadTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-ahead-" + Guid.NewGuid().ToString("n"));

    private static string Seeds
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln"))) return Path.Combine(dir.FullName, "seeds");
            throw new InvalidOperationException("repository root not found");
        }
    }

    [Fact]
    public void A_rebuild_writes_the_same_postings_positions_offsets_and_norms_as_adding_each_document_on_one_thread()
    {
        var reports = new IngestionPipeline().IngestPath(Seeds).Reports;
        Assert.True(reports.Sum(r => r.Passages.Count()) > 20);

        var ahead = Path.Combine(folder, "ahead");
        using (var service = new IndexService(new SearchService.Core.Indexing.IndexOptions { Path = ahead }, Analyzers.Value))
            service.Rebuild(reports, []);

        var plain = Path.Combine(folder, "plain");
        using (var directory = Lucene.Net.Store.FSDirectory.Open(plain))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, Analyzers.Value.PerField) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() }))
        {
            foreach (var report in reports)
            {
                writer.AddDocument(IndexSchema.ReportDocument(report));
                foreach (var passage in report.Passages) writer.AddDocument(IndexSchema.PassageDocument(report, passage));
            }
            writer.Commit();
        }

        using var expected = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(plain));
        using var actual = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(ahead));
        Assert.Equal(expected.MaxDoc, actual.MaxDoc);
        var expectedFields = MultiFields.GetFields(expected);
        var actualFields = MultiFields.GetFields(actual);
        var names = expectedFields.ToList();
        Assert.Equal(names, actualFields.ToList());
        Assert.Contains(IndexSchema.Text, names);
        foreach (var name in names)
        {
            Assert.Equal(Postings(expectedFields.GetTerms(name)), Postings(actualFields.GetTerms(name)));
            var expectedNorms = MultiDocValues.GetNormValues(expected, name);
            var actualNorms = MultiDocValues.GetNormValues(actual, name);
            Assert.Equal(expectedNorms is null, actualNorms is null);
            if (expectedNorms is null) continue;
            for (var doc = 0; doc < expected.MaxDoc; doc++) Assert.Equal(expectedNorms.Get(doc), actualNorms!.Get(doc));
        }
    }

    /// <summary>Every term with, per document, its positions and offsets (or its frequency where positions are not kept).</summary>
    private static List<string> Postings(Terms terms)
    {
        var lines = new List<string>();
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            var term = iterator.Term.Utf8ToString();
            var positions = iterator.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (positions is null)
            {
                var docs = iterator.Docs(null, null, DocsFlags.FREQS);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) lines.Add($"{term} {docs.DocID} ×{docs.Freq}");
                continue;
            }
            while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var at = new List<string>();
                for (var i = 0; i < positions.Freq; i++) at.Add($"{positions.NextPosition()}:{positions.StartOffset}-{positions.EndOffset}");
                lines.Add($"{term} {positions.DocID} {string.Join(",", at)}");
            }
        }
        return lines;
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
