using SearchService.Core.Search.Citations;

namespace SearchService.Api.Contracts;

/// <summary>
/// The pieces of a citation (GB/T 7714-2015): <c>author</c> (the report's organisation), <c>title</c> (the report's),
/// <c>type</c> (<c>G</c> a part of a compilation, <c>EB/OL</c> an online report, <c>R</c> a report),
/// <c>compilation</c>, <c>publisher</c> and <c>date</c> where known, <c>source</c> (the file, or <c>api/…</c> for a
/// posted report, then <c>posted</c> is true), <c>location</c> (<c>第 21、57 行</c>; pages for a PDF) with its
/// <c>lines</c>, <c>sourceUrl</c> and <c>permalink</c>, the page that shows the passage or report.
/// </summary>
public sealed record CitationPartsResponse(
    string? Author,
    string Title,
    string Type,
    string? Compilation,
    string? Publisher,
    string? Date,
    string Source,
    bool Posted,
    string? Location,
    IReadOnlyList<LineRangeResponse> Lines,
    string? SourceUrl,
    string? Permalink)
{
    public static CitationPartsResponse From(CitationParts parts) => new(
        parts.Author, parts.Title, parts.Type, parts.Compilation, parts.Publisher, parts.Date, parts.Source, parts.Posted, parts.Location,
        parts.Lines.Select(l => new LineRangeResponse(l.First, l.Last, l.FirstPage, l.LastPage)).ToList(), parts.SourceUrl, parts.Permalink);
}

/// <summary>The compilation a report is an item of: its own title, the headline it stands under, who compiled or issued it and when, where known.</summary>
public sealed record CompilationResponse(string Title, string? Subtitle, string? Publisher, string? Date)
{
    public static CompilationResponse? From(Compilation? compilation) =>
        compilation is null ? null : new(compilation.Title, compilation.Subtitle, compilation.Publisher, compilation.Date);
}
