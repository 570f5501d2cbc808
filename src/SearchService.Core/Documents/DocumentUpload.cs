using SearchService.Ingestion;

namespace SearchService.Core.Documents;

/// <summary>
/// What a client sent as one document: the bytes ingestion reads (an uploaded file, or the UTF-8 text of a JSON body),
/// a file name that only labels it and decides its format by its extension, and the metadata given with it.
/// </summary>
public sealed record DocumentUpload(string FileName, byte[] Content, ReportMetadata Metadata);
