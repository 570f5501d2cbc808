using System.Text.RegularExpressions;

namespace SearchService.Ingestion.Readers;

/// <summary>
/// Reads .txt/.md/.docx/.pdf into paragraph lines within <see cref="DocumentLimits"/>. Throws
/// <see cref="DocumentTooLargeException"/> for a document over a limit, <see cref="DocumentUnreadableException"/> for one
/// it cannot read (both are <see cref="DocumentReadException"/>s), and <see cref="OperationCanceledException"/> when the
/// caller cancels. Pinyin glosses a mirror site inserted are removed (<see cref="PinyinGlosses"/>). Thread-safe; one
/// instance per pipeline holds the PDF reading slots.
/// </summary>
internal sealed partial class DocumentReader(DocumentLimits limits, PinyinGlosses glosses)
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".docx", ".pdf" };

    private readonly SemaphoreSlim pdfSlots = new(limits.MaxConcurrentPdfReads, limits.MaxConcurrentPdfReads);

    public DocumentLimits Limits => limits;

    /// <summary>With the default limits, for tests and tools.</summary>
    public static IReadOnlyList<SourceLine> Read(string fileName, Stream content) =>
        new DocumentReader(new DocumentLimits(), PinyinGlosses.Load(PinyinGlosses.ShippedPath)).Read(fileName, content, default);

    public IReadOnlyList<SourceLine> Read(string fileName, Stream content, CancellationToken cancellation)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension)) throw new DocumentUnreadableException($"'{extension}' files are not supported; use .txt, .md, .docx or .pdf");
        var budget = new ReadBudget(limits, cancellation);
        try
        {
            var bytes = BoundedStream.ReadAll(content, limits.MaxDocumentBytes,
                () => DocumentTooLargeException.Over("the file", nameof(DocumentLimits.MaxDocumentBytes), limits.MaxDocumentBytes), budget);
            var lines = extension switch
            {
                ".txt" => PlainText(bytes, markdown: false, budget),
                ".md" => PlainText(bytes, markdown: true, budget),
                ".docx" => DocxText.Read(bytes, budget),
                _ => JoinPdfLines(PdfText.VisualLines(bytes, budget, pdfSlots)),
            };
            return LongParagraphs.Split(glosses.Remove(lines), limits.MaxPassageChars);
        }
        catch (Exception ex) when (ex is not DocumentReadException and not OperationCanceledException and not OutOfMemoryException)
        {
            // The library's own words, not its type names: they say what is wrong with the file.
            throw new DocumentUnreadableException($"not a readable {extension} file ({ex.Message})", ex);
        }
    }

    private static IReadOnlyList<SourceLine> PlainText(byte[] bytes, bool markdown, ReadBudget budget)
    {
        var (text, _) = TextDecoder.Decode(bytes);
        budget.AddChars(text.Length);
        var lines = new List<SourceLine>();
        var number = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            budget.Tick();
            number++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            if (markdown && MarkdownHeading().Match(trimmed) is { Success: true } heading)
            {
                lines.Add(new SourceLine(number, heading.Groups[2].Value.Trim(), heading.Groups[1].Length));
                continue;
            }
            lines.Add(new SourceLine(number, markdown ? StripMarkdown(trimmed) : trimmed) { Indent = line.Length - line.TrimStart().Length });
        }
        return lines;
    }

    internal static IReadOnlyList<SourceLine> JoinPdfLines(IReadOnlyList<(int Number, string Text)> visual)
    {
        var lines = new List<SourceLine>();
        var current = new System.Text.StringBuilder();
        int start = 0, last = 0;
        foreach (var (number, raw) in visual)
        {
            var text = raw.Trim();
            if (text.Length == 0) continue;
            if (current.Length == 0) start = number;
            else if (NeedsSpace(current[^1], text[0])) current.Append(' ');
            current.Append(text);
            last = number;
            if (EndsParagraph(text))
            {
                lines.Add(new SourceLine(start, current.ToString()) { Last = last });
                current.Clear();
            }
        }
        if (current.Length > 0) lines.Add(new SourceLine(start, current.ToString()) { Last = last });
        return lines;
    }

    private static bool EndsParagraph(string line) => line[^1] is '。' or '！' or '？' or '；' or '：' or '.' or '!' or '?' || line.Length < 20;

    private static bool NeedsSpace(char before, char after) => char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after);

    internal static string JoinWords(IEnumerable<string> words)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0 && NeedsSpace(sb[^1], w[0])) sb.Append(' ');
            sb.Append(w);
        }
        return sb.ToString();
    }

    private static string StripMarkdown(string line) => MarkdownNoise().Replace(line, "").Trim();

    [GeneratedRegex(@"^(#{1,6})\s+(.+)$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^([-*+]\s+|>\s*)|\*\*|__|`")]
    private static partial Regex MarkdownNoise();
}
