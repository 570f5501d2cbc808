using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-supporting FILE</c> (tune only): chooses the supporting words of <c>theme-supporting.tsv</c> (a keyword that
/// counts for its theme only beside another of its keywords; a theme found by supporting words alone is not kept) among
/// FILE's rows (<c>theme, keyword</c>, or several keywords joined by commas, tried together: words of which any one
/// left keeps the theme, so one alone changes nothing), by what they do to tune's labelled reports weighed with
/// <see cref="ThemeTaxonomy.ForReport"/> itself. Starting from none, each row in the file's order is kept when, beside the
/// rows kept so far, it adds at least <see cref="Margin"/> more labelled themes than unlabelled ones (an unlabelled theme
/// left out counts one) to the reports holding its word and loses no report's sensible theme. Scored leave-one-set-out
/// (<see cref="ThemeChoiceRun"/>, against no supporting words), then chosen on all of tune, whose rows it prints.
/// </summary>
public static class ThemeSupporting
{
    private const int Margin = 2;                                     // more than one report's worth

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline, string candidatesFile)
    {
        var fold = ScriptFold.Default;
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        var candidates = DataRows.Fields(File.ReadLines(candidatesFile)).Select(x =>
            x.Fields.Length == 2 ? (Theme: x.Fields[0], Keywords: x.Fields[1].Split(',').Select(k => fold.Fold(k.Trim())).ToArray())
                : throw new FormatException($"{candidatesFile}, line {x.Number}: expected 'theme<TAB>keyword[,keyword…]'")).ToList();

        ThemeTaxonomy With(IReadOnlyList<(string Theme, string Keyword)> rows) =>
            data.With(data.ThemeLines, supportingLines: rows.Select(r => $"{r.Theme}\t{r.Keyword}"));

        static (int Gain, int Sensible) Score(IReadOnlyList<string> themesOf, WeighedReport r) =>
            (r.Gain(themesOf), themesOf.Any(r.Labels.Contains) ? 1 : 0);

        IReadOnlyList<(string Theme, string Keyword)> Choose(IReadOnlyList<WeighedReport> set)
        {
            var kept = new List<(string Theme, string Keyword)>();
            var current = set.ToDictionary(r => r, r => Score(r.ThemesBy(With(kept)), r));
            foreach (var candidate in candidates)
            {
                var holders = set.Where(r => candidate.Keywords.Any(r.Holds)).ToList();
                if (holders.Count == 0) continue;
                var rows = candidate.Keywords.Select(k => (candidate.Theme, k)).ToList();
                var trial = With([.. kept, .. rows]);
                var scores = holders.Select(r => Score(r.ThemesBy(trial), r)).ToList();
                if (scores.Sum(s => s.Gain) - holders.Sum(r => current[r].Gain) < Margin
                    || scores.Sum(s => s.Sensible) < holders.Sum(r => current[r].Sensible)) continue;
                kept.AddRange(rows);
                foreach (var (r, s) in holders.Zip(scores)) current[r] = s;
            }
            return kept;
        }

        static string Listed(IReadOnlyList<(string Theme, string Keyword)> rows) => rows.Count == 0 ? "no supporting words"
            : $"{rows.Count} supporting words: {string.Join(", ", rows.Select(r => $"{r.Theme} {r.Keyword}"))}";
        var all = ThemeChoiceRun.LeaveOneSetOut(reports, (IReadOnlyList<(string, string)>)[], Choose, With, Listed);
        foreach (var (theme, keyword) in all) Console.WriteLine($"{theme}\t{keyword}");
        return 0;
    }
}
