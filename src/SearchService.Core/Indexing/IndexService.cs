using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Analysis;
using SearchService.Ingestion;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchService.Core.Indexing;

/// <summary>
/// Owns the one <see cref="IndexWriter"/> of an index folder and the <see cref="SearcherManager"/> readers come from.
/// Every write is one batch ending in one commit (commits are slow on .NET 8+ in Lucene.Net beta00017), so a batch is
/// atomic: if it fails, the writer is rolled back and the previous commit stays the index.
/// Opened <see cref="IndexOptions.ReadOnly"/>, it has no writer and takes no lock: its readers open the last commit
/// and reopen when another process commits, so it can search a folder the API is serving and writing.
/// </summary>
public sealed class IndexService : IDisposable
{
    private static readonly Similarity Ranking = new BM25Similarity();

    private readonly AnalyzerSet analyzers;
    private readonly ILogger logger;
    private readonly LuceneDirectory directory;
    private readonly System.Threading.Lock writeLock = new();
    private IndexWriter? writer;
    private SearcherManager searchers;
    private DateTimeOffset? lastCommit;
    private long nextRefreshCheck;
    private volatile IndexStats snapshot;

    public IndexService(IndexOptions options, AnalyzerSet analyzers, ILogger<IndexService>? logger = null)
    {
        this.analyzers = analyzers;
        this.logger = logger ?? NullLogger<IndexService>.Instance;
        IndexPath = Path.GetFullPath(options.Path);
        IsReadOnly = options.ReadOnly;
        if (IsReadOnly && !System.IO.Directory.Exists(IndexPath)) throw NoIndexYet();
        System.IO.Directory.CreateDirectory(IndexPath);
        directory = FSDirectory.Open(IndexPath);
        try
        {
            if (IsReadOnly)
            {
                if (!DirectoryReader.IndexExists(directory)) throw NoIndexYet();
                searchers = new SearcherManager(directory, new BM25SearcherFactory());
            }
            else
            {
                (writer, searchers) = Open();
            }
            snapshot = Stats();
        }
        catch (IndexUnavailableException)
        {
            directory.Dispose();
            throw;
        }
        catch (LockObtainFailedException ex)
        {
            directory.Dispose();
            throw new IndexUnavailableException(
                $"The index at {IndexPath} is locked by another process (is the API or `searchsvc index` already running on it?). Stop that process, or point Index:Path elsewhere.", ex);
        }
        catch (Exception ex) when (ex is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException or IOException)
        {
            directory.Dispose();
            throw new IndexUnavailableException(
                $"The index at {IndexPath} cannot be opened ({ex.Message}). Rebuild it from the sources with `dotnet run --project src/SearchService.Cli -- index --rebuild --index {IndexPath}` (or delete the folder and restart, which rebuilds it).", ex);
        }
    }

    public string IndexPath { get; }

    /// <summary>Opened without a writer: searches only, and writes throw.</summary>
    public bool IsReadOnly { get; }

    private IndexUnavailableException NoIndexYet() =>
        new($"There is no index at {IndexPath} yet. Build it with `searchsvc index --index {IndexPath}`, or start the API, which builds it.");

    /// <summary>True when no report has ever been committed to this folder.</summary>
    public bool IsEmpty => Stats().Reports == 0;

