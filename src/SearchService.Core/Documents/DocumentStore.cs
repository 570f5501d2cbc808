using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Indexing;
using SearchService.Ingestion;

namespace SearchService.Core.Documents;

/// <summary>
/// The truth the index is built from, besides the sources folder: every document written through the API (its bytes and
/// the metadata given), every deletion and every correction, each with the sequence number of the change. A change is on
/// disk — file and folder flushed, written under a temporary name and renamed — before the call returns, so the caller may
/// acknowledge it. The index records the last sequence number it holds (in its commit), so whatever the index lacks after
/// a crash is found here and replayed (<see cref="ChangedSince"/>).
/// <code>
/// uploads/&lt;id&gt;.json      a document: file name, given metadata, content hash, the reports it yields (or a tombstone)
/// content/&lt;sha256&gt;        its bytes, written first; content-addressed, so a record never names a partial file
/// reports/&lt;id&gt;.json      a decision about one report: deleted, or organisation/region/themes corrected
/// idempotency/&lt;hash&gt;.json an answer to replay for a request with an Idempotency-Key
/// </code>
/// Thread-safe. Callers serialise the writes that must be ordered with the index (see <see cref="WriteGate"/>).
/// </summary>
public sealed class DocumentStore
{
    private const string UploadsFolder = "uploads";
    private const string ContentFolder = "content";
    private const string ReportsFolder = "reports";
    private const string AnswersFolder = "idempotency";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lock sync = new();
    private readonly ILogger logger;
    private readonly DocumentsOptions options;
    private readonly Dictionary<string, StoredDocument> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReportDecision> decisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> liveByFingerprint = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> liveByReport = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IdempotentAnswer> answers = new(StringComparer.Ordinal);
    private long lastSeq;

    public DocumentStore(DocumentsOptions options, IndexOptions index, ILogger<DocumentStore>? logger = null)
        : this(options.ResolvePath(index.Path), options, logger)
    {
    }

    public DocumentStore(string root, DocumentsOptions? options = null, ILogger<DocumentStore>? logger = null)
    {
        Root = Path.GetFullPath(root);
        this.options = options ?? new DocumentsOptions();
        this.logger = logger ?? NullLogger<DocumentStore>.Instance;
        try
        {
            foreach (var folder in new[] { UploadsFolder, ContentFolder, ReportsFolder, AnswersFolder }) DurableFile.CreateFolder(Path.Combine(Root, folder));
            Load();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            throw new DocumentStoreUnavailableException(
                $"The document store at {Root} cannot be read ({ex.Message}). It holds every document written through the API: restore it from a backup, or point Documents:Path at the right folder.", ex);
        }
    }

    /// <summary>The store's folder.</summary>
    public string Root { get; }

    /// <summary>The sequence number of the last change (0: none yet).</summary>
    public long LastSeq
    {
        get
        {
            lock (sync) return lastSeq;
        }
    }

    public StoredDocument? Document(string id)
    {
        lock (sync) return documents.GetValueOrDefault(id);
    }

    public ReportDecision? Decision(string reportId)
    {
        lock (sync) return decisions.GetValueOrDefault(reportId);
    }

    /// <summary>The live document with exactly this content and given metadata, if any.</summary>
    public StoredDocument? LiveDocumentWithFingerprint(string fingerprint)
    {
        lock (sync) return liveByFingerprint.TryGetValue(fingerprint, out var id) ? documents[id] : null;
    }

    /// <summary>
    /// The live document report <paramref name="reportId"/> belongs to: the document with that id when it yields it (a
    /// client's PUT of that id), else a document that lists it among its reports.
    /// </summary>
    public StoredDocument? LiveDocumentYielding(string reportId)
    {
        lock (sync)
        {
            if (documents.GetValueOrDefault(reportId) is { IsLive: true } own && own.ReportIds.Contains(reportId)) return own;
            return liveByReport.TryGetValue(reportId, out var ids) ? ids.Select(id => documents[id]).MaxBy(d => d.Seq) : null;
        }
    }

    public IReadOnlyList<StoredDocument> LiveDocuments()
    {
        lock (sync) return documents.Values.Where(d => d.IsLive).OrderBy(d => d.Seq).ToList();
    }

    /// <summary>Every document and decision written after <paramref name="seq"/>, oldest first.</summary>
    public (IReadOnlyList<StoredDocument> Documents, IReadOnlyList<ReportDecision> Decisions) ChangedSince(long seq)
    {
        lock (sync)
            return (documents.Values.Where(d => d.Seq > seq).OrderBy(d => d.Seq).ToList(), decisions.Values.Where(d => d.Seq > seq).OrderBy(d => d.Seq).ToList());
    }

