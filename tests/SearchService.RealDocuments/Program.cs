using System.Diagnostics;
using SearchService.Ingestion;
using SearchService.RealDocuments;

// Measures ingestion on the labelled real documents (tests/real-documents/README.md). A measurement, not a test:
// the exit code is 0 whatever the figures; 2 only when the arguments cannot be used.
var (options, error) = HarnessOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine($"realdocs: {error}");
    Console.Error.WriteLine(HarnessOptions.Usage);
    return 2;
}

var labelled = LabelSet.Load(options.LabelsPath)
    .Where(d => options.Split == "all" || d.Split == options.Split)
    .ToList();
var missing = labelled.Where(d => !File.Exists(Path.Combine(options.TextsFolder, d.FileName))).ToList();
var documents = labelled.Except(missing).ToList();
Console.WriteLine($"{documents.Count} labelled documents ({documents.Sum(d => d.Reports.Count)} expected reports) from {options.LabelsPath}, texts in {options.TextsFolder}");
if (missing.Count > 0)
    Console.WriteLine($"{missing.Count} labelled documents have no text there and are left out: {string.Join(", ", missing.Select(d => d.Id))} (gather them as README.md says)");

var changed = documents.Where(d => !d.TextSha256.Equals(Sha256Of(Path.Combine(options.TextsFolder, d.FileName)), StringComparison.OrdinalIgnoreCase)).ToList();
if (changed.Count > 0)
    Console.WriteLine($"{changed.Count} texts differ from the versions the labels were written for (figures not comparable with the README's): {string.Join(", ", changed.Select(d => d.Id))}");

if (options.Organisations is not null) return OrganisationCommand.Run(options, documents);

var pipeline = new IngestionPipeline(options.OrganisationWeights == HarnessOptions.HandSet
    ? new IngestionOptions { HandSetOrganisationScoring = true }
    : new IngestionOptions { OrganisationScorerPath = options.OrganisationWeights });

if (options.Synthetic) return SyntheticPages.Run(options, documents, pipeline);
if (options.ActorChange) return ActorChangeFit.Run(options, documents, pipeline);
if (options.NameForms) return NameForms.Run(documents, pipeline);
if (options.NameBoundaries) return NameBoundaries.Run(documents, pipeline, options.Verbose);
if (options.RegionEvidence) return RegionEvidence.Run(documents, options.TextsFolder);
if (options.ThemeShares || options.ThemeKeptShares) return ThemeShares.Run(documents, options.TextsFolder, pipeline, everyTheme: options.ThemeKeptShares);
if (options.ThemeSpread) return ThemeSpreads.Run(documents, options.TextsFolder, pipeline);
if (options.ThemeIndependence) return ThemeIndependences.Run(documents, options.TextsFolder, pipeline);
if (options.ThemeBeneficiaryLists) return ThemeBeneficiaryChoices.RunLists(documents, options.TextsFolder, pipeline);
if (options.ThemeBeneficiaries) return ThemeBeneficiaryChoices.Run(documents, options.TextsFolder, pipeline);
if (options.ThemePassing) return ThemePassingMentions.Run(documents, options.TextsFolder, pipeline);
if (options.ThemeQuoted) return ThemeQuotedNames.Run(documents, options.TextsFolder, pipeline);
if (options.ThemeServedCondition) return ThemeServedConditions.Run(documents, options.TextsFolder, pipeline);
if (options.ThemePlacement) return ThemePlacements.Run(documents, options.TextsFolder, pipeline);
if (options.ThemeModel) return ThemeModels.Run(documents, options.TextsFolder, pipeline);
if (options.ThemePrune) return ThemePruning.Run(documents, options.TextsFolder, pipeline);
if (options.ThemeCandidates is not null) return ThemeCandidates.Run(documents, options.TextsFolder, pipeline, options.ThemeCandidates);
if (options.ThemeReports is not null) return ThemeReports.Run(documents, options.TextsFolder, pipeline, options.ThemeReports);
if (options.ThemeVocabulary is not null) return ThemeVocabulary.Run(documents, options.TextsFolder, pipeline, options.ThemeVocabulary);
if (options.ThemeSupporting is not null) return ThemeSupporting.Run(documents, options.TextsFolder, pipeline, options.ThemeSupporting);
if (options.ThemeTerms is not null) return ThemeTerms.Run(documents, options.TextsFolder, pipeline, options.ThemeTerms);

