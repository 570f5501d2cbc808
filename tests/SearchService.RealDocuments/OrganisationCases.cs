using System.Collections.Concurrent;
using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// One labelled report as the organisation scorer sees it: its document (the unit of cross-validation folds) and site,
/// the labelled organisation, what the hand-set scoring gave, and the candidates it chose from (null when the
/// organisation was settled without scoring: given, several unions acting together, no report produced).
/// </summary>
internal sealed record OrganisationCase(string Document, string Site, int Report, string Label, string Produced, OrganisationChoice? Choice)
{
    /// <summary>Whether some candidate, once chosen, gives the labelled name (or no candidate gives none when none is labelled): what any scorer over these candidates can reach.</summary>
    public bool Reachable => Choice is null || Choice.DecidedBeforeScoring is not null
        ? Produced == Label
        : Choice.Candidates.Any(c => c.Outcome == Label) || Choice.WithoutCandidate == Label;

    /// <summary>What the report gets when a scorer picks <paramref name="name"/> (null: none), the shipped joint-action shapes deciding first.</summary>
    public string Outcome(string? name) => Outcome(name, JointActions.Deciding);

    /// <summary>What the report gets when a scorer picks <paramref name="name"/> and the co-action shapes <paramref name="deciding"/> decide before it.</summary>
    public string Outcome(string? name, JointAction deciding) =>
        Choice is null || Choice.DecidedBeforeScoring is not null ? Produced
        : (Choice.Joint & deciding) != 0 ? ""
        : name is null ? Choice.WithoutCandidate
        : Choice.Candidates.First(c => c.Name == name).Outcome;

    /// <summary>The hand-set scorer's pick: the highest eligible hand score, the shorter name on a tie.</summary>
    public string? HandPick() =>
        Choice?.Candidates.Where(c => c.HandEligible).OrderByDescending(c => c.HandScore).ThenBy(c => c.Name.Length).Select(c => c.Name).FirstOrDefault();
}

internal static class OrganisationCases
{
    /// <summary>
    /// Ingests each document on its own (as the harness's first table does), choosing with the hand-set scores so that
    /// every scorer is compared with them, and pairs labelled reports with their candidates (the same whichever scorer chooses).
    /// </summary>
    public static List<OrganisationCase> Gather(IReadOnlyList<LabelledDocument> documents, string textsFolder)
    {
        var attributions = new ConcurrentDictionary<string, Attribution>(StringComparer.Ordinal);
        var pipeline = new IngestionPipeline(new IngestionOptions { HandSetOrganisationScoring = true }, (id, attribution) => attributions[id] = attribution);
        var cases = new List<OrganisationCase>();
        foreach (var document in documents)
        {
            var produced = ProducedDocument.From(document.FileName, pipeline.IngestPath(Path.Combine(textsFolder, document.FileName)));
            var site = Uri.TryCreate(document.Url, UriKind.Absolute, out var url) ? url.Host : document.Url;
            foreach (var (label, report) in ReportMatcher.Match(document.Reports, produced.Reports))
            {
                var choice = report is not null && attributions.TryGetValue(report.Id, out var a) ? a.Choice : null;
                cases.Add(new OrganisationCase(document.Id, site, label.Number, label.Organisation, report?.Organisation.Trim() ?? "", choice));
            }
        }
        return cases;
    }
}