    /// <summary>The bytes of a live document, checked against their hash.</summary>
    /// <exception cref="InvalidDataException">The content is missing or does not match its hash (a damaged disk).</exception>
    public byte[] ReadContent(StoredDocument document)
    {
        if (document.ContentSha256 is not { } hash) throw new InvalidDataException($"document {document.Id} is deleted and has no content");
        var path = ContentPath(hash);
        if (!File.Exists(path)) throw new InvalidDataException($"the content of document {document.Id} ({path}) is missing");
        var bytes = File.ReadAllBytes(path);
        if (Sha256(bytes) != hash) throw new InvalidDataException($"the content of document {document.Id} ({path}) does not match its hash");
        return bytes;
    }

    /// <summary>Keeps a document (new or replacing the one with this id): content first, then its record; both flushed.</summary>
    public StoredDocument WriteDocument(string id, string fileName, ReadOnlySpan<byte> content, ReportMetadata metadata, string fingerprint, IReadOnlyList<string> reportIds,
        string? format = null)
    {
        EnsureValidId(id);
        var hash = Sha256(content);
        var contentPath = ContentPath(hash);
        lock (sync)
        {
            // Content-addressed and renamed into place whole: a file under this name is this content. Under the lock, so
            // the removal of unreferenced content cannot take it between here and the record.
            if (!File.Exists(contentPath)) DurableFile.WriteAtomically(contentPath, content);
            var record = new StoredDocument(StoredDocument.CurrentVersion, id, lastSeq + 1, false, fileName, hash, content.Length, StoredMetadata.From(metadata),
                fingerprint, reportIds, DateTimeOffset.UtcNow) { Format = format };
            Persist(DocumentPath(id), record);
            Apply(record);
            return record;
        }
    }

    /// <summary>Marks a document deleted (its record stays as a tombstone, its content is removed later).</summary>
    public StoredDocument DeleteDocument(string id)
    {
        lock (sync)
        {
            var old = documents.GetValueOrDefault(id) ?? throw new KeyNotFoundException($"no document {id}");
            var record = old with { Seq = lastSeq + 1, Deleted = true, ContentSha256 = null, ContentLength = 0, WrittenAt = DateTimeOffset.UtcNow };
            Persist(DocumentPath(id), record);
            Apply(record);
            return record;
        }
    }

    /// <summary>Records a decision about a report: deleted, or corrected (a null correction removes an earlier one).</summary>
    public ReportDecision Decide(string reportId, bool deleted, StoredCorrection? correction)
    {
        EnsureValidId(reportId);
        lock (sync)
        {
            var record = new ReportDecision(ReportDecision.CurrentVersion, reportId, lastSeq + 1, deleted, deleted || correction is { IsEmpty: true } ? null : correction,
                DateTimeOffset.UtcNow);
            Persist(Path.Combine(Root, ReportsFolder, FileName(reportId)), record);
            Apply(record);
            return record;
        }
    }

