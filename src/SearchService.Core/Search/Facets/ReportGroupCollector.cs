using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Facets;

/// <summary>For <c>groupBy=report</c>: the best-scoring passage of each report and how many of its passages matched.</summary>
public sealed class ReportGroupCollector : ICollector
{
    private readonly Dictionary<string, Group> groups = new(StringComparer.Ordinal);
    private Scorer? scorer;
    private SortedDocValues? reportIds;
    private int docBase;
    private readonly BytesRef scratch = new();

    public IReadOnlyCollection<Group> Groups => groups.Values;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        reportIds = context.AtomicReader.GetSortedDocValues(IndexSchema.ReportId);
    }

    public void Collect(int doc)
    {
        if (reportIds is null) return;
        var ord = reportIds.GetOrd(doc);
        if (ord < 0) return;
        reportIds.LookupOrd(ord, scratch);
        var id = scratch.Utf8ToString();
        var score = scorer!.GetScore();
        if (groups.TryGetValue(id, out var group))
            groups[id] = score > group.BestScore ? new Group(id, docBase + doc, score, group.Count + 1) : group with { Count = group.Count + 1 };
        else
            groups[id] = new Group(id, docBase + doc, score, 1);
    }

    public sealed record Group(string ReportId, int BestDoc, float BestScore, int Count);
}
