using Lucene.Net.Store;

namespace SearchService.Core.Indexing;

/// <summary>
/// The index files memory-mapped as <see cref="FSDirectory.Open(string)"/> maps them on 64-bit, with the stored fields
/// (<c>.fdt</c>, also inside a compound file) read through a small managed buffer. Lucene.Net's mapped input reads
/// each single byte through J2N's view buffer and the runtime's accessor (a handle reference taken and released per
/// byte), and the stored-field decompressor reads byte by byte: copying a block of the mapped file into a buffer and
/// reading from there costs a fraction of it. (Buffering every file also buffered the postings, whose many short-lived
/// inputs then each allocated a buffer, for no gain.) The bytes, and so every answer, are the same.
/// </summary>
public sealed class BufferedMMapDirectory(string path) : FilterDirectory(new MMapDirectory(path))
{
    /// <summary>Bytes copied from the mapping at a time; each input (Lucene clones one per postings list read) allocates its own on first read.</summary>
    private const int BufferBytes = 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = Delegate.OpenInput(name, context);
        return Buffered(name) ? new BufferedInput(input) : input;
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        return new Slicer(Delegate.CreateSlicer(name, context));
    }

    /// <summary>Stored fields' data: a compound file names its parts by their own file names when it opens them.</summary>
    private static bool Buffered(string name) => name.EndsWith(".fdt", StringComparison.Ordinal);

    private sealed class Slicer(IndexInputSlicer mapped) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            var input = mapped.OpenSlice(sliceDescription, offset, length);
            return Buffered(sliceDescription) ? new BufferedInput(input) : input;
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => mapped.OpenFullSlice();

        protected override void Dispose(bool disposing)
        {
            if (disposing) mapped.Dispose();
        }
    }

    private sealed class BufferedInput(IndexInput mapped) : BufferedIndexInput("Buffered(" + mapped + ")", BufferBytes)
    {
        private IndexInput mapped = mapped;
        private bool clone;

        public override long Length => mapped.Length;

        /// <remarks>Reads at the file pointer, which the buffer has already moved to where the bytes start.</remarks>
        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            var at = Position;
            if (mapped.Position != at) mapped.Seek(at);
            mapped.ReadBytes(b, offset, length);
        }

        protected override void SeekInternal(long pos)
        {
        }

        public override object Clone()
        {
            var copy = (BufferedInput)base.Clone();
            copy.mapped = (IndexInput)mapped.Clone();
            copy.clone = true;
            return copy;
        }

        protected override void Dispose(bool disposing)
        {
            // Clones are never closed in Lucene; the mapped original releases the mapping.
            if (disposing && !clone) mapped.Dispose();
        }
    }
}
