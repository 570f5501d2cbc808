using System.Text;
using Lucene.Net.Documents;
using SearchService.Core.Indexing.Stored;
using SearchService.Core.Search.Citations;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchService.Core.Indexing;

/// <summary>
/// The stored fields a hit shows (<see cref="Fields"/>), kept a second time on each passage document as one binary doc
/// value (<see cref="IndexSchema.Hit"/>), so a page reads each of its hits alone: the stored fields are compressed in
/// chunks of several passages, and reading a hit from them decompresses its chunk up to the hit.
/// The stored fields stay what every other reader reads (the passage view, the upgrade); this is a copy for the page.
/// Layout, in the order of <see cref="Fields"/>: each field's number of values, then each value's UTF-8 length and
/// bytes (counts and lengths as variable-length integers, 7 bits a byte, low bits first).
/// </summary>
public static class HitRecord
{
    /// <summary>What a hit shows; the rest of a passage's stored fields (occurrences, source path…) is not read per hit.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        IndexSchema.Id, IndexSchema.ReportId, IndexSchema.Title, IndexSchema.Organisation, IndexSchema.RegionPath, IndexSchema.Theme,
        IndexSchema.Section, IndexSchema.Text, IndexSchema.Date, IndexSchema.Citation,
    ];

    /// <summary>The same names as a set, for reading them from the stored fields of a segment written without records.</summary>
    public static readonly ISet<string> FieldSet = new HashSet<string>(Fields, StringComparer.Ordinal);

    /// <summary>The record of a passage document: the stored string values of <see cref="Fields"/>, in the order added.</summary>
    public static BytesRef Write(Document document)
    {
        var bytes = new List<byte>(1024);
        foreach (var name in Fields)
        {
            var values = document.GetFields(name).Where(f => f.IndexableFieldType.IsStored).Select(f => f.GetStringValue()).OfType<string>().ToList();
            WriteCount(bytes, values.Count);
            foreach (var value in values)
            {
                var utf8 = Encoding.UTF8.GetBytes(value);
                WriteCount(bytes, utf8.Length);
                bytes.AddRange(utf8);
            }
        }
        return new BytesRef(bytes.ToArray());
    }

    /// <summary>
    /// A document of the record's fields, as the stored fields would give it (<see cref="Document.Get"/> the first
    /// value, <see cref="Document.GetValues"/> all, in order).
    /// </summary>
    public static Document Read(BytesRef record)
    {
        var document = new Document();
        var bytes = record.Bytes;
        var at = record.Offset;
        var end = record.Offset + record.Length;
        foreach (var name in Fields)
        {
            var count = ReadCount(bytes, ref at, end);
            for (var i = 0; i < count; i++)
            {
                var length = ReadCount(bytes, ref at, end);
                if (length < 0 || length > end - at) throw new InvalidDataException($"a hit record's {name} runs past its end");
                document.Add(new StoredField(name, Encoding.UTF8.GetString(bytes, at, length)));
                at += length;
            }
        }
        return document;
    }

    /// <summary>
    /// The hit's fields: from its record when its segment keeps records, otherwise (a segment written before them, see
    /// <see cref="IndexSchema.HasHitRecords"/>) from the stored fields.
    /// </summary>
    public static Document Of(Lucene.Net.Search.IndexSearcher searcher, int doc, BytesRef scratch) =>
        TryRecord(searcher, doc, scratch) ? Read(scratch) : searcher.Doc(doc, FieldSet);

    /// <summary>
    /// What a page shows of a hit: from its record when its segment keeps records, otherwise from the stored fields.
    /// The same values as <see cref="Of"/>'s document gives, read without building one: the page read each hit's record
    /// into a Lucene <see cref="Document"/> of ten stored fields only to look each field up again by name, and turned
    /// the citation's UTF-8 into a string only for its reader to turn it back into UTF-8.
    /// </summary>
    public static HitFields Shown(Lucene.Net.Search.IndexSearcher searcher, int doc, BytesRef scratch) =>
        TryRecord(searcher, doc, scratch) ? ReadShown(scratch) : HitFields.From(searcher.Doc(doc, FieldSet));

    /// <summary>Reads <paramref name="doc"/>'s record into <paramref name="scratch"/>; false when its segment keeps none.</summary>
    private static bool TryRecord(Lucene.Net.Search.IndexSearcher searcher, int doc, BytesRef scratch)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (leaf.AtomicReader.GetBinaryDocValues(IndexSchema.Hit) is not { } records) return false;
        records.Get(doc - leaf.DocBase, scratch);
        // A document without a record (a report, a source) reads as empty.
        return scratch.Length > 0;
    }

    /// <summary>A record's fields as <see cref="Read"/>'s document gives them (the first value of each, every theme).</summary>
    public static HitFields ReadShown(BytesRef record)
    {
        var bytes = record.Bytes;
        var at = record.Offset;
        var end = record.Offset + record.Length;
        var first = new string?[Fields.Count];
        string[] themes = [];
        CitationParts? citation = null;
        for (var f = 0; f < Fields.Count; f++)
        {
            var count = ReadCount(bytes, ref at, end);
            if (f == ThemeField && count > 0) themes = new string[count];
            for (var i = 0; i < count; i++)
            {
                var length = ReadCount(bytes, ref at, end);
                if (length < 0 || length > end - at) throw new InvalidDataException($"a hit record's {Fields[f]} runs past its end");
                if (f == ThemeField) themes[i] = Encoding.UTF8.GetString(bytes, at, length);
                else if (i == 0 && f == CitationField) citation = StoredFormat.ReadCitation(bytes.AsSpan(at, length))?.ToParts();
                else if (i == 0) first[f] = Encoding.UTF8.GetString(bytes, at, length);
                at += length;
            }
        }
        return new HitFields(first[0], first[1], first[2], first[3], first[4], themes, first[6], first[7], first[8], citation);
    }

    private static readonly int ThemeField = Fields.ToList().IndexOf(IndexSchema.Theme);
    private static readonly int CitationField = Fields.ToList().IndexOf(IndexSchema.Citation);

    private static void WriteCount(List<byte> bytes, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            bytes.Add((byte)(rest | 0x80));
            rest >>= 7;
        }
        bytes.Add((byte)rest);
    }

    private static int ReadCount(byte[] bytes, ref int at, int end)
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (at >= end) throw new InvalidDataException("a hit record ends inside a number");
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("a hit record holds a number longer than five bytes");
    }
}

/// <summary>The fields a hit shows (<see cref="HitRecord.Fields"/>): the first value of each, every theme, the citation read.</summary>
public sealed record HitFields(
    string? Id, string? ReportId, string? Title, string? Organisation, string? RegionPath, string[] Themes,
    string? Section, string? Text, string? Date, CitationParts? Citation)
{
    /// <summary>From a document of the stored fields (a segment written before the records).</summary>
    public static HitFields From(Document doc) => new(
        doc.Get(IndexSchema.Id), doc.Get(IndexSchema.ReportId), doc.Get(IndexSchema.Title), doc.Get(IndexSchema.Organisation),
        doc.Get(IndexSchema.RegionPath), doc.GetValues(IndexSchema.Theme), doc.Get(IndexSchema.Section), doc.Get(IndexSchema.Text),
        doc.Get(IndexSchema.Date), IndexSchema.ReadCitation(doc));
}
