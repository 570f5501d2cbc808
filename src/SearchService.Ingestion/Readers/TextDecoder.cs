using System.Text;

namespace SearchService.Ingestion.Readers;

/// <summary>
/// Bytes → text for Chinese documents: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and if that
/// fails GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese Windows files).
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string Encoding) Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return (StrictOrReplace(bytes.AsSpan(3)), "UTF-8 (BOM)");
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16LE");
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16BE");
        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding("GB18030").GetString(bytes), "GB18030");
        }
    }

    private static string StrictOrReplace(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
