namespace SearchService.Ingestion.Readers;

/// <summary>
/// A read-only view of a stream that throws <see cref="DocumentTooLargeException"/> once more than a limit has been
/// read from it, whatever the source declared (a zip entry's inflated size, a request body), and checks the read
/// budget on every read so a slow source stops too.
/// </summary>
internal sealed class BoundedStream(Stream inner, long limit, Func<Exception> overLimit, ReadBudget? budget = null) : Stream
{
    private long read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        budget?.Check();
        // Ask for one byte more than the limit allows, so reaching the limit exactly is not an error but passing it is.
        var n = inner.Read(buffer[..Allowed(buffer.Length, limit - read)]);
        read += n;
        if (read > limit) throw overLimit();
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private static int Allowed(int wanted, long left) => left >= wanted ? wanted : (int)left + 1;

    /// <summary>All of <paramref name="source"/> in memory, or <see cref="DocumentTooLargeException"/> past <paramref name="limit"/> bytes.</summary>
    public static byte[] ReadAll(Stream source, long limit, Func<Exception> overLimit, ReadBudget? budget = null)
    {
        if (source.CanSeek && source.Length - source.Position > limit) throw overLimit();
        using var buffer = source.CanSeek ? new MemoryStream((int)Math.Min(source.Length - source.Position, int.MaxValue)) : new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while ((n = source.Read(chunk, 0, Allowed(chunk.Length, limit - total))) > 0)
        {
            budget?.Check();
            total += n;
            if (total > limit) throw overLimit();
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
