using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Splitting;

/// <summary>A report as the splitter found it, before duplicates and metadata: its title, byline, paragraphs and credits.</summary>
internal sealed class DraftReport(string sourcePath, string title, string? subtitle, string? organisation)
{
    public string SourcePath { get; } = sourcePath;

    public string Title { get; set; } = title;

    public string? Subtitle { get; set; } = subtitle;

    public string? Organisation { get; set; } = organisation;

    public List<DraftParagraph> Paragraphs { get; } = [];

    /// <summary>The line that announced the report (its title, or its byline) and its place in reading order.</summary>
    public (SourceLine Line, int Sequence)? Anchor { get; init; }

    /// <summary>An item of a list document (a news page's items, a compilation of organisations' summaries), started by its marker or heading.</summary>
    public bool IsItem { get; init; }

    /// <summary>An item opened by its headline (its title), not by a marked paragraph.</summary>
    public bool Titled { get; init; }

    /// <summary>Credit and dateline lines within the report (责编, 来源, 记者, 发布时间…).</summary>
    public List<SourceLine> Credits { get; } = [];

    /// <summary>The headings the next paragraph stands under, outermost first, each with whether a paragraph stood under it yet.</summary>
    internal List<OpenHeading> Headings { get; } = [];

    /// <summary>The number of the last numbered heading per level (三、 → 3 at level 1), to tell which report a heading continues.</summary>
    internal Dictionary<int, int> LastOrdinal { get; } = [];

    /// <summary>A numbered heading of this report was <c>一、</c> or followed the one before it: the report has an outline of its own.</summary>
    internal bool HasOutline { get; set; }
}

/// <summary>A paragraph with the headings it stands under (outermost first); <see cref="Sequence"/> is its place in reading order.</summary>
/// <param name="WasHeading">A heading nothing stood under, kept as a paragraph.</param>
/// <param name="InOutline">Under a numbered heading of a report whose numbering began in order (see <see cref="DraftReport.HasOutline"/>).</param>
internal sealed record DraftParagraph(SourceLine Line, IReadOnlyList<string> SectionPath, int Sequence, bool WasHeading = false, bool InOutline = false);

/// <summary>A heading on a report's stack; <see cref="Used"/> once a paragraph stood under it.</summary>
internal sealed class OpenHeading(int level, string text, SourceLine line, int sequence)
{
    public int Sequence { get; } = sequence;

    public int Level { get; } = level;

    public string Text { get; } = text;

    public SourceLine Line { get; } = line;

    public bool Used { get; set; }

    public bool Numbered { get; init; }
}

/// <summary>What the splitter made of a document: its reports, the lines it dropped and why, and the collection's own title and credits.</summary>
internal sealed record SplitDocument(IReadOnlyList<DraftReport> Reports, IReadOnlyList<(SourceLine Line, string Reason)> Dropped, string? Collection, IReadOnlyList<SourceLine> CollectionCredits);
