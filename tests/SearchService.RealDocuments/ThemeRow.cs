using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// A report as <see cref="ThemeModels"/> reads it: the rule's themes, the keyword evidence for each of the taxonomy's
/// themes as <see cref="ThemeTaxonomy.Candidates"/> weighs it (a bias; reached at all; share of the strongest score; the
/// score's log; rank 1, 2, 3; named in its own terms; in the title, the lead, a heading; the share of passages holding
/// it; passages of its own; kept by the rule; a group theme; the report's length in passages; in the first sentence;
/// distinct keywords; body passages holding it), its words as the service's SmartCn analyzer cuts them (two characters
/// or more, Han only; title words apart, <c>t:</c>), and which themes are labelled.
/// </summary>
internal sealed record ThemeRow(WeighedReport Report, IReadOnlyList<string> Rule, double[][] Dense, IReadOnlyList<string> Words, bool[] Labelled)
{
    public const int DenseCount = 19;

    public static ThemeRow Of(WeighedReport report, ThemeTaxonomy taxonomy, AnalyzerSet analyzers)
    {
        var themes = taxonomy.Themes;
        var candidates = taxonomy.Candidates(report.Title, report.Headings, report.Passages);
        var rule = report.ThemesBy(taxonomy);
        var inTitle = taxonomy.Match(report.Title, 0).Select(m => m.Theme).ToHashSet();
        var inLead = report.Passages.Count > 0 ? taxonomy.Match(report.Passages[0], 0).Select(m => m.Theme).ToHashSet() : [];
        var inHeading = report.Headings.SelectMany(h => taxonomy.Match(h, 0)).Select(m => m.Theme).ToHashSet();
        var strongest = candidates.Count > 0 ? candidates[0].Score : 1;
        var lead = report.Passages.Count > 0 ? report.Passages[0] : "";
        var firstSentence = lead[..(lead.IndexOf('。') is var end and >= 0 ? end + 1 : lead.Length)];
        var inFirstSentence = taxonomy.Match(firstSentence, 0).Select(m => m.Theme).ToHashSet();
        var distinct = taxonomy.Match(string.Join("\n", report.Headings.Prepend(report.Title).Concat(report.Passages)), 0)
            .ToDictionary(m => m.Theme, m => m.Keywords.Distinct().Count());
        var dense = new double[themes.Count][];
        for (var t = 0; t < themes.Count; t++)
        {
            var x = new double[DenseCount];
            x[0] = 1;
            var rank = candidates.ToList().FindIndex(c => c.Theme == themes[t]);
            x[15] = Math.Log(1 + report.Passages.Count);
            if (rank >= 0)
            {
                var c = candidates[rank];
                x[1] = 1;
                x[2] = c.Score / strongest;
                x[3] = Math.Log(1 + c.Score);
                x[4] = rank == 0 ? 1 : 0;
                x[5] = rank == 1 ? 1 : 0;
                x[6] = rank == 2 ? 1 : 0;
                x[7] = c.Named ? 1 : 0;
                x[8] = inTitle.Contains(themes[t]) ? 1 : 0;
                x[9] = inLead.Contains(themes[t]) ? 1 : 0;
                x[10] = inHeading.Contains(themes[t]) ? 1 : 0;
                x[11] = (double)c.PassagesHolding / Math.Max(1, c.PassageCount);
                x[12] = c.PassagesOfItsOwn > 0 ? 1 : 0;
                x[13] = rule.Contains(themes[t]) ? 1 : 0;
                x[14] = c.Group ? 1 : 0;
                x[16] = inFirstSentence.Contains(themes[t]) ? 1 : 0;
                x[17] = Math.Log(1 + distinct.GetValueOrDefault(themes[t]));
                x[18] = Math.Log(1 + c.PassagesHolding - (inLead.Contains(themes[t]) ? 1 : 0));
            }
            dense[t] = x;
        }
        var words = new HashSet<string>(StringComparer.Ordinal);
        void AddWords(string prefix, string text)
        {
            foreach (var token in analyzers.Words.Tokens(IndexSchema.Text, text))
                if (token.Term.Length >= 2 && token.Term.All(ch => ch >= 0x4E00 && ch <= 0x9FFF)) words.Add(prefix + token.Term);
        }
        AddWords("t:", report.Title);
        foreach (var passage in report.Passages) AddWords("", passage);
        return new ThemeRow(report, rule, dense, words.ToList(), themes.Select(t => report.Labels.Contains(t)).ToArray());
    }
}
