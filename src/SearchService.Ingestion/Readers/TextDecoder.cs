using System.Text;
using UtfUnknown;

namespace SearchService.Ingestion.Readers;

/// <summary>
/// Bytes → text for Chinese documents, in this order:
/// <list type="number">
/// <item>a byte-order mark decides (UTF-8, UTF-32 LE/BE, UTF-16 LE/BE);</item>
/// <item>without one, NUL bytes give UTF-32 and UTF-16 away: text in any 8-bit or double-byte encoding never holds a
/// NUL, while UTF-32 has two or three per character and UTF-16 one per ASCII character (newlines, digits, spaces);
/// the side the NULs fall on tells little from big endian;</item>
/// <item>strict UTF-8;</item>
/// <item>UTF-16 without any ASCII at all (a single line of Chinese) when it decodes to Chinese text;</item>
/// <item>Big5 when a charset detector (UTF.Unknown, a port of Mozilla's) says so and the bytes are valid Big5 —
/// traditional-script files from Hong Kong and Taiwan; otherwise GB18030, a superset of GBK and GB2312 (the usual
/// encodings of Chinese Windows files, traditional characters included).</item>
/// </list>
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UTF32Encoding StrictUtf32Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);
    private static readonly UTF32Encoding StrictUtf32Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>The detector needs a sample, not the whole file: a few pages of text settle GB18030 against Big5.</summary>
    private const int DetectionSample = 64 * 1024;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string Encoding) Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((byte[])[0xEF, 0xBB, 0xBF])) return (Lenient(StrictUtf8, Encoding.UTF8, bytes, 3), "UTF-8 (BOM)");
        if (span.StartsWith((byte[])[0xFF, 0xFE, 0x00, 0x00])) return (Lenient(StrictUtf32Le, new UTF32Encoding(false, false), bytes, 4), "UTF-32LE (BOM)");
        if (span.StartsWith((byte[])[0x00, 0x00, 0xFE, 0xFF])) return (Lenient(StrictUtf32Be, new UTF32Encoding(true, false), bytes, 4), "UTF-32BE (BOM)");
        if (span.StartsWith((byte[])[0xFF, 0xFE])) return (Lenient(StrictUtf16Le, Encoding.Unicode, bytes, 2), "UTF-16LE (BOM)");
        if (span.StartsWith((byte[])[0xFE, 0xFF])) return (Lenient(StrictUtf16Be, Encoding.BigEndianUnicode, bytes, 2), "UTF-16BE (BOM)");

        if (span.Contains((byte)0))
        {
            if (Utf32Order(span) is { } bigEndian32 && TryDecode(bigEndian32 ? StrictUtf32Be : StrictUtf32Le, bytes) is { } utf32)
                return (utf32, bigEndian32 ? "UTF-32BE" : "UTF-32LE");
            if (bytes.Length % 2 == 0)
            {
                var bigEndian = NulsOnEvenBytes(span);
                if (TryDecode(bigEndian ? StrictUtf16Be : StrictUtf16Le, bytes) is { } utf16) return (utf16, bigEndian ? "UTF-16BE" : "UTF-16LE");
                if (TryDecode(bigEndian ? StrictUtf16Le : StrictUtf16Be, bytes) is { } other) return (other, bigEndian ? "UTF-16LE" : "UTF-16BE");
            }
        }

        if (TryDecode(StrictUtf8, bytes) is { } utf8) return (utf8, "UTF-8");
        if (bytes.Length % 2 == 0)
        {
            if (TryDecode(StrictUtf16Le, bytes) is { } le && LooksChinese(le)) return (le, "UTF-16LE");
            if (TryDecode(StrictUtf16Be, bytes) is { } be && LooksChinese(be)) return (be, "UTF-16BE");
        }
        var big5 = Encoding.GetEncoding(950, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (IsBig5(bytes) && TryDecode(big5, bytes) is { } traditional) return (traditional, "Big5");
        return (Encoding.GetEncoding("GB18030").GetString(bytes), "GB18030");
    }

    /// <summary>
    /// UTF-32 when every 4-byte unit is a valid code point (its top byte zero, the next at most 0x10), in one byte
    /// order; null otherwise. Chinese and ASCII text in UTF-16 fails this on its first character.
    /// </summary>
    private static bool? Utf32Order(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 4 != 0) return null;
        bool little = true, big = true;
        for (var i = 0; i < bytes.Length && (little || big); i += 4)
        {
            little &= bytes[i + 3] == 0 && bytes[i + 2] <= 0x10;
            big &= bytes[i] == 0 && bytes[i + 1] <= 0x10;
        }
        return little ? false : big ? true : null;
    }

    /// <summary>In UTF-16, an ASCII character is a NUL and its byte: the NUL comes first in big endian.</summary>
    private static bool NulsOnEvenBytes(ReadOnlySpan<byte> bytes)
    {
        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == 0)
            {
                if (i % 2 == 0) even++;
                else odd++;
            }
        return even > odd;
    }

    /// <summary>
    /// Nearly every character a CJK ideograph, CJK or fullwidth punctuation, or ASCII: bytes of GB18030 or Big5 read
    /// as UTF-16 give Hangul, private-use and surrogate code units instead, since both their bytes are ≥ 0x81.
    /// </summary>
    private static bool LooksChinese(string text)
    {
        if (text.Length == 0) return false;
        var plausible = 0;
        foreach (var c in text)
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF'
                or >= '\u2000' and <= '\u206F' or '\t' or '\r' or '\n' or >= ' ' and <= '~')
                plausible++;
        return plausible >= text.Length * 0.95;
    }

    private static bool IsBig5(byte[] bytes)
    {
        var sample = bytes.Length <= DetectionSample ? bytes : bytes[..DetectionSample];
        return CharsetDetector.DetectFromBytes(sample).Detected?.EncodingName?.Equals("big5", StringComparison.OrdinalIgnoreCase) == true;
    }

    private static string? TryDecode(Encoding strict, byte[] bytes)
    {
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Lenient(Encoding strict, Encoding replacing, byte[] bytes, int skip) =>
        TryDecode(strict, bytes[skip..]) ?? replacing.GetString(bytes, skip, bytes.Length - skip);
}
