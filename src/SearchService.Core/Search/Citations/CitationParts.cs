namespace SearchService.Core.Search.Citations;

/// <summary>
/// The pieces of a GB/T 7714-2015 citation of a passage or report. <see cref="Type"/> is the document type code:
/// <c>G</c> (a part of a compilation, cited with <c>//</c> and the compilation), <c>EB/OL</c> (a standalone report
/// with a source URL) or <c>R</c> (a standalone report). <see cref="Location"/> is where in the source the passage
/// stands, in words (<c>第 21、57 行</c>, <c>第 3 页</c>); <see cref="Lines"/> the same as numbers.
/// <see cref="Permalink"/> is the page that shows the passage (or report); the API fills it in, since it depends on the
/// address the service is reached at.
/// </summary>
public sealed record CitationParts(
    string? Author,
    string Title,
    string Type,
    string? Compilation,
    string? Publisher,
    string? Date,
    string Source,
    bool Posted,
    string? Location,
    string? SourceUrl)
{
    public const string PartOfCompilation = "G";
    public const string Online = "EB/OL";
    public const string Report = "R";

    /// <summary>The line runs (or pages, in a PDF) <see cref="Location"/> names; empty for a whole report.</summary>
    public IReadOnlyList<CitedLines> Lines { get; init; } = [];

    public string? Permalink { get; init; }
}

/// <summary>Lines <see cref="First"/> to <see cref="Last"/> of the source (1-based, inclusive); in a PDF, on pages <see cref="FirstPage"/> to <see cref="LastPage"/>.</summary>
public sealed record CitedLines(int First, int Last, int? FirstPage = null, int? LastPage = null);
