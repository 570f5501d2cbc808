using Microsoft.AspNetCore.Hosting;

namespace SearchService.Api.Tests;

/// <summary>
/// The seed plus two dated reports of our own (Fixtures/dated: one dates itself in its text, one in its .meta.json
/// sidecar), with a write key so a test can post a third with a date in the request. The seed states no date: its
/// passages are the 未注明 bucket.
/// </summary>
public sealed class DatedApiFactory() : OwnSourcesApiFactory("dated")
{
    public const string Key = "dated-key";

    protected override void WriteSources(string folder)
    {
        foreach (var file in Directory.GetFiles(SeedsPath).Concat(Directory.GetFiles(Path.Combine(RepositoryRoot, "tests", "SearchService.Api.Tests", "Fixtures", "dated"))))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
    }

    protected override void Settings(IWebHostBuilder builder) => builder.UseSetting("Auth:ApiKeys:0", Key);
}
