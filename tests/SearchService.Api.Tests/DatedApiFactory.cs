using Microsoft.AspNetCore.Hosting;

namespace SearchService.Api.Tests;

/// <summary>
/// The seed plus two dated reports of our own (Fixtures/dated: one dates itself in its text, one in its .meta.json
/// sidecar), with a write key so a test can post a third with a date in the request. The seed states no date: its
/// passages are the 未注明 bucket.
/// </summary>
public sealed class DatedApiFactory : ApiFactoryBase
{
    public const string Key = "dated-key";

    public string SourcesPath { get; } = Path.Combine(Path.GetTempPath(), "searchsvc-tests", "dated-" + Guid.NewGuid().ToString("n"));

    protected override void Configure(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(SourcesPath);
        foreach (var file in Directory.GetFiles(SeedsPath).Concat(Directory.GetFiles(Path.Combine(RepositoryRoot, "tests", "SearchService.Api.Tests", "Fixtures", "dated"))))
            File.Copy(file, Path.Combine(SourcesPath, Path.GetFileName(file)), overwrite: true);
        builder.UseSetting("Sources:Path", SourcesPath);
        builder.UseSetting("Auth:ApiKeys:0", Key);
        builder.UseSetting("Limits:RequestsPerWindow", "0");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            if (Directory.Exists(SourcesPath)) Directory.Delete(SourcesPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
