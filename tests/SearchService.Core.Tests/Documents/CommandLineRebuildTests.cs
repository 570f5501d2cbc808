using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Documents;

/// <summary>
/// <c>searchsvc index --rebuild</c> after the API has served the folder: the CLI's composition root finds the document
/// store in the index folder, so the rebuild keeps every document written through the API and every deletion.
/// </summary>
public sealed class CommandLineRebuildTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-cli-rebuild-" + Guid.NewGuid().ToString("n"));

    private ServiceProvider Services(string sources) =>
        new ServiceCollection().AddSearchCore(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Index:Path"] = Path.Combine(folder, "index"), ["Sources:Path"] = sources })
            .Build()).BuildServiceProvider();

    [Fact]
    public async Task A_rebuild_through_the_composition_root_keeps_api_documents_and_deletions()
    {
        var sources = Path.Combine(folder, "sources");
        Directory.CreateDirectory(sources);
        File.WriteAllText(Path.Combine(sources, "a.txt"), "甲地经验\n\n——甲区总工会\n\n甲区总工会建成职工书屋十家，配送图书三千册。\n");
        File.WriteAllText(Path.Combine(sources, "b.txt"), "乙地经验\n\n——乙区总工会\n\n乙区总工会开展职工技能比武，参赛职工五百人。\n");

        string written, deleted;
        using (var api = Services(sources))
        {
            api.GetRequiredService<SourceIndexer>().Run(sources);
            var catalog = api.GetRequiredService<ReportCatalog>();
            deleted = catalog.List(1, 10).Page.Single(r => r.Title == "乙地经验").Id;
            var writer = api.GetRequiredService<ReportWriter>();
            var upload = new DocumentUpload("api/丙地经验.txt", "丙地经验\n丙区总工会建成户外劳动者驿站二十座。"u8.ToArray(), new ReportMetadata(Organisation: "丙区总工会"));
            var created = await writer.CreateAsync(upload, CancellationToken.None);
            Assert.Equal(WriteStatus.Created, created.Status);
            written = created.Reports.Single().Id;
            Assert.Equal(WriteStatus.Deleted, (await writer.DeleteAsync(deleted, WritePrecondition.None, CancellationToken.None)).Status);
        }

        using (var cli = Services(sources))
        {
            var summary = cli.GetRequiredService<SourceIndexer>().Run(sources, rebuild: true);
            Assert.True(summary.Rebuilt);
            Assert.Equal(1, summary.Documents);
            var catalog = cli.GetRequiredService<ReportCatalog>();
            Assert.NotNull(catalog.GetReport(written));
            Assert.Null(catalog.GetReport(deleted));
            Assert.Equal(["丙地经验", "甲地经验"], catalog.List(1, 10).Page.Select(r => r.Title).Order());
        }
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
