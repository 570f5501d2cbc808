using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace SearchService.Ingestion.Readers;

/// <summary>
/// PdfPig's stream filters, each behind a check: the decoded size of a Flate, LZW or RunLength stream is measured
/// first without keeping the output (these can inflate a thousandfold or more), so a stream over its limit is refused
/// before PdfPig allocates it; every decode also checks the time budget and counts toward the document's total.
/// </summary>
internal sealed class BoundedPdfFilters(ReadBudget budget) : IFilterProvider
{
    private readonly ReadBudget budget = budget;
    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;
    private long decoded;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new Bounded(f, this)).ToList();

    /// <summary>A page's or a form's drawing operators: no subtype but Form, no type, no font-program lengths.</summary>
    public static bool IsContent(DictionaryToken dictionary) =>
        IsForm(dictionary) || !(dictionary.ContainsKey(NameToken.Subtype) || dictionary.ContainsKey(NameToken.Type)
            || dictionary.ContainsKey(NameToken.Length1) || dictionary.ContainsKey(NameToken.Length2) || dictionary.ContainsKey(NameToken.Create("Length3"))
            || dictionary.ContainsKey(NameToken.N));

    public static bool IsForm(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Subtype, out var subtype) && subtype is NameToken { Data: "Form" };

    private (long Limit, string Name, string What) LimitFor(DictionaryToken dictionary) => IsContent(dictionary)
        ? (budget.Limits.MaxPdfContentStreamBytes, nameof(DocumentLimits.MaxPdfContentStreamBytes), "a content stream of the PDF")
        : (budget.Limits.MaxPdfStreamBytes, nameof(DocumentLimits.MaxPdfStreamBytes), "a stream of the PDF (font, image or object stream)");

    private void Count(long bytes)
    {
        decoded += bytes;
        if (decoded > budget.Limits.MaxPdfDecodedBytes)
            throw DocumentTooLargeException.Over("the streams of the PDF decode to more bytes than allowed: their total", nameof(DocumentLimits.MaxPdfDecodedBytes), budget.Limits.MaxPdfDecodedBytes);
    }

    private sealed class Bounded(IFilter filter, BoundedPdfFilters owner) : IFilter
    {
        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            owner.budget.Check();
            var (limit, name, what) = owner.LimitFor(streamDictionary);
            var size = filter switch
            {
                FlateFilter => InflatedSize(input, limit),
                LzwFilter => LzwSize(input.Span, limit, EarlyChange(streamDictionary)),
                RunLengthFilter => RunLengthSize(input.Span, limit),
                _ => 0,
            };
            if (size > limit) throw DocumentTooLargeException.Over($"{what} (over {limit:N0} bytes decoded)", name, limit);
            var output = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (output.Length > limit) throw DocumentTooLargeException.Over($"{what} ({output.Length:N0} bytes decoded)", name, limit);
            owner.Count(output.Length);
            return output;
        }
    }

    /// <summary>Bytes the zlib data inflates to, counted up to one past <paramref name="limit"/>; corrupt data counts as far as it goes.</summary>
    internal static long InflatedSize(Memory<byte> input, long limit)
    {
        if (input.Length < 2) return 0;
        // PDF's FlateDecode is zlib: a two-byte header, then deflate.
        var body = System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(input[2..], out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(input[2..].ToArray(), writable: false);
        using var deflate = new DeflateStream(body, CompressionMode.Decompress);
        var scratch = new byte[64 * 1024];
        long total = 0;
        try
        {
            int n;
            while (total <= limit && (n = deflate.Read(scratch, 0, scratch.Length)) > 0) total += n;
        }
        catch (InvalidDataException)
        {
            // PdfPig decides what to do with a damaged stream; what inflated before the damage is what counts here.
        }
        return total;
    }

    /// <summary>RunLength: a length byte n &lt; 128 copies n + 1 bytes, n &gt; 128 repeats one byte 257 − n times, 128 ends.</summary>
    internal static long RunLengthSize(ReadOnlySpan<byte> input, long limit)
    {
        long total = 0;
        for (var i = 0; i < input.Length && total <= limit;)
        {
            var n = input[i];
            if (n == 128) break;
            if (n < 128)
            {
                total += n + 1;
                i += n + 2;
            }
            else
            {
                total += 257 - n;
                i += 2;
            }
        }
        return total;
    }

    private static int EarlyChange(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.DecodeParms, out var parms) && parms is DictionaryToken p
        && p.TryGet(NameToken.EarlyChange, out var value) && value is NumericToken { Int: 0 } ? 0 : 1;

    /// <summary>
    /// LZW's decoded length without building its strings: each new table entry is one byte longer than the entry it
    /// extends, so keeping entry lengths is enough (9–12-bit codes, 256 clears the table, 257 ends).
    /// </summary>
    internal static long LzwSize(ReadOnlySpan<byte> input, long limit, int earlyChange)
    {
        Span<int> lengths = stackalloc int[4096];
        var size = 258;
        var width = 9;
        var previous = -1;
        long total = 0;
        long bits = 0;
        var held = 0;
        var at = 0;
        while (total <= limit)
        {
            while (held < width && at < input.Length)
            {
                bits = (bits << 8) | input[at++];
                held += 8;
            }
            if (held < width) break;
            var code = (int)((bits >> (held - width)) & ((1 << width) - 1));
            held -= width;
            if (code == 256)
            {
                size = 258;
                width = 9;
                previous = -1;
                continue;
            }
            if (code == 257) break;
            int length;
            if (code < 256) length = 1;
            else if (code < size) length = lengths[code];
            else if (code == size && previous >= 0) length = Length(previous, lengths) + 1;
            else break;
            total += length;
            if (previous >= 0 && size < 4096) lengths[size++] = Length(previous, lengths) + 1;
            previous = code;
            width = size + earlyChange >= 2048 ? 12 : size + earlyChange >= 1024 ? 11 : size + earlyChange >= 512 ? 10 : 9;
        }
        return total;

        static int Length(int code, Span<int> lengths) => code < 256 ? 1 : lengths[code];
    }
}
