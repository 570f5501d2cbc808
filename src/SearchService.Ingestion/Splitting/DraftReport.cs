using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>A report as the splitter found it, before duplicates and metadata: its title, byline and paragraphs.</summary>
internal sealed class DraftReport(string sourcePath, string title, string? subtitle, string? organisation)
{
    public string SourcePath { get; } = sourcePath;

    public string Title { get; set; } = title;

    public string? Subtitle { get; } = subtitle;

    public string? Organisation { get; set; } = organisation;

    public List<DraftParagraph> Paragraphs { get; } = [];
}

/// <summary>A paragraph with the headings it stands under (outermost first).</summary>
internal sealed record DraftParagraph(SourceLine Line, IReadOnlyList<string> SectionPath);
