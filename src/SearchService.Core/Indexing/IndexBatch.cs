using System.Threading.Channels;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using SearchService.Ingestion;

namespace SearchService.Core.Indexing;

/// <summary>
/// The changes of one commit (<see cref="IndexService.Commit"/>): all of them become visible together, or — if any
/// fails — none.
/// </summary>
public sealed class IndexBatch
{
    private readonly IndexWriter writer;

    internal IndexBatch(IndexWriter writer)
    {
        this.writer = writer;
        StartedEmpty = writer.MaxDoc == 0;
    }

    /// <summary>Starts from an empty index (a rebuild).</summary>
    public void DeleteAll()
    {
        writer.DeleteAll();
        StartedEmpty = true;
    }

    /// <summary>Every document of this commit is written by this version: the index was empty, or the batch emptied it.</summary>
    internal bool StartedEmpty { get; private set; }

    /// <summary>A report, its passages, wherever they came from.</summary>
    public void DeleteReport(string reportId) => writer.DeleteDocuments(new Term(IndexSchema.ReportId, reportId));

    /// <summary>Every report of a document written through the API, and their passages.</summary>
    public void DeleteDocument(string documentId) => writer.DeleteDocuments(new Term(IndexSchema.DocumentId, documentId));

    /// <summary>Everything that came from a file of the sources folder: its reports, passages and fingerprint.</summary>
    public void DeleteSource(string sourcePath) => writer.DeleteDocuments(new Term(IndexSchema.SourcePath, sourcePath));

    /// <summary>The reports and passages of a file of the sources folder, keeping its fingerprint.</summary>
    public void DeleteSourceReports(string sourcePath) =>
        writer.DeleteDocuments(new Lucene.Net.Search.BooleanQuery
        {
            { new Lucene.Net.Search.TermQuery(new Term(IndexSchema.SourcePath, sourcePath)), Lucene.Net.Search.Occur.MUST },
            { new Lucene.Net.Search.TermQuery(new Term(IndexSchema.Kind, IndexSchema.SourceKind)), Lucene.Net.Search.Occur.MUST_NOT },
        });

    /// <summary>
    /// Adds a report and its passages, replacing any report with its id. <paramref name="documentId"/>: the API document
    /// it was made from, null for the sources folder.
    /// </summary>
    public void Put(Report report, string? documentId = null)
    {
        DeleteReport(report.Id);
        writer.AddDocument(IndexSchema.ReportDocument(report, documentId));
        foreach (var passage in report.Passages) writer.AddDocument(IndexSchema.PassageDocument(report, passage, documentId));
    }

    /// <summary>
    /// Documents are handed to the writer in chunks, so the two threads meet once per chunk rather than once per
    /// document; a few chunks ahead keep the writer busy while memory stays flat.
    /// </summary>
    private const int ChunkSize = 64;

    private const int ChunksAhead = 4;

    /// <summary>
    /// Adds reports that are not in the index yet (a rebuild), reporting passages written. Building and analysing the
    /// documents (SmartCn, most of the work) runs on another thread, in chunks a bounded number ahead of this one,
    /// which adds them in order: analysis and inversion overlap on two cores, and the index is the one single-threaded
    /// adding would write. If either side fails, the other stops and the exception reaches the commit, which rolls back.
    /// </summary>
    public void AddAll(IReadOnlyList<(Report Report, string? DocumentId)> reports, IProgress<(int Done, int Total)>? passagesWritten = null)
    {
        var total = reports.Sum(r => r.Report.Passages.Count());
        var done = 0;
        var analyzer = writer.Analyzer;
        var analysed = Channel.CreateBounded<List<(Document Document, bool IsPassage)>>(new BoundedChannelOptions(ChunksAhead) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        // One thread of its own for the whole batch, blocking when it is ahead: each thread keeps its own analyzer
        // components, so hopping between pool threads would build them again and again.
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                var chunk = new List<(Document, bool)>(ChunkSize);
                foreach (var (report, documentId) in reports)
                {
                    chunk.Add((PreAnalyzedTokens.Analyse(IndexSchema.ReportDocument(report, documentId), analyzer), false));
                    foreach (var passage in report.Passages)
                    {
                        chunk.Add((PreAnalyzedTokens.Analyse(IndexSchema.PassageDocument(report, passage, documentId), analyzer), true));
                        if (chunk.Count >= ChunkSize) chunk = Send(chunk);
                    }
                }
                if (chunk.Count > 0) Send(chunk);
                analysed.Writer.Complete();
            }
            catch (Exception ex)
            {
                analysed.Writer.Complete(ex);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        List<(Document, bool)> Send(List<(Document, bool)> chunk)
        {
            while (!analysed.Writer.TryWrite(chunk))
                if (!analysed.Writer.WaitToWriteAsync(stop.Token).AsTask().GetAwaiter().GetResult()) break;
            return new List<(Document, bool)>(ChunkSize);
        }

        try
        {
            while (analysed.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (analysed.Reader.TryRead(out var chunk))
                {
                    foreach (var (document, isPassage) in chunk)
                    {
                        writer.AddDocument(document);
                        if (isPassage && (++done % 100 == 0 || done == total)) passagesWritten?.Report((done, total));
                    }
                }
            }
        }
        finally
        {
            // Never leave the analysing thread running past this batch (a failed AddDocument, say).
            stop.Cancel();
            producer.GetAwaiter().GetResult();
        }
    }

    /// <summary>Remembers the version of a source file now indexed.</summary>
    public void PutSource(SourceFingerprint source)
    {
        writer.DeleteDocuments(new Lucene.Net.Search.BooleanQuery
        {
            { new Lucene.Net.Search.TermQuery(new Term(IndexSchema.Kind, IndexSchema.SourceKind)), Lucene.Net.Search.Occur.MUST },
            { new Lucene.Net.Search.TermQuery(new Term(IndexSchema.SourcePath, source.Path)), Lucene.Net.Search.Occur.MUST },
        });
        writer.AddDocument(IndexSchema.SourceDocument(source));
    }
}
