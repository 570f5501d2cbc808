using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Documents;

/// <summary>
/// A rebuild (<c>searchsvc index --rebuild</c>, or the API's re-index) through the composition root: it finds the
/// document store in the index folder and keeps every document written through the API and every deletion — those
/// written while it runs too.
/// </summary>
public sealed class RebuildTests : IDisposable
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

    [Fact]
    public async Task Writes_while_a_rebuild_reads_the_store_are_in_the_index_it_commits()
    {
        var sources = Path.Combine(folder, "sources");
        Directory.CreateDirectory(sources);
        File.WriteAllText(Path.Combine(sources, "a.txt"), "甲地经验\n\n——甲区总工会\n\n甲区总工会建成职工书屋十家，配送图书三千册。\n");
        using var services = Services(sources);
        var indexer = services.GetRequiredService<SourceIndexer>();
        indexer.Run(sources);
        var writer = services.GetRequiredService<ReportWriter>();
        static DocumentUpload Upload(string title, string text) => new($"api/{title}.txt", System.Text.Encoding.UTF8.GetBytes(title + "\n" + text), new ReportMetadata());
        var before = (await writer.CreateAsync(Upload("早先写入", "早先写入的报告提到紫荆花驿站。"), CancellationToken.None)).Reports.Single().Id;

        // The rebuild has read the store (the first document done) and not yet taken the write gate: the window in which
        // writes go on. One report is written and the earlier one deleted there, as a client would.
        string? during = null;
        var summary = indexer.Run(sources, rebuild: true, new SyncProgress<IndexProgress>(p =>
        {
            if (p.Phase != "documents" || during is not null) return;
            during = writer.CreateAsync(Upload("重建期间写入", "重建期间写入的报告提到凤凰花驿站。"), CancellationToken.None).GetAwaiter().GetResult().Reports.Single().Id;
            Assert.Equal(WriteStatus.Deleted, writer.DeleteAsync(before, WritePrecondition.None, CancellationToken.None).GetAwaiter().GetResult().Status);
        }));

        Assert.NotNull(during);
        Assert.True(summary.Rebuilt);
        var catalog = services.GetRequiredService<ReportCatalog>();
        Assert.NotNull(catalog.GetReport(during));
        Assert.Null(catalog.GetReport(before));
        Assert.Equal(["甲地经验", "重建期间写入"], catalog.List(1, 10).Page.Select(r => r.Title).Order());
        var index = services.GetRequiredService<IndexService>();
        Assert.Equal(services.GetRequiredService<DocumentStore>().LastSeq, index.AppliedSequence);
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
