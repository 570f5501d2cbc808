using System.Net;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Ingestion;

namespace SearchService.Benchmarks.Highlighting;

/// <summary>
/// <c>highlight-eval</c>: the three highlighters on the first page of every judged query over the seed, side by side.
/// A hit <i>matched</i> each query word that is one of its words (by the index analyzer) and each literal string (query
/// run, phrase, synonym — what the bigram net matches) found verbatim in it; a highlighter <i>covers</i> a hit when
/// every such word and string lies inside one marked run of its fragments (adjacent marks join into one run). Also
/// counted: marked runs whose edge falls inside a word, fragment or mark edges inside a surrogate pair, fragments that
/// are not a verbatim slice of the text, and fragment length.
/// </summary>
public static class HighlightQuality
{
    public static int Run(string sources, string judgments)
    {
        var reports = new IngestionPipeline().IngestPath(sources).Reports;
        using var index = new HighlightIndex(reports);
        var queries = File.ReadLines(judgments).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).ToList();
        var pages = queries.Select(q => index.Page(q)).ToList();
        Console.WriteLine($"{queries.Count} judged queries, {pages.Sum(p => p.Docs.Length)} hits on their first pages");
        SizeOf(index);
        Console.WriteLine("| highlighter | hits covered | matched words and strings marked | marked runs splitting a word | edges inside a surrogate pair | not a verbatim slice | fragments per hit | chars per fragment (mean / max) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var name in PageHighlighter.Names)
        {
            var highlighter = PageHighlighter.Create(name, index);
            if (Environment.GetEnvironmentVariable("HIGHLIGHT_DETAILS") == "1") Console.Error.WriteLine(name + ":");
            var s = new Stats();
            foreach (var (built, docs) in pages)
            {
                var fragments = highlighter.Page(index.Searcher, docs, built);
                for (var i = 0; i < docs.Length; i++) s.Add(index.Text(docs[i]), fragments[i], built.HighlightTerms, built.HighlightStrings, index.Analyzers);
            }
            Console.WriteLine($"| {name} | {s.Covered}/{s.Hits} ({100.0 * s.Covered / s.Hits:F1} %) | {s.ItemsMarked}/{s.Items} ({100.0 * s.ItemsMarked / Math.Max(1, s.Items):F1} %) | " +
                $"{s.SplitRuns}/{s.Runs} | {s.SurrogateSplits} | {s.NotVerbatim} | {(double)s.Fragments / s.Hits:F2} | {(double)s.FragmentChars / Math.Max(1, s.Fragments):F0} / {s.MaxFragmentChars} |");
        }
        return 0;
    }

    /// <summary><c>highlight-size DOCS.jsonl N</c>: what the term vectors add to an index of the first N documents.</summary>
    public static int Size(string docs, int passages)
    {
        using var index = new HighlightIndex(BenchCorpus.Load(docs, passages));
        SizeOf(index);
        return 0;
    }

    private static void SizeOf(HighlightIndex index)
    {
        var (total, vectors) = index.Size();
        Console.WriteLine($"index {total / 1e6:F1} MB, of which term vectors {vectors / 1e6:F1} MB ({100.0 * vectors / total:F0} %)");
    }

    private sealed class Stats
    {
        public int Hits, Covered, Items, ItemsMarked, Runs, SplitRuns, SurrogateSplits, NotVerbatim, Fragments, FragmentChars, MaxFragmentChars;

