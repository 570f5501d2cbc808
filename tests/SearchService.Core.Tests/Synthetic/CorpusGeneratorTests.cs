using System.Text.Json;
using SearchService.Ingestion;
using SearchService.Tools.Synthetic;

namespace SearchService.Core.Tests.Synthetic;

/// <summary>
/// The generated corpus is what ingestion is measured on at scale, so ingestion must find exactly the reports the
/// generator wrote: one per declared file, and in a compilation one per title and byline, each with its own paragraphs.
/// </summary>
public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "searchsvc-generated-" + Guid.NewGuid().ToString("n"));

    private static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln"))) return dir.FullName;
            throw new InvalidOperationException("repository root not found");
        }
    }

    private static CorpusGenerator Generator(int seed) =>
        CorpusGenerator.FromSources(Path.Combine(RepositoryRoot, "seeds"), Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data"), seed);

    [Fact]
    public void One_report_per_file_with_a_sidecar_gives_exactly_that_many_reports()
    {
        var summary = Generator(7).Write(folder, 120, perFile: true);
        Assert.Equal((120, 120), (summary.Files, summary.Reports));

        var result = new IngestionPipeline().IngestPath(folder);

        Assert.Empty(result.Problems);
        Assert.Equal(120, result.Reports.Count);
        Assert.Equal(120, result.Reports.Select(r => r.SourcePath).Distinct().Count());
        Assert.All(result.Reports, r => Assert.Equal("sidecar", r.OrganisationSource));
    }

    [Fact]
    public void Compilations_give_one_report_per_generated_report_each_with_its_own_paragraphs()
    {
        var summary = Generator(11).Write(folder, 100);
        Assert.Equal((5, 100), (summary.Files, summary.Reports));
        var generated = GeneratedReports();

        var result = new IngestionPipeline().IngestPath(folder);

        Assert.Equal(100, result.Reports.Count);
        foreach (var report in result.Reports)
        {
            // The paragraphs the generator wrote for one report (repeats it made with another ordinal collapse into them).
            var owners = report.Passages.Select(p => generated.Where(g => g.Texts.Contains(p.Text) && Path.GetFileNameWithoutExtension(report.SourcePath) == g.File).Select(g => g.Key).FirstOrDefault())
                .Where(k => k is not null).Distinct().ToList();
            var owner = Assert.Single(owners);
            Assert.Equal(generated.Single(g => g.Key == owner).Title, report.Title);
        }
    }

    private sealed record Generated(string Key, string File, string Title, HashSet<string> Texts);

    /// <summary>The generator's own report boundaries, from the ids of passages.jsonl (g{file}-{report}-{section}-{paragraph}).</summary>
    private List<Generated> GeneratedReports()
    {
        var byKey = new Dictionary<string, Generated>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "passages.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString()!;
            var parts = id[1..].Split('-');
            var key = $"{parts[0]}-{parts[1]}";
            if (!byKey.TryGetValue(key, out var report))
                byKey[key] = report = new Generated(key, $"compilation-{int.Parse(parts[0]):D5}", json.RootElement.GetProperty("title").GetString()!, []);
            report.Texts.Add(json.RootElement.GetProperty("text").GetString()!);
        }
        return [.. byKey.Values];
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
