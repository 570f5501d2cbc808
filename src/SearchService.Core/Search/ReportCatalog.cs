using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;
using SearchService.Ingestion;

namespace SearchService.Core.Search;

/// <summary>Reports and passages by id, and the list of reports, straight from the index's stored fields.</summary>
public sealed class ReportCatalog(IndexService index)
{
    public IReadOnlyList<ReportSummary> List() => index.Search(searcher =>
    {
        var query = new TermQuery(new Term(IndexSchema.Kind, IndexSchema.ReportKind));
        var top = searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc));
        return top.ScoreDocs
            .Select(hit => IndexSchema.ReadReport(searcher.Doc(hit.Doc)))
            .Select(Summarise)
            .OrderBy(r => r.SourcePath, StringComparer.Ordinal)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToList();
    });

    public Report? GetReport(string id) => index.Search(searcher =>
    {
        var doc = Find(searcher, IndexSchema.ReportKind, id);
        return doc is null ? null : IndexSchema.ReadReport(searcher.Doc(doc.Value));
    });

    public PassageView? GetPassage(string id) => index.Search(searcher =>
    {
        var found = Find(searcher, IndexSchema.PassageKind, id);
        if (found is null) return null;
        var doc = searcher.Doc(found.Value);
        return new PassageView(
            doc.Get(IndexSchema.Id),
            doc.Get(IndexSchema.ReportId),
            doc.Get(IndexSchema.Title) ?? "",
            doc.Get(IndexSchema.Organisation) ?? "",
            doc.Get(IndexSchema.RegionPath),
            doc.GetValues(IndexSchema.Theme),
            doc.Get(IndexSchema.Section) ?? "",
            doc.GetField(IndexSchema.Ordinal)?.GetInt32Value() ?? 0,
            doc.Get(IndexSchema.Text) ?? "",
            doc.Get(IndexSchema.SourcePath) ?? "",
            IndexSchema.ReadOccurrences(doc))
        {
            ThemeEvidence = IndexSchema.ReadThemeEvidence(doc),
            Citation = IndexSchema.ReadCitation(doc),
        };
    });

    internal static int? Find(IndexSearcher searcher, string kind, string id)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.Kind, kind)), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Id, id)), Occur.MUST },
        };
        var top = searcher.Search(query, 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }

    public static ReportSummary Summarise(Report report) => new(
        report.Id, report.Title, report.Subtitle, report.Organisation, report.Region, report.Themes, report.Date,
        report.SourcePath, report.Passages.Count(), report.Sections.Count);
}
