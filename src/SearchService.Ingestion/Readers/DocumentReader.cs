using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace SearchService.Ingestion.Readers;

/// <summary>Reads .txt/.md/.docx/.pdf into paragraph lines. Throws <see cref="InvalidDataException"/> for a file it cannot read.</summary>
internal static partial class DocumentReader
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".docx", ".pdf" };

    public static IReadOnlyList<SourceLine> Read(string fileName, Stream content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".txt" => PlainText(content, markdown: false),
                ".md" => PlainText(content, markdown: true),
                ".docx" => Docx(content),
                ".pdf" => Pdf(content),
                _ => throw new InvalidDataException($"'{extension}' files are not supported; use .txt, .md, .docx or .pdf"),
            };
        }
        catch (Exception ex) when (ex is not InvalidDataException and not OutOfMemoryException)
        {
            throw new InvalidDataException($"not a readable {extension} file ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }

    private static IReadOnlyList<SourceLine> PlainText(Stream content, bool markdown)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var (text, _) = TextDecoder.Decode(buffer.ToArray());
        var lines = new List<SourceLine>();
        var number = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
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

    private static IReadOnlyList<SourceLine> Docx(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
        using var document = WordprocessingDocument.Open(buffer, false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("the .docx has no document body");
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            number++;
            var text = string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)).Trim();
            if (text.Length == 0) continue;
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            var level = HeadingStyle().Match(style) is { Success: true } m ? int.Parse(m.Groups[1].Value) : style.Equals("Title", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            lines.Add(new SourceLine(number, text, level));
        }
        return lines;
    }

    /// <summary>
    /// PDF text comes as visual lines; a paragraph is re-joined from consecutive lines until one ends a sentence.
    /// Chinese lines join without a space, Latin ones with one. The line number is the page number × 1000 + line.
    /// </summary>
    private static IReadOnlyList<SourceLine> Pdf(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        using var pdf = PdfDocument.Open(buffer.ToArray());
        var visual = new List<(int Number, string Text)>();
        foreach (var page in pdf.GetPages())
        {
            var pageLines = page.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (pageLines.Length <= 1)
                pageLines = page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom, 0)).OrderByDescending(g => g.Key)
                    .Select(g => JoinWords(g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToArray();
            for (var i = 0; i < pageLines.Length; i++) visual.Add((page.Number * 1000 + i + 1, pageLines[i]));
        }
        return JoinPdfLines(visual);
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

    private static string JoinWords(IEnumerable<string> words)
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

    [GeneratedRegex(@"^(?:Heading|heading|标题)\s*(\d)$")]
    private static partial Regex HeadingStyle();
}
