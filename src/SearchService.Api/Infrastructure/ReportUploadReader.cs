using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Core.Documents;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Reads a document from a request (JSON or multipart) as the bytes ingestion will read and the metadata given — what
/// the document store keeps, so the document can be ingested again exactly as it was. An uploaded file's name is only
/// used for its extension and as a label; it never becomes a path on this machine. Metadata fields are checked against
/// <see cref="ReportMetadataLimits"/> and a text field against the document limits before anything is kept or ingested.
/// </summary>
public static class ReportUploadReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(DocumentUpload? Upload, ProblemHttpResult? Problem)> Read(HttpContext http, IngestionPipeline pipeline)
    {
        var request = http.Request;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(http.RequestAborted);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            var metadata = new ReportMetadata(
                Field(form, "title"), Field(form, "organisation"), Field(form, "region"),
                Field(form, "themes")?.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Field(form, "date"), Field(form, "sourceUrl"));
            if (Invalid(metadata) is { } invalid) return (null, invalid);
            if (file is null)
            {
                var text = Field(form, "text");
                if (text is null) return (null, Problems.InvalidParameter("file", "Missing file", "Send the document as a form field named file (.txt, .md, .docx or .pdf), or a text field."));
                if (TooLong(text, pipeline) is { } tooLong) return (null, tooLong);
                return (new DocumentUpload(Label(metadata.Title ?? "report") + ".txt", Encoding.UTF8.GetBytes(text), metadata), null);
            }
            var name = Label(Path.GetFileName(file.FileName));
            var extension = Path.GetExtension(name);
            if (!SourceFiles.Extensions.Contains(extension))
                return (null, Problems.InvalidParameter("file", "Unsupported file type", $"'{extension}' files cannot be indexed; send .txt, .md, .docx or .pdf."));
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, http.RequestAborted);
            return (new DocumentUpload(name, buffer.ToArray(), metadata), null);
        }

        if (request.ContentType is null || !request.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, ProblemCodes.UnsupportedMediaType, "Unsupported media type", "Send application/json or multipart/form-data."));
        ReportUpload? upload;
        try
        {
            upload = await JsonSerializer.DeserializeAsync<ReportUpload>(request.Body, Json, http.RequestAborted);
        }
        catch (JsonException ex)
        {
            return (null, Problems.InvalidParameter("body", "Malformed JSON", $"The body is not valid JSON for a report: {ex.Message}"));
        }
        if (upload is null || string.IsNullOrWhiteSpace(upload.Text))
            return (null, Problems.InvalidParameter("text", "Missing text", "A report needs a non-empty text (and preferably a title)."));
        var meta = new ReportMetadata(upload.Title, upload.Organisation, upload.Region, upload.Themes, upload.Date, upload.SourceUrl);
        if (Invalid(meta) is { } invalidJson) return (null, invalidJson);
        if (TooLong(upload.Text, pipeline) is { } textTooLong) return (null, textTooLong);
        var body = string.IsNullOrWhiteSpace(upload.Title) ? upload.Text : upload.Title + "\n" + upload.Text;
        return (new DocumentUpload(Label(upload.Title ?? "report") + ".txt", Encoding.UTF8.GetBytes(body), meta), null);
    }

    private static ProblemHttpResult? Invalid(ReportMetadata metadata)
    {
        var errors = ReportMetadataLimits.Errors(metadata);
        if (errors.Count == 0) return null;
        var field = errors.Keys.First();
        return Problems.Create(StatusCodes.Status400BadRequest, ProblemCodes.InvalidParameter, "Invalid field", string.Join(" ", errors.Values.SelectMany(m => m)),
            new Dictionary<string, object?> { ["parameter"] = field, ["errors"] = errors });
    }

    private static ProblemHttpResult? TooLong(string text, IngestionPipeline pipeline)
    {
        var max = pipeline.Limits.MaxDocumentChars;
        return text.Length <= max ? null : Problems.Create(StatusCodes.Status413PayloadTooLarge, ProblemCodes.PayloadTooLarge, "Document too large",
            $"The text has {text.Length:N0} characters; the limit is {max:N0} (Ingestion:Limits:MaxDocumentChars). Split the document.",
            new Dictionary<string, object?> { ["limit"] = max });
    }

    private static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value.ToString()) ? value.ToString().Trim() : null;

    /// <summary>A label for the source: "api/" plus the name without any directory parts or odd characters.</summary>
    private static string Label(string name)
    {
        var clean = new string(name.Where(c => !char.IsControl(c) && c is not ('/' or '\\' or ':')).ToArray()).Trim();
        if (clean.Length == 0 || clean.Trim('.').Length == 0) clean = "upload";
        return "api/" + (clean.Length > 120 ? clean[..120] : clean);
    }
}