    public T Search<T>(Func<IndexSearcher, T> work)
    {
        if (IsReadOnly) FollowCommits();
        var searcher = searchers.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// <see cref="Stats"/> as of the last commit, without touching a searcher: what readiness reports, so it answers at
    /// once however busy searching is.
    /// </summary>
    public IndexStats Snapshot => snapshot;

    public IndexStats Stats() => Search(searcher => new IndexStats(
        Count(searcher, IndexSchema.ReportKind),
        Count(searcher, IndexSchema.PassageKind),
        Count(searcher, IndexSchema.SourceKind),
        lastCommit));

    public IReadOnlyList<SourceFingerprint> Sources() => Search(searcher =>
    {
        var query = new TermQuery(new Term(IndexSchema.Kind, IndexSchema.SourceKind));
        var top = searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc));
        return top.ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc))
            .Select(doc => new SourceFingerprint(doc.Get(IndexSchema.SourcePath), doc.Get(IndexSchema.SourceHash)))
            .ToList();
    });

    /// <summary>Replaces the whole index with these reports, in one commit.</summary>
    public void Rebuild(IReadOnlyList<Report> reports, IReadOnlyList<SourceFingerprint> sources, IProgress<(int Done, int Total)>? passagesWritten = null) =>
        Write(w =>
        {
            w.DeleteAll();
            AddAll(w, reports, sources, passagesWritten);
        });

    /// <summary>
    /// Replaces everything that came from the given source files (reports and fingerprints) and removes the
    /// sources listed in <paramref name="removedSources"/>, in one commit.
    /// </summary>
    public void ReplaceSources(IReadOnlyList<Report> reports, IReadOnlyList<SourceFingerprint> sources, IReadOnlyList<string> removedSources,
        IProgress<(int Done, int Total)>? passagesWritten = null) =>
        Write(w =>
        {
            foreach (var path in sources.Select(s => s.Path).Concat(removedSources).Concat(reports.Select(r => r.SourcePath)).Distinct())
                w.DeleteDocuments(new Term(IndexSchema.SourcePath, path));
            AddAll(w, reports, sources, passagesWritten);
        });

    /// <summary>Adds or replaces reports (by id), in one commit.</summary>
    public void Upsert(IReadOnlyList<Report> reports) =>
        Write(w =>
        {
            foreach (var report in reports) w.DeleteDocuments(new Term(IndexSchema.ReportId, report.Id));
            AddAll(w, reports, [], null);
        });

    /// <summary>
    /// Writes every stored report again with the current schema, in one commit: an index written by an earlier
    /// version (without the body field, say) gets the new fields without a rebuild from the sources, which
    /// would drop the reports that came in through the API. Returns the number of reports rewritten.
    /// </summary>
    public int RewriteStoredReports(IProgress<(int Done, int Total)>? passagesWritten = null)
    {
        // Everything is written again, source fingerprints included: a segment left with any live document of the
        // old schema would keep the whole index on the old query path.
        var reports = Search(searcher =>
        {
            var hits = searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.ReportKind)), Math.Max(1, searcher.IndexReader.MaxDoc));
            return hits.ScoreDocs.Select(hit => IndexSchema.ReadReport(searcher.Doc(hit.Doc))).ToList();
        });
        Rebuild(reports, Sources(), passagesWritten);
        return reports.Count;
    }

    /// <summary>
    /// True when a segment holding passages lacks the body field or the citations (and dates) of its
    /// passages: <see cref="RewriteStoredReports"/> adds them.
    /// </summary>
    public bool NeedsSchemaUpgrade() => Search(searcher => !IndexSchema.HasBody(searcher.IndexReader) || !IndexSchema.HasCitations(searcher.IndexReader));

    /// <summary>Removes a report and its passages; false when the id is unknown.</summary>
    public bool Delete(string reportId)
    {
        var exists = Search(s => s.Search(new TermQuery(new Term(IndexSchema.ReportId, reportId)), 1).TotalHits > 0);
        if (!exists) return false;
        Write(w => w.DeleteDocuments(new Term(IndexSchema.ReportId, reportId)));
        return true;
    }

    private static void AddAll(IndexWriter w, IReadOnlyList<Report> reports, IReadOnlyList<SourceFingerprint> sources, IProgress<(int Done, int Total)>? passagesWritten = null)
    {
        var total = reports.Sum(r => r.Passages.Count());
        var done = 0;
        foreach (var report in reports)
        {
            w.AddDocument(IndexSchema.ReportDocument(report));
            foreach (var passage in report.Passages)
            {
                w.AddDocument(IndexSchema.PassageDocument(report, passage));
                if (++done % 100 == 0 || done == total) passagesWritten?.Report((done, total));
            }
        }
        foreach (var source in sources) w.AddDocument(IndexSchema.SourceDocument(source));
    }

    /// <summary>
    /// Read-only: reopen the readers when another process has committed. Checked at most once a second, since the
    /// check lists the folder; <see cref="Refresh"/> checks at once.
    /// </summary>
    private void FollowCommits()
    {
        var now = Environment.TickCount64;
        var due = Interlocked.Read(ref nextRefreshCheck);
        if (now < due || Interlocked.CompareExchange(ref nextRefreshCheck, now + 1000, due) != due) return;
        if (searchers.MaybeRefresh()) snapshot = Stats();
    }

    /// <summary>Makes the latest commit searchable now (read-only mode; a writer refreshes after each of its commits).</summary>
    public void Refresh()
    {
        searchers.MaybeRefreshBlocking();
        snapshot = Stats();
    }

    private void Write(Action<IndexWriter> batch)
    {
        if (IsReadOnly)
            throw new InvalidOperationException($"The index at {IndexPath} was opened read-only; write through the API or `searchsvc index`.");
        lock (writeLock)
        {
            var writer = this.writer!;
            try
            {
                batch(writer);
                writer.Commit();
                lastCommit = DateTimeOffset.UtcNow;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Index write failed; rolling back to the last commit");
                RollBackAndReopen();
                throw;
            }
            searchers.MaybeRefreshBlocking();
            snapshot = Stats();
        }
    }

    private void RollBackAndReopen()
    {
        var oldSearchers = searchers;
        try
        {
            writer!.Rollback();
        }
        finally
        {
            (writer, searchers) = Open();
            oldSearchers.Dispose();
        }
    }

    private (IndexWriter, SearcherManager) Open()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzers.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking,
            RAMBufferSizeMB = 64,
        };
        var w = new IndexWriter(directory, config);
        try
        {
            if (!DirectoryReader.IndexExists(directory)) w.Commit();
            return (w, new SearcherManager(w, true, new BM25SearcherFactory()));
        }
        catch
        {
            w.Dispose();
            throw;
        }
    }

    private static int Count(IndexSearcher searcher, string kind) =>
        searcher.Search(new TermQuery(new Term(IndexSchema.Kind, kind)), 1).TotalHits;

    public void Dispose()
    {
        try
        {
            searchers.Dispose();
        }
        finally
        {
            try
            {
                writer?.Dispose();
            }
            finally
            {
                directory.Dispose();
            }
        }
    }

    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Ranking };
    }
}
