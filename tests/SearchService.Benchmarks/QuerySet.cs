using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;

namespace SearchService.Benchmarks;

/// <summary>
/// An existing index searched as the service does with its result cache off: every call plans, matches, counts the
/// facets and renders the first page. Its surface is of the base library's types only, so a build of this project
/// against another tree, loaded beside this one (<see cref="SideBySide"/>), is called the same way.
/// </summary>
public static class QuerySet
{
    /// <summary>
    /// Opens <paramref name="indexPath"/> read-only and returns a search of one query (the matches' total; every call
    /// searches). The index and analyzers stay open for the life of the process.
    /// </summary>
    public static Func<string, int> Open(string indexPath)
    {
        var analyzers = AnalyzerSet.Create(new AnalysisOptions());
        var index = new IndexService(new IndexOptions { Path = indexPath, ReadOnly = true }, analyzers);
        // A shared machine must not abort a measured search at the service's 2 s budget.
        var engine = SearchEngine.Create(index, analyzers, Synonyms.FromConfiguredFile(null), new SearchOptions { CacheEntries = 0, TimeBudgetMs = 600_000 });
        engine.Search(new SearchRequest(null, Size: 1)); // builds the facet arrays, outside the measurements
        return query => engine.Search(new SearchRequest(query)).Total;
    }

    /// <summary>The non-blank lines of a queries file (<c>queries.txt</c>: the benchmark's 30).</summary>
    public static string[] Load(string path) => File.ReadLines(path).Select(q => q.Trim()).Where(q => q.Length > 0).ToArray();
}
