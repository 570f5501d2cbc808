using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;
using SearchService.Ingestion;

namespace SearchService.Core.Search;

/// <summary>Reports and passages by id, and the list of reports, straight from the index's stored fields.</summary>
public sealed class ReportCatalog(IndexService index)
{
    /// <summary>The stored fields a listing reads: never the report JSON, which holds every passage's text.</summary>
    private static readonly ISet<string> SummaryFields = new HashSet<string>(
    [
        IndexSchema.Id, IndexSchema.Title, IndexSchema.Subtitle, IndexSchema.Organisation, IndexSchema.RegionPath, IndexSchema.Theme, IndexSchema.Date,
        IndexSchema.SourcePath, IndexSchema.PassageCount, IndexSchema.SectionCount,
    ]);

    /// <summary>
    /// One page of the reports, ordered by source, title and id, and how many there are: sorted on doc values and only
    /// the page's documents read, so a page costs the same at 5 reports and at 250,000 (reading every stored report
    /// for each call took 3 s at 250k passages). An index written before the listing fields is listed the old way until
    /// <c>searchsvc index --upgrade</c>.
    /// </summary>
    public (IReadOnlyList<ReportSummary> Page, int Total) List(int page, int size) => index.Search(searcher =>
    {
        var query = new TermQuery(new Term(IndexSchema.Kind, IndexSchema.ReportKind));
        var total = searcher.Search(query, 1).TotalHits;
        var skip = (long)(Math.Max(1, page) - 1) * size;
        if (skip >= total || size <= 0) return ((IReadOnlyList<ReportSummary>)[], total);
        var wanted = (int)Math.Min(skip + size, total);
        if (!IndexSchema.HasReportListFields(searcher.IndexReader)) return (ListByReadingEveryReport(searcher, query, (int)skip, size), total);

        var top = searcher.Search(query, null, wanted, new Sort(new SortField(IndexSchema.ReportListSort, SortFieldType.STRING)));
        var summaries = top.ScoreDocs.Skip((int)skip).Select(hit => searcher.Doc(hit.Doc, SummaryFields)).Select(doc =>
        {
            var region = doc.Get(IndexSchema.RegionPath);
            return new ReportSummary(doc.Get(IndexSchema.Id), doc.Get(IndexSchema.Title) ?? "", doc.Get(IndexSchema.Subtitle), doc.Get(IndexSchema.Organisation) ?? "",
                region, doc.GetValues(IndexSchema.Theme), doc.Get(IndexSchema.Date), doc.Get(IndexSchema.SourcePath) ?? "",
                doc.GetField(IndexSchema.PassageCount)?.GetInt32Value() ?? 0, doc.GetField(IndexSchema.SectionCount)?.GetInt32Value() ?? 0);
        }).ToList();
        return ((IReadOnlyList<ReportSummary>)summaries, total);
    });

    private static IReadOnlyList<ReportSummary> ListByReadingEveryReport(IndexSearcher searcher, Lucene.Net.Search.Query query, int skip, int size) =>
        searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs
            .Select(hit => Summarise(IndexSchema.ReadReport(searcher.Doc(hit.Doc))))
            .OrderBy(r => r.SourcePath, StringComparer.Ordinal)
            .ThenBy(r => r.Title, StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Skip(skip).Take(size)
            .ToList();

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
