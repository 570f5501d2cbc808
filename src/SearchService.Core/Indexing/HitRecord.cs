using System.Text;
using Lucene.Net.Documents;
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
    public static Document Of(Lucene.Net.Search.IndexSearcher searcher, int doc, BytesRef scratch)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (leaf.AtomicReader.GetBinaryDocValues(IndexSchema.Hit) is { } records)
        {
            records.Get(doc - leaf.DocBase, scratch);
            // A document without a record (a report, a source) reads as empty.
            if (scratch.Length > 0) return Read(scratch);
        }
        return searcher.Doc(doc, FieldSet);
    }

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
