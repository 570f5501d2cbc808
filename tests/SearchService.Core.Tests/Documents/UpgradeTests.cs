using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Core.Tests.Documents;

/// <summary>An index written before the document store keeps the reports only it holds through a rebuild.</summary>
public sealed class UpgradeTests : IDisposable
{
    private static readonly Lazy<AnalyzerSet> Analyzers = new(() => AnalyzerSet.Create(new AnalysisOptions()));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-upgrade-" + Guid.NewGuid().ToString("n"));

    private static Report OneReport(string id, string sourcePath, string text)
    {
        var passage = new Passage("p-" + id, id, 1, text, [], "测试区总工会", null, [], [new Occurrence(id, sourcePath, 1, [], text)]);
        return new Report(id, "标题" + id, null, "测试区总工会", null, [], null, null, sourcePath, [new Section([], [passage])]);
    }

    [Fact]
    public void A_rebuild_of_an_index_written_before_the_store_keeps_its_api_reports()
    {
        var sources = Path.Combine(folder, "sources");
        Directory.CreateDirectory(Path.Combine(sources, "api"));
        File.WriteAllText(Path.Combine(sources, "api", "seed.txt"), "源文件标题\n源文件区总工会开展职工书屋建设。\n");
        var indexPath = Path.Combine(folder, "index");
        using var index = new IndexService(new IndexOptions { Path = indexPath }, Analyzers.Value);
        var pipeline = new IngestionPipeline();
        // What the old version left: a source file indexed with its fingerprint, and a report written through the API
        // (labelled api/…, like a file in a sources subfolder called api — told apart by the fingerprint).
        new SourceIndexer(index, pipeline).Run(sources, rebuild: true);
        index.Upsert([OneReport("r-oldapi0001", "api/旧接口写入.txt", "旧版本接口写入的报告提到马蹄莲驿站。")]);
        Directory.Delete(Path.Combine(indexPath, DocumentsOptions.DefaultFolderName), recursive: true);

        var summary = new SourceIndexer(index, pipeline).Run(sources, rebuild: true);

        var catalog = new ReportCatalog(index);
        Assert.NotNull(catalog.GetReport("r-oldapi0001"));
        Assert.Equal("p-r-oldapi0001", catalog.GetReport("r-oldapi0001")!.Passages.Single().Id);
        Assert.Equal(2, index.Stats().Reports);
        Assert.Equal(1, summary.Documents);
        var store = new DocumentStore(Path.Combine(indexPath, DocumentsOptions.DefaultFolderName));
        Assert.Equal(StoredDocument.StoredReportFormat, store.Document("r-oldapi0001")!.Format);
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