    /// <summary>Removes content no live document refers to (left by deletions and replacements); returns how many files.</summary>
    public int RemoveUnreferencedContent()
    {
        lock (sync)
        {
            var referenced = documents.Values.Where(d => d.ContentSha256 is not null).Select(d => d.ContentSha256!).ToHashSet(StringComparer.Ordinal);
            var removed = 0;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, ContentFolder)))
            {
                var name = Path.GetFileName(file);
                if (name.EndsWith(DurableFile.TemporarySuffix, StringComparison.Ordinal) || referenced.Contains(name)) continue;
                File.Delete(file);
                removed++;
            }
            return removed;
        }
    }

    /// <summary>The answer given to an earlier request with this <c>Idempotency-Key</c>, while it is kept.</summary>
    public IdempotentAnswer? Answer(string key)
    {
        lock (sync)
        {
            if (!answers.TryGetValue(key, out var answer)) return null;
            if (answer.WrittenAt >= DateTimeOffset.UtcNow.AddHours(-options.IdempotencyHours)) return answer;
            Forget(answer);
            return null;
        }
    }

    /// <summary>Keeps an answer for replay (flushed), dropping the oldest beyond <see cref="DocumentsOptions.IdempotencyKeys"/>.</summary>
    public void Remember(IdempotentAnswer answer)
    {
        if (options.IdempotencyKeys == 0) return;
        lock (sync)
        {
            Persist(AnswerPath(answer.Key), answer);
            answers[answer.Key] = answer;
            if (answers.Count > options.IdempotencyKeys)
                foreach (var old in answers.Values.OrderBy(a => a.WrittenAt).Take(answers.Count - options.IdempotencyKeys).ToList())
                    Forget(old);
        }
    }

    /// <summary>Ids the store accepts (and the API lets a client choose): letters, digits, '-' and '_', up to 100, not starting with '-'.</summary>
    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= 100 } && id[0] != '-' && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private void Forget(IdempotentAnswer answer)
    {
        answers.Remove(answer.Key);
        try
        {
            File.Delete(AnswerPath(answer.Key));
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not remove an expired idempotency answer");
        }
    }

    private static void EnsureValidId(string id)
    {
        if (!IsValidId(id)) throw new ArgumentException($"'{id}' is not a valid document or report id", nameof(id));
    }

    private void Apply(StoredDocument record)
    {
        if (documents.TryGetValue(record.Id, out var old))
        {
            if (liveByFingerprint.GetValueOrDefault(old.Fingerprint) == record.Id) liveByFingerprint.Remove(old.Fingerprint);
            foreach (var report in old.ReportIds)
                if (liveByReport.TryGetValue(report, out var ids) && ids.Remove(record.Id) && ids.Count == 0) liveByReport.Remove(report);
        }
        documents[record.Id] = record;
        if (record.IsLive)
        {
            liveByFingerprint[record.Fingerprint] = record.Id;
            foreach (var report in record.ReportIds)
            {
                if (!liveByReport.TryGetValue(report, out var ids)) liveByReport[report] = ids = new HashSet<string>(StringComparer.Ordinal);
                ids.Add(record.Id);
            }
        }
        lastSeq = Math.Max(lastSeq, record.Seq);
    }

    private void Apply(ReportDecision record)
    {
        decisions[record.ReportId] = record;
        lastSeq = Math.Max(lastSeq, record.Seq);
    }

    private static void Persist<T>(string path, T record) => DurableFile.WriteAtomically(path, JsonSerializer.SerializeToUtf8Bytes(record, Json));

    private void Load()
    {
        foreach (var folder in new[] { UploadsFolder, ContentFolder, ReportsFolder, AnswersFolder })
            foreach (var leftover in Directory.EnumerateFiles(Path.Combine(Root, folder), "*" + DurableFile.TemporarySuffix))
                File.Delete(leftover); // a write the crash interrupted: never renamed, so never acknowledged
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, UploadsFolder), "*.json"))
        {
            var record = Read<StoredDocument>(file);
            if (record.SchemaVersion > StoredDocument.CurrentVersion) throw Newer(file, record.SchemaVersion);
            Apply(record);
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, ReportsFolder), "*.json"))
        {
            var record = Read<ReportDecision>(file);
            if (record.SchemaVersion > ReportDecision.CurrentVersion) throw Newer(file, record.SchemaVersion);
            Apply(record);
        }
        var oldest = DateTimeOffset.UtcNow.AddHours(-options.IdempotencyHours);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, AnswersFolder), "*.json"))
        {
            var answer = Read<IdempotentAnswer>(file);
            if (answer.WrittenAt < oldest || answer.SchemaVersion > IdempotentAnswer.CurrentVersion) File.Delete(file);
            else answers[answer.Key] = answer;
        }
        logger.LogInformation("Document store at {Root}: {Documents} documents ({Live} live), {Decisions} report decisions, last change {Seq}",
            Root, documents.Count, documents.Values.Count(d => d.IsLive), decisions.Count, lastSeq);
    }

    private static T Read<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllBytes(file), Json) ?? throw new InvalidDataException($"{file} holds no record");

    private static InvalidDataException Newer(string file, int version) =>
        new($"{file} was written with schema version {version} by a newer version of the service; upgrade the service");

    private string DocumentPath(string id) => Path.Combine(Root, UploadsFolder, FileName(id));

    private string ContentPath(string hash) => Path.Combine(Root, ContentFolder, hash);

    private string AnswerPath(string key) => Path.Combine(Root, AnswersFolder, Sha256(Encoding.UTF8.GetBytes(key))[..32] + ".json");

    /// <summary>The id itself, with a suffix when it has capitals, so two ids differing only in case never share a file on a case-insensitive disk.</summary>
    private static string FileName(string id) =>
        (id.Any(char.IsAsciiLetterUpper) ? $"{id}~{Sha256(Encoding.UTF8.GetBytes(id))[..8]}" : id) + ".json";

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>The document store cannot be read; start-up stops with this message.</summary>
public sealed class DocumentStoreUnavailableException(string message, Exception inner) : Exception(message, inner);
