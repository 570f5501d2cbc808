using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Contracts;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Api.Infrastructure;

/// <summary>
/// Reads a report from a request (JSON or multipart) and runs it through ingestion. An uploaded file's name is only
/// used for its extension and as a label; it never becomes a path on this machine. The document's id is the one the
/// route gives (PUT), else the server's: a hash of the uploaded content and the given metadata, so the same upload
/// names the same report and anything extraction finds (title, organisation) never changes it. Metadata fields are
/// checked against <see cref="ReportMetadataLimits"/> and a text field against the document limits before anything is
/// ingested; ingestion is cancelled when the client goes away. A document over a limit or unreadable throws
/// <see cref="DocumentReadException"/>, which <see cref="ProblemExceptionHandler"/> answers with 413 or 422.
/// </summary>
public static class ReportUploadReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="id">The id the document's report must have (PUT /api/reports/{id}); null assigns one.</param>
    public static async Task<(IngestionResult? Result, ProblemHttpResult? Problem)> Read(HttpContext http, IngestionPipeline pipeline, string? id = null)
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
                return (pipeline.IngestText(Label(metadata.Title ?? "report") + ".txt", text, metadata, id ?? Assigned(text, metadata), http.RequestAborted), null);
            }
            var name = Label(Path.GetFileName(file.FileName));
            var extension = Path.GetExtension(name);
            if (!SourceFiles.Extensions.Contains(extension))
                return (null, Problems.InvalidParameter("file", "Unsupported file type", $"'{extension}' files cannot be indexed; send .txt, .md, .docx or .pdf."));
            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, http.RequestAborted);
            buffer.Position = 0;
            return (pipeline.IngestFile(name, buffer, metadata, id ?? IngestionPipeline.DocumentId(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), metadata), http.RequestAborted), null);
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
        return (pipeline.IngestText(Label(upload.Title ?? "report") + ".txt", body, meta, id ?? Assigned(body, meta), http.RequestAborted), null);
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

    private static string Assigned(string text, ReportMetadata metadata) => IngestionPipeline.DocumentId(System.Text.Encoding.UTF8.GetBytes(text), metadata);

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
