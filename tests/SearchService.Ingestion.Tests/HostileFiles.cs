using System.IO.Compression;
using System.Text;

namespace SearchService.Tests.Hostile;

/// <summary>
/// Hostile documents made in code, byte by byte, so none is ever committed: the shapes that killed or starved the
/// service in issue 17, and the ones found while bounding the readers. Shared (linked) by the reader tests, the API
/// tests and the hostile-input script.
/// </summary>
public static class HostileFiles
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A .docx whose body nests <c>&lt;w:sdt&gt;&lt;w:sdtContent&gt;</c> <paramref name="depth"/> times around one paragraph (a few KB zipped).</summary>
    public static byte[] NestedDocx(int depth) => Docx(body =>
    {
        for (var i = 0; i < depth; i++) body.Write("<w:sdt><w:sdtContent>");
        body.Write("<w:p><w:r><w:t>深处的一段文字。</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++) body.Write("</w:sdtContent></w:sdt>");
    });

    /// <summary>A .docx of one paragraph holding <paramref name="megabytes"/> MB of repeated text: tens of KB zipped.</summary>
    public static byte[] DocxBomb(int megabytes) => Docx(body =>
    {
        body.Write("<w:p><w:r><w:t>");
        var chunk = string.Concat(Enumerable.Repeat("劳模工匠创新工作室", 1000));
        var bytesPerChunk = Encoding.UTF8.GetByteCount(chunk);
        for (long written = 0; written < megabytes * 1024L * 1024; written += bytesPerChunk) body.Write(chunk);
        body.Write("</w:t></w:r></w:p>");
    });

    /// <summary>A valid .docx with these paragraphs and <paramref name="extraEntries"/> empty files beside them.</summary>
    public static byte[] Docx(IEnumerable<string> paragraphs, int extraEntries = 0) => Docx(body =>
    {
        foreach (var text in paragraphs) body.Write($"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>");
    }, extraEntries);

    /// <summary>A minimal .docx (content types, package relationship, main part) whose body <paramref name="writeBody"/> writes.</summary>
    public static byte[] Docx(Action<TextWriter> writeBody, int extraEntries = 0)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using (var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false)))
            {
                writer.Write($"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{WordNs}"><w:body>""");
                writeBody(writer);
                writer.Write("</w:body></w:document>");
            }
            for (var i = 0; i < extraEntries; i++) zip.CreateEntry($"customXml/item{i}.xml");
        }
        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>A one-page PDF whose Flate-compressed content stream decodes to <paramref name="megabytes"/> MB of text operators (~100 KB per 100 MB).</summary>
    public static byte[] PdfBomb(int megabytes)
    {
        var line = Encoding.ASCII.GetBytes("BT /F1 12 Tf 50 700 Td (Union report text) Tj ET\n");
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            for (long written = 0; written < megabytes * 1024L * 1024; written += line.Length) zlib.Write(line);
        return OnePage("/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R",
            ($"<< /Length {compressed.Length} /Filter /FlateDecode >>", compressed.ToArray()), (Helvetica, null));
    }

    /// <summary>A one-page PDF whose content stream is <paramref name="bytes"/> bytes of plain (unfiltered) text operators.</summary>
    public static byte[] PdfPlainContent(int bytes)
    {
        var line = "BT /F1 12 Tf 50 700 Td (Union report text) Tj ET\n";
        var content = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(line, bytes / line.Length + 1)));
        return OnePage("/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R", ($"<< /Length {content.Length} >>", content), (Helvetica, null));
    }

    /// <summary>A PDF whose page draws form X0, which draws form X1, which draws X0 again (792 bytes; kills PdfPig 0.1.16 by recursion).</summary>
    public static byte[] PdfFormLoop()
    {
        var draw = Encoding.ASCII.GetBytes("/X0 Do");
        return OnePage("/Resources << /XObject << /X0 5 0 R >> >> /Contents 4 0 R",
            ($"<< /Length {draw.Length} >>", draw),
            ($"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X0 6 0 R >> >> /Length {draw.Length} >>", draw),
            ($"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X0 5 0 R >> >> /Length {draw.Length} >>", draw));
    }

    /// <summary>
    /// A PDF whose page draws a form that draws a second form; the second has no resources of its own, so the name it
    /// draws is looked up in the resources it inherits from the first, where that name is the second form itself.
    /// </summary>
    public static byte[] PdfFormDrawingItselfThroughInheritedResources()
    {
        var draw = Encoding.ASCII.GetBytes("/X0 Do");
        return OnePage("/Resources << /XObject << /X0 5 0 R >> >> /Contents 4 0 R",
            ($"<< /Length {draw.Length} >>", draw),
            ($"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X0 6 0 R >> >> /Length {draw.Length} >>", draw),
            ($"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length {draw.Length} >>", draw));
    }

    /// <summary>A PDF whose page draws a chain of <paramref name="depth"/> forms, each drawing the next.</summary>
    public static byte[] PdfFormChain(int depth)
    {
        var draw = Encoding.ASCII.GetBytes("/X0 Do");
        var objects = new List<(string, byte[]?)> { ($"<< /Length {draw.Length} >>", draw) };
        for (var i = 0; i < depth; i++)
        {
            var last = i == depth - 1;
            var body = last ? Encoding.ASCII.GetBytes("0 0 m 1 1 l S") : draw;
            var resources = last ? "" : $"/Resources << /XObject << /X0 {6 + i} 0 R >> >>";
            objects.Add(($"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] {resources} /Length {body.Length} >>", body));
        }
        return OnePage("/Resources << /XObject << /X0 5 0 R >> >> /Contents 4 0 R", objects.ToArray());
    }

    /// <summary>A one-page PDF whose page tree nests <paramref name="depth"/> /Pages nodes (PdfPig walks it recursively when opening).</summary>
    public static byte[] PdfDeepPageTree(int depth)
    {
        var objects = new List<(string, byte[]?)> { ("<< /Type /Catalog /Pages 2 0 R >>", null) };
        for (var i = 0; i < depth; i++)
            objects.Add(($"<< /Type /Pages /Kids [{i + 3} 0 R] /Count 1 {(i > 0 ? $"/Parent {i + 1} 0 R" : "")} >>", null));
        objects.Add(($"<< /Type /Page /Parent {depth + 1} 0 R /MediaBox [0 0 595 842] >>", null));
        return Pdf(objects);
    }

    /// <summary>A PDF of <paramref name="pages"/> empty pages.</summary>
    public static byte[] PdfPages(int pages)
    {
        var objects = new List<(string, byte[]?)>
        {
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [" + string.Join(" ", Enumerable.Range(3, pages).Select(i => $"{i} 0 R")) + $"] /Count {pages} >>", null),
        };
        for (var i = 0; i < pages; i++) objects.Add(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", null));
        return Pdf(objects);
    }

    private const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /// <summary>Catalog (1), page tree (2) and one page (3) with these entries; <paramref name="rest"/> are objects 4, 5, ….</summary>
    private static byte[] OnePage(string pageEntries, params (string Dictionary, byte[]? Stream)[] rest) => Pdf(
    [
        ("<< /Type /Catalog /Pages 2 0 R >>", null),
        ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", null),
        ($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] {pageEntries} >>", null),
        .. rest,
    ]);

    /// <summary>A PDF of these objects (numbered from 1, the first the catalog), with a correct cross-reference table.</summary>
    public static byte[] Pdf(IReadOnlyList<(string Dictionary, byte[]? Stream)> objects)
    {
        using var output = new MemoryStream();
        void Ascii(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Ascii("%PDF-1.7\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Ascii($"{i + 1} 0 obj\n{objects[i].Dictionary}\n");
            if (objects[i].Stream is { } stream)
            {
                Ascii("stream\n");
                output.Write(stream);
                Ascii("\nendstream\n");
            }
            Ascii("endobj\n");
        }
        var xref = output.Position;
        Ascii($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Ascii($"{offset:D10} 00000 n \n");
        Ascii($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
