using SearchService.Ingestion;

namespace SearchService.Core.Documents;

/// <summary>
/// An API document → its reports, under the document's id (ingestion names them <c>id</c>, <c>id-2</c>… and their passages
/// from the report id and the text): when it is written and whenever it is indexed again.
/// </summary>
public sealed class DocumentIngestion(IngestionPipeline pipeline, DocumentStore store)
{
    /// <exception cref="DocumentReadException">Over a limit or unreadable.</exception>
    public IngestionResult Ingest(DocumentUpload upload, string documentId, CancellationToken cancellation = default)
    {
        using var content = new MemoryStream(upload.Content, writable: false);
        return pipeline.IngestFile(upload.FileName, content, upload.Metadata, documentId, cancellation);
    }

    /// <summary>A kept document, read from the store.</summary>
    /// <exception cref="DocumentReadException">Over a limit or unreadable (limits lowered since it was written).</exception>
    /// <exception cref="InvalidDataException">Its content is missing or damaged.</exception>
    public IngestionResult Ingest(StoredDocument document, CancellationToken cancellation = default)
    {
        var content = store.ReadContent(document);
        if (document.Format == StoredDocument.StoredReportFormat) return new IngestionResult([IndexOnlyReports.Read(content)], []);
        return Ingest(new DocumentUpload(document.FileName ?? "document.txt", content, document.Metadata?.ToMetadata() ?? new ReportMetadata()), document.Id, cancellation);
    }
}
