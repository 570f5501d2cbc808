using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SearchService.Analysis.Tests;

/// <summary>
/// Writes a jar laid out like Lucene's <c>lucene-analyzers-smartcn-*.jar</c> — the two tables Java-serialized
/// (protocol 2: array class descriptors, back-references to a repeated class, big-endian values) — from the package's
/// tables, so the optional jar path is tested without Java or Debian's package.
/// </summary>
public static class LuceneJar
{
    private const string Folder = "org/apache/lucene/analysis/cn/smart/hhmm/";

    public static void Write(string path, PackageTables tables)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(zip, Folder + "coredict.mem", w =>
        {
            w.Array("[S", tables.WordIndexTable.Length, i => w.Int16(tables.WordIndexTable[i]));
            w.Array("[C", tables.CharIndexTable.Length, i => w.Int16((short)tables.CharIndexTable[i]));
            w.Array("[[[C", tables.Rows.Length, i =>
            {
                if (tables.Rows[i] is not { } row) w.Null();
                else w.Array("[[C", row.Length, j =>
                {
                    if (row[j] is not { } suffix) w.Null();
                    else w.Array("[C", suffix.Length, k => w.Int16((short)suffix[k]));
                });
            });
            w.Array("[[I", tables.RowFrequencies.Length, i =>
            {
                if (tables.RowFrequencies[i] is not { } row) w.Null();
                else w.Array("[I", row.Length, j => w.Int32(row[j]));
            });
        });
        Add(zip, Folder + "bigramdict.mem", w =>
        {
            w.Array("[J", tables.PairHashes.Length, i => w.Int64(tables.PairHashes[i]));
            w.Array("[I", tables.PairFrequencies.Length, i => w.Int32(tables.PairFrequencies[i]));
        });
    }

    private static void Add(ZipArchive zip, string name, Action<JavaSerializationWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var writer = new JavaSerializationWriter(stream);
        write(writer);
        writer.Flush();
    }

    private sealed class JavaSerializationWriter
    {
        private readonly Stream output;
        private readonly MemoryStream buffer = new();
        private readonly Dictionary<string, int> classHandles = [];
        private int nextHandle = 0x7E0000;

        public JavaSerializationWriter(Stream output)
        {
            this.output = output;
            buffer.Write([0xAC, 0xED, 0x00, 0x05]);
        }

        public void Array(string className, int length, Action<int> element)
        {
            buffer.WriteByte(0x75); // TC_ARRAY
            if (classHandles.TryGetValue(className, out var handle))
            {
                buffer.WriteByte(0x71); // TC_REFERENCE
                Int32(handle);
            }
            else
            {
                buffer.WriteByte(0x72); // TC_CLASSDESC
                var name = Encoding.UTF8.GetBytes(className);
                Int16((short)name.Length);
                buffer.Write(name);
                Int64(0x1234_5678_9ABC_DEF0); // serialVersionUID
                classHandles[className] = nextHandle++;
                buffer.WriteByte(0x02); // SC_SERIALIZABLE
                Int16(0);               // no fields
                buffer.WriteByte(0x78); // TC_ENDBLOCKDATA
                buffer.WriteByte(0x70); // no superclass
            }
            nextHandle++; // the array's own handle
            Int32(length);
            for (var i = 0; i < length; i++) element(i);
        }

        public void Null() => buffer.WriteByte(0x70);

        public void Int16(short value)
        {
            Span<byte> bytes = stackalloc byte[2];
            BinaryPrimitives.WriteInt16BigEndian(bytes, value);
            buffer.Write(bytes);
        }

        public void Int32(int value)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(bytes, value);
            buffer.Write(bytes);
        }

        public void Int64(long value)
        {
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteInt64BigEndian(bytes, value);
            buffer.Write(bytes);
        }

        public void Flush() => output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
