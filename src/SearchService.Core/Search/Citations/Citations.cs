using SearchService.Ingestion;

namespace SearchService.Core.Search.Citations;

/// <summary>What a citation of a report or of one of its passages names, from the report and the passage's place.</summary>
public static class Citations
{
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
        var compilation = Compilation.Of(report.Collection, report.Credits);
        var type = compilation is not null ? CitationParts.PartOfCompilation
            : !string.IsNullOrWhiteSpace(report.SourceUrl) ? CitationParts.Online
            : CitationParts.Report;
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
