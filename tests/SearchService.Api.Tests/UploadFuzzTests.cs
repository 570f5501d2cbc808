using System.IO.Compression;
using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Hosting;
using SearchService.Tests.Hostile;

namespace SearchService.Api.Tests;

public sealed class UnlimitedKeyedApiFactory : ApiFactoryBase
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:ApiKeys:0", KeyedApiFactory.Key);
        builder.UseSetting("Limits:RequestsPerWindow", "0");
    }
}

/// <summary>
/// Random bytes and random structures (zips with random XML, PDFs with random or flipped bytes, text in random
/// encodings) under any extension, through POST /api/reports: the answer is 201 (or 200 when the same upload came
/// before: small random inputs repeat), or a 4xx, never a 5xx, and the server keeps answering.
/// </summary>
public class UploadFuzzTests(UnlimitedKeyedApiFactory factory) : IClassFixture<UnlimitedKeyedApiFactory>
{
    private static readonly string[] Extensions = [".txt", ".md", ".docx", ".pdf", ".DOCX", ".Pdf", ".exe", "", ".txt.pdf", ".zip"];

    private static readonly string[] XmlPieces =
    [
        "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:t xml:space=\"preserve\">", "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>",
        "工会", "劳模工匠。", "&amp;", "&", "<", ">", "]]>", "<![CDATA[x]]>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "<w:sdt><w:sdtContent>",
        "</w:sdtContent></w:sdt>", "<mc:Fallback>", "</mc:Fallback>", "\u0000", "\ud800", "<?pi x?>", "<!-- c -->", "<x:y xmlns:x=\"u\">", "</x:y>",
    ];

    private static readonly Gen<byte[]> RandomBytes = Gen.Choose(0, 4096).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));

    private static readonly Gen<byte[]> RandomDocx =
        from count in Gen.Choose(0, 60)
        from pieces in Gen.ArrayOf(Gen.Elements(XmlPieces), count)
        from wrap in Gen.Elements(true, false)
        select HostileFiles.Docx(body => body.Write(wrap ? "<w:p><w:r><w:t>" + string.Concat(pieces) + "</w:t></w:r></w:p>" : string.Concat(pieces)));

    private static readonly byte[] SmallPdf = HostileFiles.PdfFormChain(3);

    private static readonly Gen<byte[]> FlippedPdf =
        from flips in Gen.ArrayOf(Gen.Two(Gen.Choose(0, SmallPdf.Length - 1)), 8)
        select Flip(SmallPdf, flips);

    private static readonly Gen<byte[]> TruncatedZip =
        from cut in Gen.Choose(0, 400)
        select HostileFiles.Docx(["钱塘区总工会建设爱心驿站。"])[..cut];

    private static readonly Gen<byte[]> EncodedText =
        from text in Gen.Elements("钱塘区总工会建设爱心驿站。\n为快递员提供休息场所。", "工會聯合會\r\n", "", "\n\n\n", "a\u0000b", "劳模" + new string('。', 300))
        from encoding in Gen.Elements(65001, 1200, 1201, 12000, 12001, 54936, 950, 936)
        select Encoding.GetEncoding(encoding).GetBytes(text);

    private static byte[] Flip(byte[] source, (int At, int Value)[] flips)
    {
        var copy = source.ToArray();
        foreach (var (at, value) in flips) copy[at] = (byte)value;
        return copy;
    }

    static UploadFuzzTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Random_uploads_of_any_extension_are_created_or_4xx_never_5xx()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyedApiFactory.Key);
        var gen =
            from content in Gen.OneOf(RandomBytes, RandomDocx, FlippedPdf, TruncatedZip, EncodedText)
            from extension in Gen.Elements(Extensions)
            from organisation in Gen.Elements<string?>(null, "钱塘区总工会", new string('工', 300))
            select (content, extension, organisation);
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (content, extension, organisation) = input;
            using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", "upload" + extension } };
            if (organisation is not null) form.Add(new StringContent(organisation), "organisation");
            var response = client.PostAsync("/api/reports", form).GetAwaiter().GetResult();
            var status = (int)response.StatusCode;
            return (status is 201 or 200 || status is >= 400 and < 500)
                .Label($"{status} for {content.Length} bytes as '{extension}': {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
