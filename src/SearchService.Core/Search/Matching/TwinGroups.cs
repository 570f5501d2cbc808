using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Search.Matching;

/// <summary>
/// Passages whose paragraph stands in more than one report — ingestion gives each passage the key of its normalised
/// text (<see cref="IndexSchema.Twin"/>) — grouped over one index reader: a search counts and lists each group once,
/// and a hit says in how many other reports its paragraph also stands. Built once per reader, from per-segment arrays
/// that are kept for as long as their segment lives.
/// </summary>
public sealed class TwinGroups
{
    private readonly (object CoreKey, int[] GroupOf)[] leaves;
    private readonly int[] otherReports;

    private TwinGroups((object, int[])[] leaves, int[] otherReports)
    {
        this.leaves = leaves;
        this.otherReports = otherReports;
    }

    /// <summary>How many groups there are (paragraphs standing in two reports or more).</summary>
    public int Count => otherReports.Length;

    /// <summary>The group of each document of a segment, -1 for a passage that stands in one report only.</summary>
    public int[] Leaf(AtomicReaderContext context)
    {
        var leaf = context.Ord < leaves.Length ? leaves[context.Ord] : default;
        if (leaf.GroupOf is null || !ReferenceEquals(leaf.CoreKey, context.AtomicReader.CoreCacheKey))
            throw new InvalidOperationException("twin groups were built for a different index reader than the one searched");
        return leaf.GroupOf;
    }

    /// <summary>In how many other reports the paragraph of a document (a top-level doc id) also stands; 0 for none.</summary>
    public int OtherReports(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var group = Leaf(leaf)[doc - leaf.DocBase];
        return group < 0 ? 0 : otherReports[group];
    }

    internal static TwinGroups Build(IndexReader reader, Func<AtomicReader, SegmentTwins> segment)
    {
        var contexts = reader.Leaves;
        var segments = contexts.Select(c => segment(c.AtomicReader)).ToArray();
        // The arrays are per segment core; deletions are per reader.
        var live = contexts.Select(c => c.AtomicReader.LiveDocs).ToArray();
        bool Live(int segment, int doc) => live[segment] is not { } bits || bits.Get(doc);
        // Most keys stand once: count first, and gather the reports only of those that stand more than once.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Length; i++)
            for (int doc = 0, n = segments[i].KeyOrdinal.Length; doc < n; doc++)
                if (segments[i] is var s && s.KeyOrdinal[doc] >= 0 && Live(i, doc)) seen[s.Keys[s.KeyOrdinal[doc]]] = seen.GetValueOrDefault(s.Keys[s.KeyOrdinal[doc]]) + 1;
        var reports = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Length; i++)
            for (var doc = 0; doc < segments[i].KeyOrdinal.Length; doc++)
            {
                var s = segments[i];
                if (s.KeyOrdinal[doc] < 0 || !Live(i, doc)) continue;
                var key = s.Keys[s.KeyOrdinal[doc]];
                if (seen[key] < 2) continue;
                if (!reports.TryGetValue(key, out var set)) reports[key] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(s.Reports[doc]);
            }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var others = new List<int>();
        foreach (var (key, set) in reports)
            if (set.Count > 1)
            {
                ids[key] = others.Count;
                others.Add(set.Count - 1);
            }
        var leaves = segments.Select((s, i) =>
        {
            var groupOf = new int[s.KeyOrdinal.Length];
            for (var doc = 0; doc < groupOf.Length; doc++)
                groupOf[doc] = s.KeyOrdinal[doc] >= 0 && Live(i, doc) && ids.TryGetValue(s.Keys[s.KeyOrdinal[doc]], out var id) ? id : -1;
            return (contexts[i].AtomicReader.CoreCacheKey, groupOf);
        }).ToArray();
        return new TwinGroups(leaves, others.ToArray());
    }
}

/// <summary>
/// A segment's twin keys: document <c>d</c> has key <c>Keys[KeyOrdinal[d]]</c> (-1: none) and stands in report
/// <c>Reports[d]</c>. Deleted documents are left to the reader (<see cref="TwinGroups"/>), since segments outlive deletions.
/// </summary>
internal sealed class SegmentTwins(string[] keys, int[] keyOrdinal, string[] reports)
{
    public string[] Keys { get; } = keys;

    public int[] KeyOrdinal { get; } = keyOrdinal;

    public string[] Reports { get; } = reports;

    public static SegmentTwins Read(AtomicReader reader)
    {
        var twins = reader.GetSortedDocValues(IndexSchema.Twin);
        var reportIds = reader.GetSortedDocValues(IndexSchema.ReportId);
        var keyOrdinal = new int[reader.MaxDoc];
        Array.Fill(keyOrdinal, -1);
        if (twins is null || reportIds is null) return new SegmentTwins([], keyOrdinal, new string[reader.MaxDoc]);
        var term = new BytesRef();
        var keys = new string[twins.ValueCount];
        for (var ord = 0; ord < keys.Length; ord++)
        {
            twins.LookupOrd(ord, term);
            keys[ord] = term.Utf8ToString();
        }
        var reportLabels = new string[reportIds.ValueCount];
        for (var ord = 0; ord < reportLabels.Length; ord++)
        {
            reportIds.LookupOrd(ord, term);
            reportLabels[ord] = term.Utf8ToString();
        }
        var reports = new string[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var key = twins.GetOrd(doc);
            var report = reportIds.GetOrd(doc);
            if (key < 0 || report < 0) continue;
            keyOrdinal[doc] = key;
            reports[doc] = reportLabels[report];
        }
        return new SegmentTwins(keys, keyOrdinal, reports);
    }
}
