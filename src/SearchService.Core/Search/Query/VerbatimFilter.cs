using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchService.Core.Search.Query;

/// <summary>
/// The documents in which a word's characters stand in a row: its bigrams at consecutive positions of the bigram field,
/// as the <see cref="PhraseQuery"/> it is made from finds them, for a clause that only decides the match (a constant
/// score). Unlike the phrase query it neither counts every occurrence nor collects term statistics: it stops at the
/// first occurrence, and it does not read positions at all where the passage holds the word as a SmartCn word
/// (<paramref name="shortcut"/>, a word field analysed from the same texts), since the word's characters then stand
/// in a row there. Reads as the phrase query in explanations.
/// </summary>
/// <param name="phrase">The bigrams and their positions (one field).</param>
/// <param name="shortcut">The same word as a term of the word field, or null to check positions everywhere.</param>
/// <param name="frequent">Where the documents of a frequent word are kept per segment once found; null to check every time.</param>
public sealed class VerbatimFilter(PhraseQuery phrase, Term? shortcut, FrequentWordSets? frequent = null) : Filter
{
    private readonly Term[] terms = phrase.GetTerms();
    private readonly int[] positions = phrase.GetPositions();
    private string? display;
    private string? key;

    private string Display => display ??= terms.Length == 1 ? new TermQuery(terms[0]).ToString() : Phrase.ToString();

    /// <summary>What the kept sets know this check by: its field, bigrams, their positions and the shortcut.</summary>
    private string Key => key ??= string.Join('\u0001', terms.Select((t, i) => $"{t.Field}:{t.Text}@{positions[i]}")) + "|" + shortcut;

    /// <summary>The bigrams in a row that the filter finds.</summary>
    public PhraseQuery Phrase { get; } = phrase;