        public void Add(string text, IReadOnlyList<string> fragments, IReadOnlySet<string> terms, IReadOnlySet<string> strings, AnalyzerSet analyzers)
        {
            Hits++;
            var tokens = analyzers.Words.Tokens(IndexSchema.Text, text);
            var runs = new List<(int Start, int End)>();
            foreach (var fragment in fragments)
            {
                var (plain, marks) = Parse(fragment);
                Fragments++;
                FragmentChars += plain.Length;
                MaxFragmentChars = Math.Max(MaxFragmentChars, plain.Length);
                var at = text.IndexOf(plain, StringComparison.Ordinal);
                if (at < 0 || plain.Length == 0)
                {
                    NotVerbatim++;
                    continue;
                }
                if (SplitsPair(text, at) || SplitsPair(text, at + plain.Length)) SurrogateSplits++;
                foreach (var (s, e) in marks)
                {
                    var run = (Start: at + s, End: at + e);
                    if (SplitsPair(text, run.Start) || SplitsPair(text, run.End)) SurrogateSplits++;
                    if (runs.Count > 0 && runs[^1].End == run.Start) runs[^1] = (runs[^1].Start, run.End);
                    else runs.Add(run);
                }
            }
            Runs += runs.Count;
            var split = runs.Where(r => tokens.Any(t => (t.Start < r.Start && r.Start < t.End) || (t.Start < r.End && r.End < t.End))).ToList();
            SplitRuns += split.Count;
            foreach (var r in split) Detail($"splits a word: {text[r.Start..r.End]} in …{text[Math.Max(0, r.Start - 6)..Math.Min(text.Length, r.End + 6)]}…");

            var matched = new List<List<(int Start, int End)>>();
            foreach (var term in terms)
            {
                var occurrences = tokens.Where(t => t.Term == term).Select(t => (t.Start, t.End)).ToList();
                if (occurrences.Count > 0) matched.Add(occurrences);
            }
            foreach (var s in strings.Where(s => s.Length > 0))
            {
                var occurrences = new List<(int, int)>();
                for (var i = text.IndexOf(s, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(s, i + 1, StringComparison.OrdinalIgnoreCase))
                    occurrences.Add((i, i + s.Length));
                if (occurrences.Count > 0) matched.Add(occurrences);
            }
            var marked = matched.Count(o => o.Any(x => runs.Any(r => r.Start <= x.Start && x.End <= r.End)));
            foreach (var o in matched.Where(o => !o.Any(x => runs.Any(r => r.Start <= x.Start && x.End <= r.End))))
                Detail($"not marked: {text[o[0].Start..o[0].End]} ({o.Count}× in a text of {text.Length} chars)");
            Items += matched.Count;
            ItemsMarked += marked;
            if (marked == matched.Count) Covered++;
        }

        /// <summary>With HIGHLIGHT_DETAILS=1, what was missed or split, for reading.</summary>
        private static void Detail(string line)
        {
            if (Environment.GetEnvironmentVariable("HIGHLIGHT_DETAILS") == "1") Console.Error.WriteLine("  " + line);
        }

        private static bool SplitsPair(string text, int i) => i > 0 && i < text.Length && char.IsHighSurrogate(text[i - 1]) && char.IsLowSurrogate(text[i]);

        /// <summary>The fragment's text (ellipses at the edges dropped, entities decoded) and its marked ranges in it.</summary>
        private static (string Plain, List<(int, int)> Marks) Parse(string html)
        {
            var plain = new System.Text.StringBuilder();
            var marks = new List<(int, int)>();
            var rest = html;
            var open = -1;
            while (rest.Length > 0)
            {
                var tag = rest.IndexOf('<');
                var piece = tag < 0 ? rest : rest[..tag];
                plain.Append(WebUtility.HtmlDecode(piece));
                if (tag < 0) break;
                if (rest[tag..].StartsWith("<mark>", StringComparison.Ordinal)) { open = plain.Length; rest = rest[(tag + 6)..]; }
                else if (rest[tag..].StartsWith("</mark>", StringComparison.Ordinal)) { marks.Add((open, plain.Length)); rest = rest[(tag + 7)..]; }
                else { plain.Append('<'); rest = rest[(tag + 1)..]; }
            }
            var text = plain.ToString();
            var lead = text.StartsWith('…') ? 1 : 0;
            var trail = text.EndsWith('…') && text.Length > lead ? 1 : 0;
            return (text[lead..^trail], marks.Select(m => (m.Item1 - lead, m.Item2 - lead)).ToList());
        }
    }
}
