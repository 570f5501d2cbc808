using System.Security.Cryptography;
using System.Text;
using SearchService.Ingestion;

namespace SearchService.Core.Documents;

/// <summary>
/// Ids of documents written through the API and of the reports and passages made from them. A document's id is the
/// client's (PUT) or the server's: taken from a hash of its content and given metadata (its fingerprint), so the same
/// upload names the same report and what extraction finds (title, organisation) never changes it. A document's reports
/// are <c>id</c>, <c>id-2</c>, <c>id-3</c>…; a passage's id comes from its report's id and its text, so it is unique to
/// its report and stays while the text does.
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

    /// <summary>The id of the <paramref name="ordinal"/>-th (from 1) report of a document.</summary>
    public static string ReportId(string documentId, int ordinal) => ordinal == 1 ? documentId : $"{documentId}-{ordinal}";

    /// <summary>
    /// The reports ingestion made of a document, under the document's ids: report <c>n</c> becomes
    /// <see cref="ReportId"/>, each passage an id derived from its report's id and the id ingestion gave it (itself
    /// derived from its text), and the occurrences follow their report.
    /// </summary>
    public static IReadOnlyList<Report> Assign(IReadOnlyList<Report> reports, string documentId)
    {
        var renamed = reports.Select((r, i) => (Old: r.Id, New: ReportId(documentId, i + 1))).ToDictionary(x => x.Old, x => x.New, StringComparer.Ordinal);
        return reports.Select(report =>
        {
            var id = renamed[report.Id];
            return report with
            {
                Id = id,
                Sections = report.Sections.Select(s => s with
                {
                    Passages = s.Passages.Select(p => p with
                    {
                        Id = PassageId(id, p.Id),
                        ReportId = id,
                        Occurrences = p.Occurrences.Select(o => renamed.TryGetValue(o.ReportId, out var to) ? o with { ReportId = to } : o).ToList(),
                    }).ToList(),
                }).ToList(),
            };
        }).ToList();
    }

    private static string PassageId(string reportId, string ingestedId) =>
        "p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{reportId}\n{ingestedId}")))[..12];
}
