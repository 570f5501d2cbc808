namespace SearchService.Ingestion.Readers;

/// <summary>One paragraph-level line of a source document, with its 1-based line (or paragraph) number.</summary>
/// <param name="HeadingLevel">From document structure (a .docx heading style, a markdown #): 1, 2, …; 0 = body text.</param>
internal sealed record SourceLine(int Number, string Text, int HeadingLevel = 0)
{
    /// <summary>The last line of a paragraph joined from consecutive lines; <see cref="Number"/> for a single line.</summary>
    public int Last { get; init; } = Number;

    /// <summary>The characters of white space before the text in a plain-text file: where a column of a laid-out page starts.</summary>
    public int Indent { get; init; }

    /// <summary>The pieces of a paragraph joined from places that are not consecutive (a cut line and its continuation further down); empty otherwise.</summary>
    public IReadOnlyList<SourceLine> Pieces { get; init; } = [];

    /// <summary>The line as the document wrote it, when reading removed something from it (pinyin glosses); null when <see cref="Text"/> is as written.</summary>
    public string? AsWritten { get; init; }

    /// <summary>What reading removed from the line (<c>(kāi)(chuàng)</c>); null when nothing.</summary>
    public string? Removed { get; init; }
}
