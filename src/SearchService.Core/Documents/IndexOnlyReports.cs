using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SearchService.Core.Indexing;
using SearchService.Core.Indexing.Stored;
using SearchService.Ingestion;

namespace SearchService.Core.Documents;

/// <summary>
/// Reports an index holds that neither the sources folder nor the document store could build again: written through
/// the API by a version before the store existed. Each is copied into the store as it is indexed (its stored report
/// JSON, ids kept), once, before anything rebuilds the index — so upgrading never loses a write the old version
/// acknowledged. The caller holds the <see cref="WriteGate"/>.
/// </summary>
public sealed class IndexOnlyReports(IndexService index, DocumentStore store, ILogger<IndexOnlyReports>? logger = null)
{
    private readonly ILogger log = logger ?? (ILogger)NullLogger.Instance;

    private static readonly ISet<string> IdentityFields = new HashSet<string> { IndexSchema.Id, IndexSchema.DocumentId, IndexSchema.SourcePath };

    private static readonly ISet<string> JsonField = new HashSet<string> { IndexSchema.ReportJson };

    /// <returns>How many reports were copied into the store.</returns>
    public int Import()
    {
        var orphans = index.Search(searcher =>
        {
            var sources = new HashSet<string>(index.Sources().Select(s => s.Path), StringComparer.Ordinal);
            var reports = searcher.Search(new TermQuery(new Term(IndexSchema.Kind, IndexSchema.ReportKind)), Math.Max(1, searcher.IndexReader.MaxDoc));
            // Every rebuild asks, under the write gate: only the small fields are read for each report, the report's JSON
            // only for the few (usually none) that are orphans.
            return reports.ScoreDocs
                .Select(hit => (hit.Doc, Fields: searcher.Doc(hit.Doc, IdentityFields)))
                .Where(d => d.Fields.Get(IndexSchema.DocumentId) is null && !sources.Contains(d.Fields.Get(IndexSchema.SourcePath) ?? ""))
                .Select(d => (d.Doc, Id: d.Fields.Get(IndexSchema.Id)))
                .Where(r => r.Id is not null && store.Document(r.Id) is null && DocumentStore.IsValidId(r.Id))
                .Select(r => (r.Id, Json: searcher.Doc(r.Doc, JsonField).Get(IndexSchema.ReportJson)))
                .Where(r => r.Json is not null)
                .ToList();
        });
        foreach (var (id, json) in orphans)
        {
            var content = Encoding.UTF8.GetBytes(json!);
            store.WriteDocument(id, StoredDocument.StoredReportFileName, content, new ReportMetadata(), DocumentStore.Sha256(content), [id],
                StoredDocument.StoredReportFormat);
        }
        if (orphans.Count > 0)
            log.LogWarning("Copied {Count} reports that only the index held (written through the API before the document store existed) into the document store at {Root}",
                orphans.Count, store.Root);
        return orphans.Count;
    }

    /// <summary>The report a copied document holds, exactly as it was indexed.</summary>
    public static Report Read(byte[] content) => StoredFormat.ReadReport(Encoding.UTF8.GetString(content));
}
