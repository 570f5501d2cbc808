using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchService.Core.Search.Query;

/// <summary>
/// The documents of a segment in which a frequent word's characters stand in a row, as a bit set, kept for as long
/// as the segment lives (segments never change; a reader opened after a commit shares the sets of the segments it
/// still has and builds its own for new ones). Checking bigram positions is most of the cost of matching a common word
/// (a few thousand passages each time); reading the bits is nearly free. Only words whose rarest bigram stands in at
/// least 1/<see cref="MinimumShare"/> of a segment's documents are kept, at most <see cref="WordsPerSegment"/> per
/// segment (so at most that many bits per document of the index: 4.4 MB at 35,000 passages): a rare word is cheap to
/// check, and the set is built once, the first time a search needs it; words met once the segment is full are checked
/// every time, as before. Deletions are
/// not in the set: the searcher's accepted documents are applied when it is read. This is not a cache of answers:
/// every search still runs, scores and counts its own query; only what a word's characters match is remembered.
/// </summary>
/// <param name="wordsPerSegment">How many words' sets one segment keeps at most.</param>
public sealed class FrequentWordSets(int wordsPerSegment = FrequentWordSets.WordsPerSegment)
{
    /// <summary>A word's set is kept when its rarest bigram is in at least this share of the segment's documents.</summary>
    public const int MinimumShare = 64;

    /// <summary>How many words' sets one segment keeps at most, unless told otherwise.</summary>
    public const int WordsPerSegment = 1024;

    private readonly ConditionalWeakTable<object, Segment> segments = new();

    /// <summary>A word's documents in a segment, or null when it is not kept there (yet).</summary>
    internal Entry? Find(AtomicReader reader, string key) =>
        segments.TryGetValue(reader.CoreCacheKey, out var segment) && segment.Sets.TryGetValue(key, out var entry) ? entry : null;

    /// <summary>Whether a word whose rarest bigram has <paramref name="docFreq"/> documents is worth keeping in the segment.</summary>
    internal static bool Worth(AtomicReader reader, int docFreq) => docFreq >= Math.Max(1, reader.MaxDoc / MinimumShare);

    /// <summary>Keeps a word's documents, unless the segment keeps as many words as it may; returns what is kept.</summary>
    internal Entry Keep(AtomicReader reader, string key, FixedBitSet docs, long cost)
    {
        var entry = new Entry(docs, cost);
        var segment = segments.GetValue(reader.CoreCacheKey, _ => new Segment());
        if (Interlocked.Increment(ref segment.Words) > wordsPerSegment)
        {
            Interlocked.Decrement(ref segment.Words);
            return entry;
        }
        var kept = segment.Sets.GetOrAdd(key, entry);
        // Another search kept the same word first: its place was counted once already.
        if (!ReferenceEquals(kept, entry)) Interlocked.Decrement(ref segment.Words);
        return kept;
    }

    /// <summary>How many words are kept over the segments of a reader (for tests and diagnostics).</summary>
    public int Count(IndexReader reader) =>
        reader.Leaves.Sum(leaf => segments.TryGetValue(leaf.AtomicReader.CoreCacheKey, out var segment) ? segment.Sets.Count : 0);

    private sealed class Segment
    {
        public readonly ConcurrentDictionary<string, Entry> Sets = new(StringComparer.Ordinal);
        public int Words;
    }

    /// <param name="Docs">Every document of the segment holding the word in a row, deleted ones too.</param>
    /// <param name="Cost">The cost the position check reports (its leading postings' length), so conjunctions lead with the same clause.</param>
    internal sealed record Entry(FixedBitSet Docs, long Cost)
    {
        /// <summary>The documents restricted to those accepted.</summary>
        public DocIdSet Accepted(IBits? acceptDocs) => new AcceptedSet(Docs, acceptDocs, Cost);
    }

    /// <summary>
    /// The whole kept set behind a set this class handed out, deleted and unaccepted documents too (for a caller whose
    /// candidates are already among the accepted ones); null for any other set.
    /// </summary>
    internal static FixedBitSet? Whole(DocIdSet set) => set is AcceptedSet accepted ? accepted.Docs : null;

    private sealed class AcceptedSet(FixedBitSet docs, IBits? acceptDocs, long cost) : DocIdSet
    {
        public FixedBitSet Docs => docs;

        public override DocIdSetIterator GetIterator() => acceptDocs switch
        {
            null => new BitsIterator(docs.GetBits(), null, docs.Length, cost),
            FixedBitSet accepted => new BitsIterator(docs.GetBits(), accepted.GetBits(), Math.Min(docs.Length, accepted.Length), cost),
            _ => new CheckedIterator(new BitsIterator(docs.GetBits(), null, docs.Length, cost), acceptDocs),
        };
    }

    /// <summary>The set bits of one bit set, or of the AND of two, word by word.</summary>
    private sealed class BitsIterator(long[] bits, long[]? accepted, int length, long cost) : DocIdSetIterator
    {
        private int doc = -1;

        public override int DocID => doc;

        public override int NextDoc() => Advance(doc + 1);

        public override int Advance(int target)
        {
            if (target >= length) return doc = NO_MORE_DOCS;
            var words = (length + 63) >> 6;
            var i = target >> 6;
            var word = Word(i) >>> (target & 63);
            if (word != 0) return doc = target + BitOperations.TrailingZeroCount(word);
            while (++i < words)
            {
                word = Word(i);
                if (word != 0)
                {
                    var found = (i << 6) + BitOperations.TrailingZeroCount(word);
                    return doc = found < length ? found : NO_MORE_DOCS;
                }
            }
            return doc = NO_MORE_DOCS;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private long Word(int i) => accepted is null ? bits[i] : bits[i] & accepted[i];

        public override long GetCost() => cost;
    }

    /// <summary>Accepted documents that are not a bit set: checked one by one.</summary>
    private sealed class CheckedIterator(DocIdSetIterator inner, IBits accepted) : DocIdSetIterator
    {
        public override int DocID => inner.DocID;

        public override int NextDoc() => Skip(inner.NextDoc());

        public override int Advance(int target) => Skip(inner.Advance(target));

        private int Skip(int doc)
        {
            while (doc != NO_MORE_DOCS && !accepted.Get(doc)) doc = inner.NextDoc();
            return doc;
        }

        public override long GetCost() => inner.GetCost();
    }
}
