using System.ComponentModel.DataAnnotations;

namespace SearchService.Core.Documents;

/// <summary>Bound from configuration section <c>Documents</c> (environment <c>Documents__Path</c>).</summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>The folder name of the store inside the index folder when <see cref="Path"/> is not set.</summary>
    public const string DefaultFolderName = "documents";

    /// <summary>
    /// The document store: what was written through the API, deletions and corrections. Unset: the <c>documents</c>
    /// folder inside <c>Index:Path</c>, so one folder (one Docker volume) holds everything the service keeps; Lucene
    /// ignores folders inside its own.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>Answers to requests with an <c>Idempotency-Key</c> kept for replay; the oldest go first.</summary>
    [Range(0, 1_000_000, ErrorMessage = "Documents:IdempotencyKeys must be from 0 (keys not kept) to 1000000.")]
    public int IdempotencyKeys { get; set; } = 10_000;

    /// <summary>How long an answer to a request with an <c>Idempotency-Key</c> is replayed.</summary>
    [Range(1, 24 * 365, ErrorMessage = "Documents:IdempotencyHours must be from 1 to 8760.")]
    public int IdempotencyHours { get; set; } = 24;

    public string ResolvePath(string indexPath) =>
        System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(indexPath, DefaultFolderName) : Path);
}
