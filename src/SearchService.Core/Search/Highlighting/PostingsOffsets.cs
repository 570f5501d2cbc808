using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchService.Core.Search.Highlighting;

/// <summary>
/// Where the query's words stand in the hits' text, read from the postings (the field is indexed with offsets), as
/// the Java PostingsHighlighter does instead of re-analysing each hit. Each word is looked up once per segment for the
/// whole page, and its postings walked forward through the page's documents in order.
/// </summary>
public static class PostingsOffsets
{
    /// <returns>Offsets per document id; null when the field was indexed without offsets (the caller re-analyses).</returns>
    public static IReadOnlyDictionary<int, List<(int Start, int End)>>? Read(IndexReader reader, string field, IEnumerable<int> docIds, IReadOnlySet<string> terms)
    {
        var leaves = reader.Leaves;
        var result = new Dictionary<int, List<(int, int)>>();
        foreach (var group in docIds.Distinct().GroupBy(d => ReaderUtil.SubIndex(d, leaves)))
        {
            var leaf = leaves[group.Key];
            var fieldTerms = leaf.AtomicReader.GetTerms(field);
            if (fieldTerms is null || !fieldTerms.HasOffsets) return null;
            var docs = group.Order().ToList();
            foreach (var doc in docs) result[doc] = [];
            var termsEnum = fieldTerms.GetEnumerator();
            DocsAndPositionsEnum? postings = null;
            foreach (var term in terms)
            {
                if (!termsEnum.SeekExact(new BytesRef(term))) continue;
                postings = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, postings, DocsAndPositionsFlags.OFFSETS);
                if (postings is null) continue;
                foreach (var doc in docs)
                {
                    var local = doc - leaf.DocBase;
                    var at = postings.DocID < local ? postings.Advance(local) : postings.DocID;
                    if (at == DocIdSetIterator.NO_MORE_DOCS) break;
                    if (at != local) continue;
                    var offsets = result[doc];
                    for (var i = postings.Freq; i > 0; i--)
                    {
                        postings.NextPosition();
                        offsets.Add((postings.StartOffset, postings.EndOffset));
                    }
                }
            }
        }
        return result;
    }
}
