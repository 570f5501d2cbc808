using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--theme-quoted</c> (tune only): chooses <see cref="ThemeQuotedName"/> — whether a second theme whose every keyword
/// in the report stands inside quotation marks is left out, and whether even when one stands in the title, and whether a quoted sentence counts or only a quoted name — from tune's
/// labels, weighing tune's reports (each file on its own) with <see cref="ThemeTaxonomy.ForReport"/> itself. Among off and
/// the four settings, the one adding the most labelled themes over unlabelled ones, at least <see cref="Margin"/> more than
/// off and no report's sensible theme lost, is chosen leave-one-set-out (<see cref="ThemeGridChoice{T}"/>), then once on
/// all of tune; then each setting, fixed, is scored set by set against what ships (mean and worst set).
/// </summary>
public static class ThemeQuotedNames
{
    private const int Margin = 2;                                     // more than one report's worth

    public static int Run(IReadOnlyList<LabelledDocument> documents, string textsFolder, IngestionPipeline pipeline)
    {
        var reports = WeighedReport.Collect(documents, textsFolder, pipeline, withUnproduced: true);
        var data = ThemeDataFiles.Load();
        static string Named(ThemeQuotedName r) => !r.LeavesOut ? "off"
            : (r.EvenInTitle ? "a second theme only quoted left out, even in the title" : "a second theme only quoted left out, unless in the title")
              + (r.NamesOnly ? ", quotes of a name only" : ", any quote");
        ThemeQuotedName[] settings = [new(true, false), new(true, true), new(true, false, true), new(true, true, true)];
        var grid = new ThemeGridChoice<ThemeQuotedName>(reports, ThemeQuotedName.Off, settings, c => data.With(data.ThemeLines, quoted: c), Named, Margin);
        grid.PrintEverySetting("# every rule on all of tune:");
        grid.LeaveOneSetOut(ThemeQuotedName.Default);
        foreach (var setting in settings)
        {
            Console.WriteLine($"# fixed: {Named(setting)}");
            ThemeChoiceRun.LeaveOneSetOut(reports, ThemeQuotedName.Default, _ => setting, grid.TaxonomyOf, Named);
        }
        foreach (var setting in settings)
        {
            Console.WriteLine($"# reports changed on all of tune by: {Named(setting)}");
            foreach (var r in reports)
            {
                var before = grid.ThemesOf(ThemeQuotedName.Off, r);
                var after = grid.ThemesOf(setting, r);
                if (!before.SequenceEqual(after)) Console.WriteLine($"#   {r.Doc} [{string.Join(",", r.Labels)}]: {string.Join(",", before)} -> {string.Join(",", after)}");
            }
        }
        return 0;
    }
}
