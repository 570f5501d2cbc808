using System.Text;
using SearchService.Ingestion.Readers;

namespace SearchService.Ingestion.Tests;

/// <summary>Text files in every encoding Chinese documents come in, with and without a byte-order mark.</summary>
public class EncodingDetectionTests
{
    private const string Simplified = "苏州市总工会开展职业技能强训行动。\n提高技能人才待遇，完善工资集体协商。\n第3届劳模工匠论坛于2024年举行。";
    private const string Traditional = "香港工會聯合會為會員提供職業培訓課程。\n協助基層勞工爭取合理薪酬與假期，講座反應熱烈。";
    private const string OneLine = "劳模工匠创新工作室联盟建设取得新进展";

    static EncodingDetectionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Bytes(string encoding, string text) => encoding switch
    {
        "UTF-16LE" => Encoding.Unicode.GetBytes(text),
        "UTF-16BE" => Encoding.BigEndianUnicode.GetBytes(text),
        "UTF-32LE" => new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes(text),
        "UTF-32BE" => new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(text),
        "Big5" => Encoding.GetEncoding(950).GetBytes(text),
        "GB18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
        _ => Encoding.UTF8.GetBytes(text),
    };

    private static byte[] Bom(string encoding) => encoding switch
    {
        "UTF-16LE" => [0xFF, 0xFE],
        "UTF-16BE" => [0xFE, 0xFF],
        "UTF-32LE" => [0xFF, 0xFE, 0x00, 0x00],
        "UTF-32BE" => [0x00, 0x00, 0xFE, 0xFF],
        _ => [0xEF, 0xBB, 0xBF],
    };

    [Theory]
    [InlineData("UTF-16LE")]
    [InlineData("UTF-16BE")]
    [InlineData("UTF-32LE")]
    [InlineData("UTF-32BE")]
    public void Unicode_without_a_byte_order_mark_is_recognised(string encoding)
    {
        var (text, detected) = TextDecoder.Decode(Bytes(encoding, Simplified));
        Assert.Equal(Simplified, text);
        Assert.Equal(encoding, detected);
    }

    [Theory]
    [InlineData("UTF-8")]
    [InlineData("UTF-16LE")]
    [InlineData("UTF-16BE")]
    [InlineData("UTF-32LE")]
    [InlineData("UTF-32BE")]
    public void A_byte_order_mark_decides(string encoding)
    {
        var (text, detected) = TextDecoder.Decode([.. Bom(encoding), .. Bytes(encoding, Simplified)]);
        Assert.Equal(Simplified, text);
        Assert.StartsWith(encoding, detected);
    }

    [Theory]
    [InlineData("UTF-16LE")]
    [InlineData("UTF-16BE")]
    public void One_line_of_chinese_in_utf16_without_any_ascii_is_recognised(string encoding)
    {
        var (text, detected) = TextDecoder.Decode(Bytes(encoding, OneLine));
        Assert.Equal(OneLine, text);
        Assert.Equal(encoding, detected);
    }

    [Fact]
    public void Traditional_chinese_in_big5_is_decoded_as_big5()
    {
        var (text, detected) = TextDecoder.Decode(Bytes("Big5", Traditional));
        Assert.Equal(Traditional, text);
        Assert.Equal("Big5", detected);
    }

    [Theory]
    [InlineData(Simplified)]
    [InlineData(Traditional)]
    [InlineData(OneLine)]
    [InlineData("工会")]
    public void Gb18030_stays_gb18030_in_either_script(string sample)
    {
        var (text, detected) = TextDecoder.Decode(Bytes("GB18030", sample));
        Assert.Equal(sample, text);
        Assert.Equal("GB18030", detected);
    }

    [Theory]
    [InlineData("UTF-16LE")]
    [InlineData("UTF-32BE")]
    [InlineData("Big5")]
    public void A_text_file_without_a_bom_reads_as_its_lines(string encoding)
    {
        var sample = encoding == "Big5" ? Traditional : Simplified;
        var lines = DocumentReader.Read("a.txt", new MemoryStream(Bytes(encoding, sample)));
        Assert.Equal(sample.Split('\n'), lines.Select(l => l.Text));
    }
}
