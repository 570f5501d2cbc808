using System.ComponentModel.DataAnnotations;

namespace SearchService.Ingestion.Readers;

/// <summary>
/// How much work one document may cost to read, whatever its format (configuration <c>Ingestion:Limits</c>). Every
/// limit is checked while reading, so a hostile file is refused after a bounded amount of work instead of exhausting
/// memory, the stack or the CPU. The README beside the reader code says why each default is what it is.
/// </summary>
public sealed record DocumentLimits
{
    /// <summary>Bytes of one file (txt/md/docx/pdf) as uploaded or found on disk.</summary>
    [Range(1, long.MaxValue)]
    public long MaxDocumentBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Characters of text extracted from one document (before splitting into passages).</summary>
    [Range(1, int.MaxValue)]
    public int MaxDocumentChars { get; init; } = 2_000_000;

    /// <summary>
    /// A paragraph longer than this is split at sentence ends (or, without any, at a comma or space) into passages of
    /// at most this length. At most 10,000: a title taken from a paragraph is indexed as one term, which Lucene caps at 32,766 bytes.
    /// </summary>
    [Range(200, 10_000)]
    public int MaxPassageChars { get; init; } = 2_000;

    /// <summary>Element nesting of any XML part of a .docx.</summary>
    [Range(8, 10_000)]
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Entries in a .docx (zip) archive.</summary>
    [Range(1, int.MaxValue)]
    public int MaxZipEntries { get; init; } = 2_000;

    /// <summary>Inflated bytes of any one part read from a .docx (declared size and actual bytes both count).</summary>
    [Range(1, long.MaxValue)]
    public long MaxPartBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Pages of a PDF.</summary>
    [Range(1, int.MaxValue)]
    public int MaxPdfPages { get; init; } = 2_000;

    /// <summary>Decoded bytes of one PDF content stream (a page's drawing operators, or a form's).</summary>
    [Range(1, long.MaxValue)]
    public long MaxPdfContentStreamBytes { get; init; } = 1024 * 1024;

    /// <summary>Decoded bytes of any other PDF stream (fonts, images, object streams).</summary>
    [Range(1, long.MaxValue)]
    public long MaxPdfStreamBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Decoded bytes of all PDF streams of one document together.</summary>
    [Range(1, long.MaxValue)]
    public long MaxPdfDecodedBytes { get; init; } = 256 * 1024 * 1024;

    /// <summary>Forms drawn inside forms (PDF form XObjects), counted from the outermost.</summary>
    [Range(1, 1_000)]
    public int MaxPdfFormDepth { get; init; } = 32;

    /// <summary>Wall-clock time to read one document; past it the document is refused as too slow to read.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan ParseTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>PDFs read at once (a PDF is read on its own thread; see PdfText): more wait for a slot within their time budget.</summary>
    [Range(1, 256)]
    public int MaxConcurrentPdfReads { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Throws <see cref="ValidationException"/> naming the first limit out of range.</summary>
    public DocumentLimits Validated()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        return this;
    }
}
