using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace SearchService.Core.Indexing;

/// <summary>
/// The index files memory-mapped, as <see cref="MMapDirectory"/> maps them, but read through a pointer into the
/// mapping. Lucene.Net's mapped input reads through J2N's view buffer and the runtime's accessor, which take and
/// release a handle reference on every call — per byte for the vInts of postings, skip lists and term blocks, and for
/// every block copied — and allocate views for every clone (one per postings list read). With a search reading a few
/// thousand postings entries per word, that was ~10 % of its CPU. The bytes, and so every answer, are the same.
/// Writing, listing, locking and deleting are the delegate's.
/// </summary>
/// <remarks>
/// As with Lucene's own mapped inputs, a clone or slice must not be read once the input or compound file it came from
/// is closed (Lucene closes them only when no reader uses the segment): a read that races the closing is not caught
/// and would read unmapped memory; a read after it throws <see cref="ObjectDisposedException"/>.
/// </remarks>
public sealed class MappedDirectory(string path) : FilterDirectory(new MMapDirectory(path))
{
    private readonly string folder = Path.GetFullPath(path);

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(folder, name);
        return Mapping.Open(file) is { } mapping
            ? new MappedInput($"MappedInput(path=\"{file}\")", mapping, 0, mapping.Length, owner: true)
            : Delegate.OpenInput(name, context); // an empty file has nothing to map
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(folder, name);
        return Mapping.Open(file) is { } mapping ? new Slicer(file, mapping) : Delegate.CreateSlicer(name, context);
    }

    /// <summary>A compound file mapped once; its parts are inputs over ranges of it, closed with it.</summary>
    private sealed class Slicer(string file, Mapping mapping) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > mapping.Length)
                throw new ArgumentException($"slice {sliceDescription} [{offset}, {offset + length}) is outside {file} ({mapping.Length} bytes)");
            return new MappedInput($"MappedInput(path=\"{file}\" slice=\"{sliceDescription}\")", mapping, offset, length, owner: false);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, mapping.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing) mapping.Dispose();
        }
    }

    /// <summary>One mapped file and the pointer to its first byte, released once.</summary>
    private sealed unsafe class Mapping : IDisposable
    {
        private readonly MemoryMappedFile file;
        private readonly MemoryMappedViewAccessor view;
        private int released;

        private Mapping(MemoryMappedFile file, MemoryMappedViewAccessor view, long length)
        {
            this.file = file;
            this.view = view;
            Length = length;
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            Start = pointer + view.PointerOffset;
        }

        public byte* Start { get; }

        public long Length { get; }

        public bool Released => Volatile.Read(ref released) != 0;

        /// <summary>The file mapped read-only; null when it is empty (a mapping cannot be empty).</summary>
        /// <exception cref="FileNotFoundException">No such file (Lucene probes for files this way).</exception>
        public static Mapping? Open(string path)
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            try
            {
                var length = stream.Length;
                if (length == 0)
                {
                    stream.Dispose();
                    return null;
                }
                var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
                try
                {
                    return new Mapping(file, file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
                }
                catch
                {
                    file.Dispose();
                    throw;
                }
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) != 0) return;
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            file.Dispose();
        }
    }

    /// <summary>A range of a mapping read at a position; clones share the mapping and never release it.</summary>
    private sealed unsafe class MappedInput(string description, Mapping mapping, long offset, long length, bool owner) : IndexInput(description)
    {
        private readonly byte* start = mapping.Start + offset;
        private long position;
        private bool owner = owner;

        public override long Length => length;

        public override long Position => position;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > length) throw new EndOfStreamException($"seek to {pos} outside {this} ({length} bytes)");
            position = pos;
        }

        public override byte ReadByte()
        {
            var at = position;
            if (at >= length) throw PastEnd(1);
            if (mapping.Released) throw Closed();
            position = at + 1;
            return start[at];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len < 0 || (ulong)(uint)offset + (uint)len > (ulong)b.Length) throw new ArgumentOutOfRangeException(nameof(len));
            var at = position;
            if (at + len > length) throw PastEnd(len);
            if (mapping.Released) throw Closed();
            new ReadOnlySpan<byte>(start + at, len).CopyTo(b.AsSpan(offset, len));
            position = at + len;
        }

        /// <summary>Postings, skip lists and term blocks are mostly vInts: read without a call per byte where five bytes remain.</summary>
        public override int ReadVInt32()
        {
            var at = position;
            if (length - at < 5) return base.ReadVInt32();
            if (mapping.Released) throw Closed();
            var p = start + at;
            // Nested, with one exit: a flat form returning at each byte cost more per request (Benchmarks README).
            int b = p[0];
            var value = b & 0x7F;
            var read = 1;
            if (b >= 0x80)
            {
                b = p[1];
                value |= (b & 0x7F) << 7;
                read = 2;
                if (b >= 0x80)
                {
                    b = p[2];
                    value |= (b & 0x7F) << 14;
                    read = 3;
                    if (b >= 0x80)
                    {
                        b = p[3];
                        value |= (b & 0x7F) << 21;
                        read = 4;
                        if (b >= 0x80)
                        {
                            b = p[4];
                            // Lucene's check: the fifth byte holds the top four bits only.
                            if ((b & 0xF0) != 0) throw new IOException("Invalid vInt detected (too many bits)");
                            value |= b << 28;
                            read = 5;
                        }
                    }
                }
            }
            position = at + read;
            return value;
        }

        public override object Clone()
        {
            if (mapping.Released) throw Closed();
            var copy = (MappedInput)base.Clone();
            copy.owner = false;
            return copy;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && owner) mapping.Dispose();
        }

        private EndOfStreamException PastEnd(int wanted) => new($"read of {wanted} bytes at {position} past the end of {this} ({length} bytes)");

        private ObjectDisposedException Closed() => new(ToString(), "the mapped file was closed");
    }
}
