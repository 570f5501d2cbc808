using System.Security.Cryptography;
using System.Text;
using SearchService.Ingestion;

namespace SearchService.Core.Documents;

/// <summary>
/// Ids of documents written through the API. A document's id is the client's (PUT) or the server's: taken from a hash
/// of its content and given metadata (its fingerprint; the first id tried is ingestion's
/// <see cref="IngestionPipeline.DocumentId"/>), so the same upload names the same report and what extraction finds
/// (title, organisation) never changes it. Ingestion names the document's reports <c>id</c>, <c>id-2</c>, <c>id-3</c>…
/// and each passage from its report's id and its text, so a passage is unique to its report and keeps its id while
/// the text does.
/// </summary>
public static class DocumentIds
{
    /// <summary>The content and the metadata given, hashed: two uploads with the same fingerprint are the same document.</summary>
    public static string Fingerprint(ReadOnlySpan<byte> content, ReportMetadata metadata)
    {
        var given = string.Join("\n", metadata.Title, metadata.Organisation, metadata.Region, string.Join(",", metadata.Themes ?? []), metadata.Date,
            metadata.SourceUrl);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(content);
        hash.AppendData(Encoding.UTF8.GetBytes("\n\u0000" + given));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The server's id for a fingerprint: its first 10 hex digits, longer when a different document already has that
    /// id (ids are short for people; the fingerprint decides what is the same document).
    /// </summary>
    public static string ServerId(string fingerprint, Func<string, string?> fingerprintOfId)
    {
        foreach (var length in new[] { 10, 16, 24, 32, 64 })
        {
            var id = "r-" + fingerprint[..length];
            var holder = fingerprintOfId(id);
            if (holder is null || holder == fingerprint) return id;
        }
        throw new InvalidOperationException("every id derived from the fingerprint is taken by another document");
    }
}
