using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SearchService.Analysis.Dictionaries;

/// <summary>
/// Reads the subset of Java Object Serialization (protocol 2) that Lucene's <c>.mem</c> dictionaries use: top-level
/// arrays of primitives (<c>[S [C [I [J</c>) and arrays of arrays, with class descriptors, nulls and back-references.
/// Big-endian throughout. Arrays of arrays come back as <c>object?[]</c>.
/// </summary>
internal sealed class JavaArrayStream
{
    private const byte TcNull = 0x70;
    private const byte TcReference = 0x71;
    private const byte TcClassDesc = 0x72;
    private const byte TcEndBlockData = 0x78;
    private const byte TcArray = 0x75;
    private const int BaseHandle = 0x7E0000;

    private readonly byte[] data;
    private readonly List<object?> handles = [];
    private int at;

    public JavaArrayStream(byte[] data)
    {
        this.data = data;
        if (data.Length < 4 || data[0] != 0xAC || data[1] != 0xED || BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(2)) != 5)
            throw new InvalidDataException("not a Java serialization stream (magic AC ED 00 05 expected)");
        at = 4;
    }

    public bool AtEnd => at >= data.Length;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public object? ReadObject()
    {
        var tag = Byte();
        return tag switch
        {
            TcNull => null,
            TcReference => Resolve(Int32()),
            TcArray => ReadArray(),
            _ => throw Corrupt($"unexpected tag 0x{tag:X2}"),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private object ReadArray()
    {
        var className = ReadClassDescriptor();
        var handle = handles.Count;
        handles.Add(null);
        var size = Int32();
        if (size < 0) throw Corrupt("negative array size");
        object array = className switch
        {
            "[S" => Primitive<short>(size),
            "[C" => Primitive<char>(size),
            "[I" => Primitive<int>(size),
            "[J" => Primitive<long>(size),
            _ when className.StartsWith("[[", StringComparison.Ordinal) => Objects(size),
            _ => throw Corrupt($"unsupported array class {className}"),
        };
        handles[handle] = array;
        return array;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private object?[] Objects(int size)
    {
        var items = new object?[size];
        for (var i = 0; i < size; i++) items[i] = ReadObject();
        return items;
    }

    /// <summary>A big-endian array of primitives, copied in one block and byte-swapped in place.</summary>
    private T[] Primitive<T>(int size) where T : unmanaged
    {
        var width = Unsafe.SizeOf<T>();
        if ((long)size * width > data.Length - at) throw Corrupt("array runs past the end of the stream");
        var values = new T[size];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        data.AsSpan(at, bytes.Length).CopyTo(bytes);
        at += bytes.Length;
        if (BitConverter.IsLittleEndian)
        {
            switch (width)
            {
                case 2: BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, ushort>(bytes), MemoryMarshal.Cast<byte, ushort>(bytes)); break;
                case 4: BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, int>(bytes), MemoryMarshal.Cast<byte, int>(bytes)); break;
                case 8: BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, long>(bytes), MemoryMarshal.Cast<byte, long>(bytes)); break;
            }
        }
        return values;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string ReadClassDescriptor()
    {
        var tag = Byte();
        switch (tag)
        {
            case TcReference:
                return Resolve(Int32()) as string ?? throw Corrupt("reference to a non-class where a class descriptor was expected");
            case TcClassDesc:
                var length = BinaryPrimitives.ReadUInt16BigEndian(Take(2));
                var name = System.Text.Encoding.UTF8.GetString(Take(length));
                Take(8); // serialVersionUID
                handles.Add(name);
                Byte(); // flags
                var fields = BinaryPrimitives.ReadUInt16BigEndian(Take(2));
                if (fields != 0) throw Corrupt($"class {name} has fields; only arrays are expected");
                if (Byte() != TcEndBlockData) throw Corrupt("class annotation expected");
                var super = Byte();
                if (super != TcNull) throw Corrupt("arrays have no superclass descriptor");
                return name;
            default:
                throw Corrupt($"class descriptor expected, found 0x{tag:X2}");
        }
    }

    private object? Resolve(int handle)
    {
        var index = handle - BaseHandle;
        if (index < 0 || index >= handles.Count) throw Corrupt($"reference to unknown handle 0x{handle:X}");
        return handles[index];
    }

    private byte Byte() => at < data.Length ? data[at++] : throw Corrupt("unexpected end of stream");

    private int Int32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > data.Length - at) throw Corrupt("unexpected end of stream");
        var span = data.AsSpan(at, count);
        at += count;
        return span;
    }

    private InvalidDataException Corrupt(string what) => new($"corrupt dictionary stream at byte {at}: {what}");
}