    /// <summary>The phrase the filter stands for, as the phrase query (or its one-term rewrite) writes it.</summary>
    public override string ToString() => Display;

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        if (terms.Length == 0) return null;
        var reader = context.AtomicReader;
        if (frequent?.Find(reader, Key) is { } kept) return kept.Accepted(acceptDocs);
        var fieldTerms = reader.GetTerms(terms[0].Field);
        if (fieldTerms is null) return null;
        var termsEnum = fieldTerms.GetEnumerator();
        if (terms.Length == 1)
        {
            if (!termsEnum.SeekExact(terms[0].Bytes)) return null;
            if (frequent is not null && FrequentWordSets.Worth(reader, termsEnum.DocFreq))
                return Kept(reader, termsEnum.Docs(null, null, DocsFlags.NONE)).Accepted(acceptDocs);
            var docs = termsEnum.Docs(acceptDocs, null, DocsFlags.NONE);
            return docs is null ? null : new IteratorSet(docs);
        }
        var states = new (TermState State, int DocFreq)[terms.Length];
        var rarest = int.MaxValue;
        for (var i = 0; i < terms.Length; i++)
        {
            if (!termsEnum.SeekExact(terms[i].Bytes)) return null;
            states[i] = (termsEnum.GetTermState(), termsEnum.DocFreq);
            rarest = Math.Min(rarest, termsEnum.DocFreq);
        }
        if (frequent is not null && FrequentWordSets.Worth(reader, rarest))
            return Kept(reader, InRow(reader, termsEnum, states, null)).Accepted(acceptDocs);
        return new IteratorSet(InRow(reader, termsEnum, states, acceptDocs));
    }

    private InARow InRow(AtomicReader reader, TermsEnum termsEnum, (TermState State, int DocFreq)[] states, IBits? acceptDocs)
    {
        var parts = new Part[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            termsEnum.SeekExact(terms[i].Bytes, states[i].State);
            var postings = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                ?? throw new InvalidOperationException($"field \"{terms[i].Field}\" was indexed without positions; cannot match {Display}");
            parts[i] = new Part(postings, positions[i], states[i].DocFreq);
        }
        // The rarest bigram leads the conjunction.
        Array.Sort(parts, (a, b) => a.DocFreq.CompareTo(b.DocFreq));
        DocsEnum? word = null;
        if (shortcut is not null && reader.GetTerms(shortcut.Field)?.GetEnumerator() is { } words && words.SeekExact(shortcut.Bytes))
            word = words.Docs(acceptDocs, null, DocsFlags.NONE);
        return new InARow(parts, word);
    }

    /// <summary>Every document of the segment the iterator finds (deleted ones too), kept for later searches.</summary>
    private FrequentWordSets.Entry Kept(AtomicReader reader, DocIdSetIterator found)
    {
        var docs = new FixedBitSet(reader.MaxDoc);
        var cost = found.GetCost();
        for (var doc = found.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = found.NextDoc()) docs.Set(doc);
        return frequent!.Keep(reader, Key, docs, cost);
    }

    private sealed class IteratorSet(DocIdSetIterator iterator) : DocIdSet
    {
        public override DocIdSetIterator GetIterator() => iterator;
    }

    private sealed class Part(DocsAndPositionsEnum postings, int offset, int docFreq)
    {
        public DocsAndPositionsEnum Postings { get; } = postings;
        public int Offset { get; } = offset;
        public int DocFreq { get; } = docFreq;
        public int[] Positions = new int[8];
        public int Count;

        public void ReadPositions()
        {
            Count = Postings.Freq;
            if (Positions.Length < Count) Positions = new int[ArrayUtil.Oversize(Count, sizeof(int))];
            for (var i = 0; i < Count; i++) Positions[i] = Postings.NextPosition() - Offset;
        }
    }

    /// <summary>The conjunction of the bigrams' postings, each candidate confirmed by the word or by the positions.</summary>
    private sealed class InARow(Part[] parts, DocsEnum? word) : DocIdSetIterator
    {
        private int doc = -1;

        public override int DocID => doc;

        public override int NextDoc() => doc = Confirm(parts[0].Postings.NextDoc());

        public override int Advance(int target) => doc = Confirm(parts[0].Postings.Advance(target));

        public override long GetCost() => parts[0].Postings.GetCost();

        private int Confirm(int candidate)
        {
            while (candidate != NO_MORE_DOCS)
            {
                candidate = Align(candidate);
                if (candidate == NO_MORE_DOCS || HoldsWord(candidate) || InOrder()) return candidate;
                candidate = parts[0].Postings.NextDoc();
            }
            return NO_MORE_DOCS;
        }

        /// <summary>The first document from <paramref name="candidate"/> (the lead's) that every bigram holds.</summary>
        private int Align(int candidate)
        {
            for (var i = 1; i < parts.Length; i++)
            {
                var other = parts[i].Postings;
                var at = other.DocID < candidate ? other.Advance(candidate) : other.DocID;
                if (at == candidate) continue;
                if (at == NO_MORE_DOCS) return NO_MORE_DOCS;
                candidate = parts[0].Postings.Advance(at);
                if (candidate == NO_MORE_DOCS) return NO_MORE_DOCS;
                i = 0;
            }
            return candidate;
        }

        private bool HoldsWord(int candidate)
        {
            if (word is null) return false;
            var at = word.DocID < candidate ? word.Advance(candidate) : word.DocID;
            return at == candidate;
        }

        /// <summary>Whether some occurrence of the first bigram has every other at its place after it.</summary>
        private bool InOrder()
        {
            foreach (var part in parts) part.ReadPositions();
            var first = parts[0];
            Span<int> next = stackalloc int[parts.Length];
            for (var p = 0; p < first.Count; p++)
            {
                var start = first.Positions[p];
                var all = true;
                for (var i = 1; i < parts.Length && all; i++)
                {
                    var part = parts[i];
                    while (next[i] < part.Count && part.Positions[next[i]] < start) next[i]++;
                    all = next[i] < part.Count && part.Positions[next[i]] == start;
                }
                if (all) return true;
            }
            return false;
        }
    }
}
