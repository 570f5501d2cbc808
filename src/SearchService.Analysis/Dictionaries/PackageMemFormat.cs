using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SearchService.Analysis.Dictionaries;

/// <summary>
/// The <c>.mem</c> resources embedded in the <c>Lucene.Net.Analysis.SmartCn</c> assembly: the same tables as Lucene's
/// files, written by .NET's <c>BinaryWriter</c> instead of Java serialization — little-endian integers, each array
/// preceded by its length (−1 for a null array), and every <c>char</c> UTF-8 encoded (1–3 bytes). Parsed straight from
/// the bytes into the project's own structures, without a string or an array per word.
/// </summary>
internal static class PackageMemFormat
{
    /// <summary>
    /// <c>coredict.mem</c>: <c>short[] wordIndexTable</c>, <c>char[] charIndexTable</c> (an open-addressing hash of a
    /// row's first char), <c>char[][][]</c> the rows' word suffixes, <c>int[][]</c> their frequencies.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordList ReadCoreWords(ReadOnlySpan<byte> mem)
    {
        var reader = new Reader(mem, "coredict.mem");
        var slots = reader.Length(bytesPerItem: 2);
        var wordIndexTable = new short[slots];
        for (var i = 0; i < slots; i++) wordIndexTable[i] = reader.Int16();
        if (reader.Length(bytesPerItem: 1) != slots) throw reader.Corrupt("wordIndexTable and charIndexTable differ in length");
        var charIndexTable = new char[slots];
        for (var i = 0; i < slots; i++) charIndexTable[i] = reader.Char();

        // The hash (slot → char, slot → row) is equivalent to a plain row → first char map.
        var rowCount = reader.NullableLength(bytesPerItem: 4);
        var firstChar = new char[Math.Max(rowCount, 0)];
        for (var slot = 0; slot < slots; slot++)
        {
            var row = wordIndexTable[slot];
            if (charIndexTable[slot] == '\0' || row < 0) continue;
            if (row >= rowCount) throw reader.Corrupt($"slot {slot} points at row {row} of {rowCount}");
            firstChar[row] = charIndexTable[slot];
        }

        // A row holds the suffixes of the words that start with its char; the frequencies follow all the rows, so each
        // row remembers which words it added.
        var words = new WordList(90_000, 300_000);
        var firstWord = new int[firstChar.Length + 1];
        var rowWords = new int[firstChar.Length];
        for (var row = 0; row < rowCount; row++)
        {
            firstWord[row] = words.Count;
            var entries = reader.NullableLength(bytesPerItem: 4);
            rowWords[row] = Math.Max(entries, 0);
            for (var e = 0; e < entries; e++)
            {
                var suffix = reader.NullableLength(bytesPerItem: 1);
                if (firstChar[row] == '\0')
                {
                    reader.SkipChars(suffix);
                    continue;
                }
                var rest = words.AddUninitialised(firstChar[row], 1 + Math.Max(suffix, 0), 0);
                for (var k = 0; k < rest.Length; k++) rest[k] = reader.Char();
            }
        }

        if (reader.NullableLength(bytesPerItem: 4) != rowCount) throw reader.Corrupt("word and frequency tables differ in length");
        for (var row = 0; row < rowCount; row++)
        {
            var entries = reader.NullableLength(bytesPerItem: 4);
            if (firstChar[row] == '\0')
            {
                reader.Skip(4L * Math.Max(entries, 0));
                continue;
            }
            if (Math.Max(entries, 0) != rowWords[row]) throw reader.Corrupt($"row {row} has {rowWords[row]} words and {entries} frequencies");
            for (var e = 0; e < entries; e++) words.SetFrequency(firstWord[row] + e, reader.Int32());
        }
        return words;
    }

    /// <summary><c>bigramdict.mem</c>: <c>long[] bigramHashTable</c>, <c>int[] frequencyTable</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BigramDictionary ReadBigrams(ReadOnlySpan<byte> mem)
    {
        var reader = new Reader(mem, "bigramdict.mem");
        var hashes = reader.Block(reader.Length(sizeof(long)), sizeof(long));
        var frequencies = reader.Block(reader.Length(sizeof(int)), sizeof(int));
        if (BitConverter.IsLittleEndian)
            return BigramDictionary.FromFileTable(MemoryMarshal.Cast<byte, long>(hashes), MemoryMarshal.Cast<byte, int>(frequencies));
        var h = MemoryMarshal.Cast<byte, long>(hashes).ToArray();
        var f = MemoryMarshal.Cast<byte, int>(frequencies).ToArray();
        BinaryPrimitives.ReverseEndianness(h, h);
        BinaryPrimitives.ReverseEndianness(f, f);
        return BigramDictionary.FromFileTable(h, f);
    }

    /// <summary>What <c>BinaryReader</c> reads, over a span, with every read bounds-checked.</summary>
    private ref struct Reader(ReadOnlySpan<byte> data, string name)
    {
        private readonly ReadOnlySpan<byte> data = data;
        private int at;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public short Int16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        /// <summary>The length of an array that may not be null, whose items take at least <paramref name="bytesPerItem"/> bytes.</summary>
        public int Length(int bytesPerItem)
        {
            var length = NullableLength(bytesPerItem);
            return length >= 0 ? length : throw Corrupt("an array that cannot be null is null");
        }

        /// <summary>The length of an array (−1 for null), checked against the bytes left so a corrupt one allocates nothing.</summary>
        public int NullableLength(int bytesPerItem)
        {
            var length = Int32();
            if (length < -1) throw Corrupt($"negative array length {length}");
            if ((long)length * bytesPerItem > data.Length - at) throw Corrupt($"an array of {length} items runs past the end");
            return length;
        }

        public ReadOnlySpan<byte> Block(int count, int width)
        {
            if ((long)count * width > data.Length - at) throw Corrupt("an array runs past the end");
            return Take(count * width);
        }

        public void Skip(long bytes)
        {
            if (bytes > data.Length - at) throw Corrupt("an array runs past the end");
            at += (int)bytes;
        }

        /// <summary>One UTF-16 char, UTF-8 encoded in one to three bytes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public char Char()
        {
            if (at >= data.Length) throw Corrupt("unexpected end");
            var b0 = data[at];
            if (b0 < 0x80)
            {
                at++;
                return (char)b0;
            }
            if ((b0 & 0xE0) == 0xC0)
            {
                var bytes = Take(2);
                return (char)(((b0 & 0x1F) << 6) | Continuation(bytes[1]));
            }
            if ((b0 & 0xF0) == 0xE0)
            {
                var bytes = Take(3);
                return (char)(((b0 & 0x0F) << 12) | (Continuation(bytes[1]) << 6) | Continuation(bytes[2]));
            }
            throw Corrupt($"byte 0x{b0:X2} does not start a UTF-8 encoded char");
        }

        public void SkipChars(int count)
        {
            for (var i = 0; i < count; i++) Char();
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly int Continuation(byte b) => (b & 0xC0) == 0x80 ? b & 0x3F : throw Corrupt($"byte 0x{b:X2} is not a UTF-8 continuation");

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ReadOnlySpan<byte> Take(int count)
        {
            if (count > data.Length - at) throw Corrupt("unexpected end");
            var span = data.Slice(at, count);
            at += count;
            return span;
        }

        public readonly InvalidDataException Corrupt(string what) => new($"{name}: corrupt at byte {at}: {what}");
    }
}