// --show prints what ingestion made of the documents named, and nothing else: no split's figures are shown on the way.
if (options.Show.Count > 0)
{
    foreach (var id in options.Show)
    {
        var document = documents.FirstOrDefault(d => d.Id == id);
        if (document is null) Console.WriteLine($"--show {id}: not a labelled document of this split with a text");
        else ProducedReportPrinter.Print(document, pipeline.IngestPath(Path.Combine(options.TextsFolder, document.FileName)));
    }
    return 0;
}

var clock = Stopwatch.StartNew();
var alone = documents.ToDictionary(d => d.Id, d => DocumentScore.Evaluate(d,
    ProducedDocument.From(d.FileName, pipeline.IngestPath(Path.Combine(options.TextsFolder, d.FileName)))));
var aloneTime = clock.Elapsed;

clock.Restart();
var folder = pipeline.IngestPath(options.TextsFolder);
var together = documents.ToDictionary(d => d.Id, d => DocumentScore.Evaluate(d, ProducedDocument.From(d.FileName, folder)));
var folderTime = clock.Elapsed;

clock.Restart();
IReadOnlyList<CrossScriptResult>? crossScript = null;
string? crossScriptError = null;
try
{
    crossScript = CrossScriptCheck.Run(options.TextsFolder, pipeline, folder, documents);
}
catch (Exception ex) when (ex is not OutOfMemoryException)
{
    crossScriptError = $"{ex.GetType().Name}: {ex.Message}";
}
var crossScriptTime = clock.Elapsed;
Console.WriteLine($"ingested one file at a time in {aloneTime.TotalSeconds:0.0} s, the whole folder in {folderTime.TotalSeconds:0.0} s; cross-script index and searches {crossScriptTime.TotalSeconds:0.0} s");

var columns = options.Split == "all" ? HarnessOptions.Splits : [options.Split];
bool InColumn(LabelledDocument d, string column) => column == "all" || d.Split == column;
IReadOnlyList<IReadOnlyList<DocumentScore>> Scores(Dictionary<string, DocumentScore> scores) =>
    columns.Select(c => (IReadOnlyList<DocumentScore>)scores.Values.Where(s => InColumn(s.Document, c)).OrderBy(s => s.Document.Id, StringComparer.Ordinal).ToList()).ToList();

var table = new ScoreTable(columns);
table.Heading("Each file ingested on its own (IngestionPipeline.IngestPath on the file, as the indexer reads it)");
table.Ingestion(Scores(alone));
table.Heading("The whole folder ingested at once (what `searchsvc index --source` does; shows cross-file effects)");
table.Ingestion(Scores(together));
table.Heading("Cross-script search (the service's indexer and search over a temporary index of the whole folder)");
if (crossScript is not null)
    table.CrossScript(columns.Select(c => (IReadOnlyList<CrossScriptResult>)crossScript.Where(r => InColumn(r.Document, c)).ToList()).ToList());
else
    Console.WriteLine($"not measured: the index could not be built ({crossScriptError})");

if (options.Verbose)
{
    Console.WriteLine();
    Console.WriteLine("Misses, each file on its own:");
    foreach (var miss in alone.Values.OrderBy(s => s.Document.Id, StringComparer.Ordinal).SelectMany(s => s.Misses)) Console.WriteLine("  " + miss);
    Console.WriteLine();
    Console.WriteLine("Misses only when the whole folder is ingested at once:");
    foreach (var (id, score) in together.OrderBy(s => s.Key, StringComparer.Ordinal))
        foreach (var miss in score.Misses.Except(alone[id].Misses)) Console.WriteLine("  " + miss);
    Console.WriteLine();
    Console.WriteLine("Themes produced and not labelled, or labelled and not produced, each file on its own:");
    foreach (var line in alone.Values.OrderBy(s => s.Document.Id, StringComparer.Ordinal).SelectMany(s => s.ThemeDifferences)) Console.WriteLine("  " + line);
    Console.WriteLine();
    Console.WriteLine("Cross-script misses:");
    foreach (var miss in crossScript?.SelectMany(r => r.Misses) ?? []) Console.WriteLine("  " + miss);
}
return 0;

static string Sha256Of(string file) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
