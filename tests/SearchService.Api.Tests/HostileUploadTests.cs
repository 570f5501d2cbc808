using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using SearchService.Tests.Hostile;

namespace SearchService.Api.Tests;

/// <summary>The API with a write key and a small text limit, so over-long texts need not be megabytes.</summary>
public sealed class HostileUploadFactory : ApiFactoryBase
{
    public const int MaxDocumentChars = 50_000;

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:ApiKeys:0", KeyedApiFactory.Key);
        builder.UseSetting("Ingestion:Limits:MaxDocumentChars", MaxDocumentChars.ToString());
    }
}

/// <summary>
/// The hostile uploads of issue 17 through POST /api/reports: each gets a 4xx problem+json with its stable code, the
/// server stays up and keeps answering. Times and memory are measured by tests/hostile/, not here.
/// </summary>
public class HostileUploadTests(HostileUploadFactory factory) : IClassFixture<HostileUploadFactory>
{
    private HttpClient Client()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", KeyedApiFactory.Key);
        return client;
    }

    private async Task<HttpResponseMessage> Upload(byte[] bytes, string fileName, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return await Client().PostAsync("/api/reports", form);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.DoesNotContain("Exception", problem.GetProperty("detail").GetString());
        return problem;
    }

    private async Task StillServing()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task A_docx_nested_50000_deep_is_422_and_the_server_lives()
    {
        await Problem(await Upload(HostileFiles.NestedDocx(50_000), "nested.docx"), HttpStatusCode.UnprocessableEntity, "unprocessable_document");
        await StillServing();
    }

    [Fact]
    public async Task A_docx_inflating_to_50_MB_is_413_with_the_limit()
    {
        var problem = await Problem(await Upload(HostileFiles.DocxBomb(50), "bomb.docx"), HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Equal(HostileUploadFactory.MaxDocumentChars, problem.GetProperty("limit").GetInt64());
        await StillServing();
    }

    [Fact]
    public async Task A_pdf_with_a_100_MB_content_stream_is_413()
    {
        await Problem(await Upload(HostileFiles.PdfBomb(100), "bomb.pdf"), HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        await StillServing();
    }

    [Fact]
    public async Task A_pdf_whose_forms_draw_each_other_is_422_and_the_server_lives()
    {
        await Problem(await Upload(HostileFiles.PdfFormLoop(), "loop.pdf"), HttpStatusCode.UnprocessableEntity, "unprocessable_document");
        await StillServing();
    }

    [Fact]
    public async Task A_corrupt_docx_is_422()
    {
        await Problem(await Upload([0x50, 0x4B, 3, 4, 1, 2, 3], "broken.docx"), HttpStatusCode.UnprocessableEntity, "unprocessable_document");
    }

    [Theory]
    [InlineData("UTF-16LE")]
    [InlineData("UTF-32LE")]
    [InlineData("UTF-16BE")]
    public async Task A_unicode_text_file_without_bom_is_indexed_as_its_text(string encoding)
    {
        var text = $"编码测试总工会推进{encoding}职工驿站建设\n编码测试总工会在园区建成星光驿站{encoding.Replace("-", "")}号，服务夜班职工。";
        Encoding target = encoding switch
        {
            "UTF-16LE" => new UnicodeEncoding(false, false),
            "UTF-16BE" => new UnicodeEncoding(true, false),
            _ => new UTF32Encoding(false, false),
        };
        var response = await Upload(target.GetBytes(text), "nobom.txt");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var search = await Client().GetFromJsonAsync<JsonElement>("/api/search?op=and&q=" + Uri.EscapeDataString("星光驿站 夜班职工"));
        Assert.Contains(search.GetProperty("hits").EnumerateArray(), h => h.GetProperty("text").GetString()!.Contains($"星光驿站{encoding.Replace("-", "")}号"));
    }

    [Fact]
    public async Task An_organisation_of_11000_characters_is_400_naming_the_field()
    {
        var organisation = new string('工', 11_000);
        var json = await Client().PostAsync("/api/reports", new StringContent(
            JsonSerializer.Serialize(new { title = "超长组织名", organisation, text = "一段正文。" }), Encoding.UTF8, "application/json"));
        var problem = await Problem(json, HttpStatusCode.BadRequest, "invalid_parameter");
        Assert.Equal("organisation", problem.GetProperty("parameter").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("organisation", out _));

        var multipart = await Upload(Encoding.UTF8.GetBytes("一段正文。"), "a.txt", ("organisation", organisation));
        Assert.Equal("organisation", (await Problem(multipart, HttpStatusCode.BadRequest, "invalid_parameter")).GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("title", 501)]
    [InlineData("region", 201)]
    [InlineData("date", 41)]
    [InlineData("themes", 101)]
    public async Task Every_metadata_field_is_bounded(string field, int length)
    {
        var response = await Upload(Encoding.UTF8.GetBytes("一段正文。"), "a.txt", (field, new string('字', length)));
        Assert.Equal(field, (await Problem(response, HttpStatusCode.BadRequest, "invalid_parameter")).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_source_url_must_be_an_http_url()
    {
        var response = await Upload(Encoding.UTF8.GetBytes("一段正文。"), "a.txt", ("sourceUrl", "javascript:alert(1)"));
        Assert.Equal("sourceUrl", (await Problem(response, HttpStatusCode.BadRequest, "invalid_parameter")).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_text_over_the_document_limit_is_413()
    {
        var text = new string('字', HostileUploadFactory.MaxDocumentChars + 1);
        var json = await Client().PostAsync("/api/reports", new StringContent(JsonSerializer.Serialize(new { title = "长文", text }), Encoding.UTF8, "application/json"));
        Assert.Equal(HostileUploadFactory.MaxDocumentChars, (await Problem(json, HttpStatusCode.RequestEntityTooLarge, "payload_too_large")).GetProperty("limit").GetInt64());
        using var form = new MultipartFormDataContent { { new StringContent(text), "text" } };
        await Problem(await Client().PostAsync("/api/reports", form), HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    private static ByteArrayContent RawMultipart(string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.Replace("\n", "\r\n")));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    [Fact]
    public async Task A_multipart_of_1100_parts_is_413()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 1_100; i++) body.Append($"--b\nContent-Disposition: form-data; name=\"f{i}\"\n\nv\n");
        body.Append("--b--\n");
        var response = await Client().PostAsync("/api/reports", RawMultipart(body.ToString(), "multipart/form-data; boundary=b"));
        await Problem(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        await StillServing();
    }

    [Fact]
    public async Task A_part_with_17_headers_is_refused_with_a_4xx()
    {
        var headers = string.Concat(Enumerable.Range(0, 16).Select(i => $"X-H{i}: v\n"));
        var body = $"--b\nContent-Disposition: form-data; name=\"title\"\n{headers}\nv\n--b--\n";
        var response = await Client().PostAsync("/api/reports", RawMultipart(body, "multipart/form-data; boundary=b"));
        await Problem(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Fact]
    public async Task A_multipart_without_boundary_is_400()
    {
        var response = await Client().PostAsync("/api/reports", RawMultipart("--b\n\nv\n--b--\n", "multipart/form-data"));
        await Problem(response, HttpStatusCode.BadRequest, "invalid_parameter");
    }

    [Fact]
    public async Task A_truncated_multipart_is_400()
    {
        var response = await Client().PostAsync("/api/reports", RawMultipart("--b\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\n\n半截", "multipart/form-data; boundary=b"));
        await Problem(response, HttpStatusCode.BadRequest, "invalid_parameter");
    }
}
