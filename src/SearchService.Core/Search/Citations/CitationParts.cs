using SearchService.Ingestion;

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
    public const string StandaloneReport = "R";

    /// <summary>The line runs (or pages, in a PDF) <see cref="Location"/> names; empty for a whole report.</summary>
    public IReadOnlyList<CitedLines> Lines { get; init; } = [];

    public string? Permalink { get; init; }

    /// <summary>Source paths of documents posted to the write API start with this.</summary>
    public const string PostedPrefix = "api/";

    /// <summary>
    /// A passage as a part of its report: the report's organisation (who wrote it — not the passage's actor, which may be
    /// another organisation the report tells about), the report's title and compilation, and the lines of the passage's
    /// first place in the source (a repeated paragraph is cited where it first stood).
    /// </summary>
    public static CitationParts Of(Report report, Passage passage)
    {
        var first = passage.Occurrences.FirstOrDefault();
        var lines = first is null ? []
            : first.Ranges.Count > 0 ? first.Ranges.Select(r => new CitedLines(r.First, r.Last, r.FirstPage, r.LastPage)).ToList()
            : [new CitedLines(first.Line, first.Line, first.Page, first.Page)];
        var author = report.Organisation.Length > 0 ? report.Organisation : passage.Organisation;
        return Of(report, author, first?.SourcePath ?? report.SourcePath, lines);
    }

    /// <summary>A whole report: no lines.</summary>
    public static CitationParts Of(Report report) => Of(report, report.Organisation, report.SourcePath, []);

    private static CitationParts Of(Report report, string? author, string source, IReadOnlyList<CitedLines> lines)
    {
        var compilation = global::SearchService.Core.Search.Citations.Compilation.Of(report.Collection, report.Credits);
        var type = compilation is not null ? CitationParts.PartOfCompilation
            : !string.IsNullOrWhiteSpace(report.SourceUrl) ? CitationParts.Online
            : CitationParts.StandaloneReport;
        var posted = source.StartsWith(PostedPrefix, StringComparison.Ordinal);
        return new CitationParts(
            string.IsNullOrWhiteSpace(author) ? null : author,
            report.Title,
            type,
            compilation?.Title,
            compilation?.Publisher,
            compilation?.Date ?? report.Date,
            source,
            posted,
            CitationFormatter.Location(lines),
            string.IsNullOrWhiteSpace(report.SourceUrl) ? null : report.SourceUrl.Trim()) { Lines = lines };
    }
}

/// <summary>Lines <see cref="First"/> to <see cref="Last"/> of the source (1-based, inclusive); in a PDF, on pages <see cref="FirstPage"/> to <see cref="LastPage"/>.</summary>
public sealed record CitedLines(int First, int Last, int? FirstPage = null, int? LastPage = null);
