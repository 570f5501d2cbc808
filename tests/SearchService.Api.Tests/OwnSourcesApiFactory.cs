using Microsoft.AspNetCore.Hosting;

namespace SearchService.Api.Tests;

/// <summary>
/// The API over a sources folder of a test class's own, written before the first start (which indexes it) and removed
/// on dispose, with the rate limit off so a test may send many requests.
/// </summary>
public abstract class OwnSourcesApiFactory(string name) : ApiFactoryBase
{
    public string SourcesPath { get; } = Path.Combine(Path.GetTempPath(), "searchsvc-tests", name + "-" + Guid.NewGuid().ToString("n"));

    protected abstract void WriteSources(string folder);

    /// <summary>Settings beyond the sources folder (keys, limits).</summary>
    protected virtual void Settings(IWebHostBuilder builder)
    {
    }

    protected sealed override void Configure(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(SourcesPath);
        WriteSources(SourcesPath);
        builder.UseSetting("Sources:Path", SourcesPath);
        builder.UseSetting("Limits:RequestsPerWindow", "0");
        Settings(builder);
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
            // A leftover temp folder is harmless; never fail a test run over it.
        }
    }
}
