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
    private volatile IReadOnlyDictionary<string, string> commitData = new Dictionary<string, string>();

    public IndexService(IndexOptions options, AnalyzerSet analyzers, ILogger<IndexService>? logger = null)
    {
        this.analyzers = analyzers;
        this.logger = logger ?? NullLogger<IndexService>.Instance;
        IndexPath = Path.GetFullPath(options.Path);
        IsReadOnly = options.ReadOnly;
        if (IsReadOnly && !System.IO.Directory.Exists(IndexPath)) throw NoIndexYet();
        System.IO.Directory.CreateDirectory(IndexPath);
        directory = new MappedDirectory(IndexPath);
        try
        {
            if (IsReadOnly)
            {
                if (!DirectoryReader.IndexExists(directory)) throw NoIndexYet();
                searchers = new SearcherManager(directory, new BM25SearcherFactory());
                commitData = ReadCommitData();
            }
            else
            {
                (writer, searchers) = Open();
                commitData = new Dictionary<string, string>(writer.CommitData, StringComparer.Ordinal);
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

    /// <summary>The commit's user data key of the last document-store change the index holds.</summary>
    public const string AppliedSequenceKey = "documents.seq";

    /// <summary>The commit's user data key set once the index has been built from the sources folder.</summary>
    public const string BuiltKey = "sources.built";

    /// <summary>The commit's record of <see cref="WrittenFieldsVersion"/>.</summary>
    public const string FieldsVersionKey = "fields.version";

    /// <summary>1: the report's credit lines indexed on its passages (<see cref="IndexSchema.Credits"/>).</summary>
    public const int CurrentFieldsVersion = 1;

    /// <summary>
    /// The sequence number of the last document-store change this index holds (from its last commit): at start, every
    /// change after it is replayed. 0 for an index that never held one.
    /// </summary>
    public long AppliedSequence => commitData.TryGetValue(AppliedSequenceKey, out var value) && long.TryParse(value, out var seq) ? seq : 0;

    /// <summary>
    /// True once this folder has been built from the sources — even if every report was deleted since, so start-up does
    /// not build it again and bring deleted reports back. An index written before the marker existed counts as built
    /// when it holds any report or source fingerprint.
    /// </summary>
    public bool HasBeenBuilt => commitData.ContainsKey(BuiltKey) || Snapshot.Reports > 0 || Snapshot.Sources > 0;

    /// <summary>True when the index holds no report (now).</summary>
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
        Commit(batch =>
        {
            batch.DeleteAll();
            batch.AddAll(reports.Select(r => (r, (string?)null)).ToList(), passagesWritten);
            foreach (var source in sources) batch.PutSource(source);
        }, built: true);

    /// <summary>
    /// Replaces everything that came from the given source files (reports and fingerprints) and removes the
    /// sources listed in <paramref name="removedSources"/>, in one commit.
    /// </summary>
    public void ReplaceSources(IReadOnlyList<Report> reports, IReadOnlyList<SourceFingerprint> sources, IReadOnlyList<string> removedSources,
        IProgress<(int Done, int Total)>? passagesWritten = null) =>
        Commit(batch =>
        {
            foreach (var path in sources.Select(s => s.Path).Concat(removedSources).Concat(reports.Select(r => r.SourcePath)).Distinct())
                batch.DeleteSource(path);
            batch.AddAll(reports.Select(r => (r, (string?)null)).ToList(), passagesWritten);
            foreach (var source in sources) batch.PutSource(source);
        });

    /// <summary>Adds or replaces reports (by id), in one commit.</summary>
    public void Upsert(IReadOnlyList<Report> reports) =>
        Commit(batch =>
        {
            foreach (var report in reports) batch.Put(report);
        });

    /// <summary>
    /// Writes every stored report again with the current schema, in one commit: an index written by an earlier
    /// version (without the body field, say) gets the new fields without a rebuild from the sources.
    /// Returns the number of reports rewritten.
    /// </summary>
    public int RewriteStoredReports(IProgress<(int Done, int Total)>? passagesWritten = null)
    {
        // Everything is written again, source fingerprints included: a segment left with any live document of the
        // old schema would keep the whole index on the old query path.
        var reports = Search(searcher =>
        {
            var hits = searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.ReportKind)), Math.Max(1, searcher.IndexReader.MaxDoc));
            return hits.ScoreDocs.Select(hit => searcher.Doc(hit.Doc)).Select(doc => (IndexSchema.ReadReport(doc), (string?)doc.Get(IndexSchema.DocumentId))).ToList();
        });
        var sources = Sources();
        Commit(batch =>
        {
            batch.DeleteAll();
            batch.AddAll(reports, passagesWritten);
            foreach (var source in sources) batch.PutSource(source);
        });
        return reports.Count;
    }

    /// <summary>
    /// True when a segment lacks a field this version writes (the body field, the citations and dates and the hit
    /// records of passages, the listing fields of reports): <see cref="RewriteStoredReports"/> adds them.
    /// </summary>
    public bool NeedsSchemaUpgrade() =>
        Search(searcher => !IndexSchema.HasBody(searcher.IndexReader) || !IndexSchema.HasReportListFields(searcher.IndexReader)
            || !IndexSchema.HasCitations(searcher.IndexReader) || !IndexSchema.HasHitRecords(searcher.IndexReader)
            || (searcher.IndexReader.NumDocs > 0 && WrittenFieldsVersion < CurrentFieldsVersion));

    /// <summary>
    /// The fields version every live document was written with, kept in the commit: a field a report may lack (its
    /// credits) cannot tell an old index by its absence. Set when a commit starts from an empty index (a build, a
    /// rebuild, an upgrade); other commits carry it over, since the documents they leave were written before.
    /// </summary>
    public int WrittenFieldsVersion =>
        commitData.TryGetValue(FieldsVersionKey, out var value) && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : 0;

    /// <summary>Removes a report and its passages; false when the id is unknown.</summary>
    public bool Delete(string reportId)
    {
        var deleted = false;
        Commit(batch =>
        {
            // Checked inside the commit's lock: a concurrent write cannot come between the check and the delete.
            deleted = ContainsReport(reportId);
            if (deleted) batch.DeleteReport(reportId);
        });
        return deleted;
    }

    /// <summary>The report is in the index (as of the last commit).</summary>
    public bool ContainsReport(string reportId) =>
        Search(s => s.Search(new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Kind, IndexSchema.ReportKind)), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.ReportId, reportId)), Occur.MUST },
        }, 1).TotalHits > 0);

    /// <summary>
    /// Applies <paramref name="changes"/> in one commit, atomically: if anything fails the writer is rolled back and the
    /// previous commit stays the index. <paramref name="appliedSequence"/>: the last document-store change the index
    /// holds after this commit (recorded in the commit, never lowered). <paramref name="built"/>: the commit is a build
    /// from the sources.
    /// </summary>
    public void Commit(Action<IndexBatch> changes, long? appliedSequence = null, bool built = false) =>
        Write(writer =>
        {
            var batch = new IndexBatch(writer);
            changes(batch);
            var data = new Dictionary<string, string>(commitData, StringComparer.Ordinal);
            if (batch.StartedEmpty) data[FieldsVersionKey] = CurrentFieldsVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (appliedSequence is { } seq && seq > AppliedSequence) data[AppliedSequenceKey] = seq.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (built) data[BuiltKey] = "true";
            writer.SetCommitData(data);
            return data;
        });

    /// <summary>
    /// Read-only: reopen the readers when another process has committed. Checked at most once a second, since the
    /// check lists the folder; <see cref="Refresh"/> checks at once.
    /// </summary>
    private void FollowCommits()
    {
        var now = Environment.TickCount64;
        var due = Interlocked.Read(ref nextRefreshCheck);
        if (now < due || Interlocked.CompareExchange(ref nextRefreshCheck, now + 1000, due) != due) return;
        if (!searchers.MaybeRefresh()) return;
        commitData = ReadCommitData();
        snapshot = Stats();
    }

    /// <summary>The user data of the commit the readers see (read-only mode).</summary>
    private IReadOnlyDictionary<string, string> ReadCommitData() =>
        Search(searcher => searcher.IndexReader is DirectoryReader reader
            ? new Dictionary<string, string>(reader.IndexCommit.UserData, StringComparer.Ordinal)
            : new Dictionary<string, string>());

    /// <summary>Makes the latest commit searchable now (read-only mode; a writer refreshes after each of its commits).</summary>
    public void Refresh()
    {
        searchers.MaybeRefreshBlocking();
        if (IsReadOnly) commitData = ReadCommitData();
        snapshot = Stats();
    }

    private void Write(Func<IndexWriter, IReadOnlyDictionary<string, string>> batch)
    {
        if (IsReadOnly)
            throw new InvalidOperationException($"The index at {IndexPath} was opened read-only; write through the API or `searchsvc index`.");
        lock (writeLock)
        {
            var writer = this.writer!;
            try
            {
                var data = batch(writer);
                writer.Commit();
                // Lucene.Net flushes every file it writes but not the folder: without this a power loss could forget the
                // new commit point's name (the document store replays what the index then lacks, but an index that opens
                // at its latest commit is the better start).
                Documents.DurableFile.SyncFolder(IndexPath);
                commitData = data;
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
