using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchService.Api.Tests;

/// <summary>
/// The API over the seed corpus with its own index folder: the first start builds the index from seeds/, exactly as
/// the README's run command does. Shared by all tests of a class (building takes seconds, not minutes).
/// </summary>
/// <summary>The API over the seed with its defaults.</summary>
public sealed class ApiFactory : ApiFactoryBase;

public abstract class ApiFactoryBase : WebApplicationFactory<Program>
{
    private readonly bool ownsFolder;

    /// <param name="indexPath">An index folder to start on (a restart); null: a new temporary one, removed on dispose.</param>
    protected ApiFactoryBase(string? indexPath = null)
    {
        ownsFolder = indexPath is null;
        IndexPath = indexPath ?? NewIndexPath();
    }

    public string IndexPath { get; }

    public static string NewIndexPath() => Path.Combine(Path.GetTempPath(), "searchsvc-tests", Guid.NewGuid().ToString("n"));

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln"))) return dir.FullName;
            throw new InvalidOperationException("SearchService.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SeedsPath => Path.Combine(RepositoryRoot, "seeds");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Index:Path", IndexPath);
        builder.UseSetting("Sources:Path", SeedsPath);
        Configure(builder);
    }

    /// <summary>Extra settings of a variant (keys, limits).</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!ownsFolder) return;
        try
        {
            if (Directory.Exists(IndexPath)) Directory.Delete(IndexPath, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test run over it.
        }
    }
}
