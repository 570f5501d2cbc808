using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SearchService.Api.Tests;

/// <summary>Every supported file type goes through POST /api/reports and is searchable at once.</summary>
public class UploadFormatsTests(KeyedApiFactory factory) : IClassFixture<KeyedApiFactory>
{
    private async Task<string> Upload(byte[] bytes, string fileName)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyedApiFactory.Key);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        var response = await client.PostAsync("/api/reports", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{fileName}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private async Task<int> Total(string q) =>
        (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?op=and&q=" + Uri.EscapeDataString(q))).GetProperty("total").GetInt32();

    [Fact]
    public async Task Docx_upload()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text("余杭区总工会建设工匠学院"))),
                new Paragraph(new Run(new Text("余杭区总工会联合企业建设琉璃工匠学院，培养技能人才八百名。")))));
            main.Document.Save();
        }
        await Upload(stream.ToArray(), "余杭.docx");
        Assert.True(await Total("琉璃工匠学院") > 0);
    }

    [Fact]
    public async Task Markdown_upload()
    {
        await Upload(Encoding.UTF8.GetBytes("# 义乌市总工会服务外来务工人员\n\n义乌市总工会开办夜市暖心驿站，服务外来务工人员。\n"), "yiwu.md");
        Assert.True(await Total("夜市暖心驿站") > 0);
    }

    [Fact]
    public async Task Pdf_upload()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText("Quarrymen union opened a weekend welding school.", 11, new PdfPoint(50, 800), font);
        await Upload(builder.Build(), "report.pdf");
        Assert.True(await Total("welding") > 0);
    }
}
