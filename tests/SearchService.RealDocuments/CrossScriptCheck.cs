using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.RealDocuments;

/// <summary>Whether a document was found by its phrase in the other script, and (the control) in its own.</summary>
public sealed record CrossScriptResult(LabelledDocument Document, bool FoundInOtherScript, bool FoundInOwnScript, IReadOnlyList<string> Misses);

/// <summary>
/// Indexes the whole texts folder with the service's own indexer into a temporary folder, then searches for each
/// document with one of its must-keep phrases written in the other script (all words required, as a user would type
/// it), and with the same phrase as written, as a control. A document counts as found when any hit is one of its
/// passages, or stands for one: search shows a paragraph that several documents share once ("also in N reports"),
/// under whichever report ranks first.
/// </summary>
public static class CrossScriptCheck
{
    private const int HitsLooked = 100;

    public static IReadOnlyList<CrossScriptResult> Run(string textsFolder, IngestionPipeline pipeline, IngestionResult folder, IReadOnlyList<LabelledDocument> documents)
    {
        var indexPath = Path.Combine(Path.GetTempPath(), "searchsvc-realdocs-" + Guid.NewGuid().ToString("n"));
        try
        {
            using var analyzers = AnalyzerSet.Create(new AnalysisOptions());
            using var index = new IndexService(new IndexOptions { Path = indexPath }, analyzers);
            new SourceIndexer(index, pipeline).Run(textsFolder, rebuild: true);
            var tuning = new SearchOptions();
            var engine = SearchEngine.Create(index, analyzers, Synonyms.FromConfiguredFile(tuning.SynonymsPath), tuning);
            var sourceOf = folder.Reports.ToDictionary(r => r.Id, r => r.SourcePath);
            var passages = folder.Reports.SelectMany(r => r.Passages.Select(p => (Report: r, Passage: p))).ToList();
            var twinKeyOf = passages.ToDictionary(x => x.Passage.Id, x => x.Passage.TwinKey);
            var sourcesOfTwin = passages.Where(x => x.Passage.TwinKey.Length > 0).ToLookup(x => x.Passage.TwinKey, x => x.Report.SourcePath);
            bool Shows(SearchHit hit, string fileName) =>
                (sourceOf.TryGetValue(hit.ReportId, out var source) && source == fileName)
                || (hit.AlsoInReports > 0 && twinKeyOf.TryGetValue(hit.Id, out var twin) && sourcesOfTwin[twin].Contains(fileName));

            return documents.Select(document =>
            {
                var misses = new List<string>();
                bool Finds(string phrase, string which)
                {
                    var query = AsTyped(phrase);
                    try
                    {
                        var response = engine.Search(new SearchRequest(query, Size: HitsLooked, Operator: MatchOperator.And));
                        var found = response.Hits.Any(h => Shows(h, document.FileName));
                        if (!found) misses.Add($"{document.Id} not found by the {which} query '{query}' ({response.Total} hits elsewhere)");
                        return found;
                    }
                    catch (QuerySyntaxException ex)
                    {
                        misses.Add($"{document.Id} {which} query '{query}' refused: {ex.Message}");
                        return false;
                    }
                }
                var other = Finds(document.OtherScriptQuery, document.IsTraditional ? "simplified" : "traditional");
                var own = Finds(document.OtherScriptPhrase, "own-script");
                return new CrossScriptResult(document, other, own, misses);
            }).ToList();
        }
        finally
        {
            try { Directory.Delete(indexPath, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The phrase as plain words: characters the query language reads as operators become spaces.</summary>
    private static string AsTyped(string phrase) =>
        string.Join(' ', phrase.Split(['(', ')', '"', '+', '-', ':', '*', '?', '~', '!', '^', '[', ']', '{', '}', '\\', '/', '|', '&'],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
