namespace SearchService.Ingestion.Readers;

/// <summary>One paragraph-level line of a source document, with its 1-based line (or paragraph) number.</summary>
/// <param name="HeadingLevel">From document structure (a .docx heading style, a markdown #): 1, 2, …; 0 = body text.</param>
internal sealed record SourceLine(int Number, string Text, int HeadingLevel = 0);
