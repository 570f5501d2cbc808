using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace SearchService.Ingestion.Readers;

/// <summary>
/// The paragraphs of a .docx, read as a stream: the zip directly (entry count, declared and actual inflated size of
/// each part read) and the XML with an <see cref="XmlReader"/> that checks the element depth — never a DOM, so no
/// recursion on nesting a file controls (OpenXml's tree builder overflows the stack on 50,000 nested elements, which
/// kills the process) and no memory beyond the text kept. Headings come from the paragraph style (Heading1…, 标题1…, Title).
/// </summary>
internal static partial class DocxText
{
    private static readonly string[] WordNamespaces =
    [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ];

    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private const string DefaultMainPart = "word/document.xml";

    public static IReadOnlyList<SourceLine> Read(byte[] bytes, ReadBudget budget)
    {
        var limits = budget.Limits;
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > limits.MaxZipEntries)
            throw DocumentTooLargeException.Over($"the .docx holds {zip.Entries.Count:N0} files, which", nameof(DocumentLimits.MaxZipEntries), limits.MaxZipEntries);
        var main = Entry(zip, MainPartName(zip, budget) ?? DefaultMainPart) ?? throw new DocumentUnreadableException("the .docx has no document body (word/document.xml)");
        using var xml = OpenXml(main, budget);
        return Paragraphs(xml, budget);
    }

    /// <summary>The target of the package's officeDocument relationship (usually word/document.xml).</summary>
    private static string? MainPartName(ZipArchive zip, ReadBudget budget)
    {
        if (Entry(zip, "_rels/.rels") is not { } rels) return null;
        using var xml = OpenXml(rels, budget);
        while (Next(xml, budget))
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("Type")?.EndsWith("/officeDocument", StringComparison.Ordinal) == true
                && xml.GetAttribute("Target") is { Length: > 0 } target)
                return target.TrimStart('/');
        return null;
    }

    private static IReadOnlyList<SourceLine> Paragraphs(XmlReader xml, ReadBudget budget)
    {
        var lines = new List<SourceLine>();
        var open = new Stack<Paragraph>();
        var number = 0;
        var textDepth = -1;
        var advance = true;
        var chunk = new char[8192];
        while (!advance || Next(xml, budget))
        {
            advance = true;
            if (xml.EOF) break;
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.NamespaceURI == MarkupCompatibility && xml.LocalName == "Fallback":
                    // The same content as the Choice before it, for older readers: read it once. Skip() stops on the
                    // node after the subtree, which is then handled without reading past it.
                    xml.Skip();
                    advance = false;
                    break;
                case XmlNodeType.Element when IsWord(xml, "p"):
                    number++;
                    if (!xml.IsEmptyElement) open.Push(new Paragraph(number, xml.Depth));
                    break;
                case XmlNodeType.Element when IsWord(xml, "t") && !xml.IsEmptyElement && open.Count > 0:
                    textDepth = xml.Depth;
                    break;
                case XmlNodeType.Element when IsWord(xml, "pStyle") && open.Count > 0 && xml.Depth == open.Peek().Depth + 2:
                    open.Peek().Style ??= xml.GetAttribute("val", xml.NamespaceURI);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when textDepth >= 0:
                    AppendText(xml, open.Peek().Text, chunk, budget);
                    break;
                case XmlNodeType.EndElement when IsWord(xml, "t") && xml.Depth == textDepth:
                    textDepth = -1;
                    break;
                case XmlNodeType.EndElement when IsWord(xml, "p") && open.Count > 0 && xml.Depth == open.Peek().Depth:
                    var paragraph = open.Pop();
                    var text = paragraph.Text.ToString().Trim();
                    if (text.Length > 0) lines.Add(new SourceLine(paragraph.Number, text, HeadingLevel(paragraph.Style ?? "")));
                    break;
            }
        }
        // A paragraph inside another (a text box) ends first; the document's order is that of the paragraphs' starts.
        lines.Sort((a, b) => a.Number.CompareTo(b.Number));
        return lines;
    }

    /// <summary>
    /// A text node in chunks, counted as it is read: one text node can hold the whole 50 MB of a zip bomb, and
    /// <see cref="XmlReader.Value"/> would build all of it before the character limit could be checked.
    /// </summary>
    private static void AppendText(XmlReader xml, StringBuilder text, char[] chunk, ReadBudget budget)
    {
        if (!xml.CanReadValueChunk)
        {
            budget.AddChars(xml.Value.Length);
            text.Append(xml.Value);
            return;
        }
        int read;
        while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
        {
            budget.AddChars(read);
            budget.Tick();
            text.Append(chunk, 0, read);
        }
    }

    private sealed class Paragraph(int number, int depth)
    {
        public int Number { get; } = number;
        public int Depth { get; } = depth;
        public string? Style { get; set; }
        public StringBuilder Text { get; } = new();
    }

    private static bool IsWord(XmlReader xml, string localName) =>
        xml.LocalName == localName && (xml.NamespaceURI == WordNamespaces[0] || xml.NamespaceURI == WordNamespaces[1]);

    /// <summary>Reads the next node, enforcing the depth limit and the time budget.</summary>
    private static bool Next(XmlReader xml, ReadBudget budget)
    {
        if (!xml.Read()) return false;
        if (xml.Depth > budget.Limits.MaxXmlDepth)
            throw new DocumentUnreadableException($"the .docx nests its XML deeper than {budget.Limits.MaxXmlDepth} elements (Ingestion:Limits:MaxXmlDepth)");
        budget.Tick();
        return true;
    }

    private static ZipArchiveEntry? Entry(ZipArchive zip, string name) =>
        zip.Entries.FirstOrDefault(e => e.FullName.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static XmlReader OpenXml(ZipArchiveEntry entry, ReadBudget budget)
    {
        var max = budget.Limits.MaxPartBytes;
        Exception OverLimit() => DocumentTooLargeException.Over($"the .docx part {entry.FullName} inflates to more bytes than allowed: it", nameof(DocumentLimits.MaxPartBytes), max);
        if (entry.Length > max) throw OverLimit();
        var content = new BoundedStream(entry.Open(), max, OverLimit, budget);
        return XmlReader.Create(content, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = max,
            CloseInput = true,
        });
    }

    private static int HeadingLevel(string style) =>
        HeadingStyle().Match(style) is { Success: true } m ? int.Parse(m.Groups[1].Value)
        : style.Equals("Title", StringComparison.OrdinalIgnoreCase) ? 1 : 0;

    [GeneratedRegex(@"^(?:Heading|heading|标题)\s*(\d)$")]
    private static partial Regex HeadingStyle();
}
