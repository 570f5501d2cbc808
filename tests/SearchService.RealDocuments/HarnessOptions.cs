namespace SearchService.RealDocuments;

/// <summary>
/// The command line: <c>--texts DIR --labels FILE [--split tune|valid|heldout|fresh|all] [--verbose] [--show NNN]…</c>,
/// or, for the organisation scorer, <c>--organisations oracle|cv|train FILE|score FILE</c> (see OrganisationCommand).
/// </summary>
public sealed record HarnessOptions(string TextsFolder, string LabelsPath, string Split, bool Verbose, IReadOnlyList<string> Show)
{
    public const string Usage = "usage: dotnet run --project tests/SearchService.RealDocuments -c Release -- --texts DIR --labels FILE [--split tune|valid|heldout|fresh|all] [--verbose] [--show NNN]... [--synthetic] [--actor-change [FILE]] [--name-forms] [--name-boundaries] [--region-evidence] [--theme-shares] [--theme-kept-shares] [--theme-terms DIR] [--theme-candidates FILE] [--theme-reports FILE] [--theme-vocabulary FILE] [--theme-supporting FILE] [--theme-prune] [--theme-spread] [--theme-independence] [--theme-beneficiaries] [--theme-beneficiary-lists] [--theme-placement] [--theme-passing] [--theme-quoted] [--theme-served-condition] [--theme-model] [--organisation-weights FILE|hand] [--organisations oracle|cv|sets [--ablate]|study|joint|train FILE|score FILE [--l2 X] [--pairwise|--softmax] [--always-choose] [--without FEATURE,…] [--later NNN]]";

    /// <summary>Weights of a learnt organisation scorer to ingest with (IngestionOptions.OrganisationScorerPath); null: the shipped ones; <see cref="HandSet"/>: the hand-set scoring.</summary>
    public string? OrganisationWeights { get; init; }

    /// <summary>The <c>--organisation-weights</c> value that ingests with the hand-set scoring instead of learnt weights.</summary>
    public const string HandSet = "hand";

    /// <summary>oracle, cv, sets, study, joint, train or score; null for the figures.</summary>
    public string? Organisations { get; init; }

    /// <summary>The weights file train writes or score reads.</summary>
    public string? OrganisationsFile { get; init; }

    /// <summary>The L2 regularisation of the logistic regression train fits (cv tries several).</summary>
    public float L2 { get; init; } = 1;

    /// <summary>Features the scorer is trained without (their weight is 0).</summary>
    public IReadOnlyList<string> Without { get; init; } = [];

    /// <summary>The first document of the part of tune no rule writer had read when the round began (cv trains on the documents before it and measures on the rest).</summary>
    public string Later { get; init; } = "234";

    /// <summary>With <c>--organisations sets</c>: leave each feature out in turn and say what leaving one set out then gives.</summary>
    public bool Ablate { get; init; }

    /// <summary>Train on pairs (right candidate minus wrong one of the same report) rather than on candidates alone.</summary>
    public bool Pairwise { get; init; }

    /// <summary>Train a softmax over each report's candidates and none rather than a logistic regression.</summary>
    public bool Softmax { get; init; }

    /// <summary>Train the organisation scorer to choose its best candidate whatever the score (no threshold fitted).</summary>
    public bool AlwaysChoose { get; init; }

    /// <summary>Measure splitting on pages composed from tune's single news items (SyntheticPages); tune only.</summary>
    public bool Synthetic { get; init; }

    /// <summary>Learn and validate, leaving one set out, the weights of the actor-change item boundaries (ActorChangeFit); tune only.</summary>
    public bool ActorChange { get; init; }

    /// <summary>Where <c>--actor-change FILE</c> writes the weights fitted on every set (with their provenance); null: printed only.</summary>
    public string? ActorChangeFile { get; init; }

    /// <summary>Measure canonical names on tune's labelled names written in other forms (NameForms); tune only.</summary>
    public bool NameForms { get; init; }

    /// <summary>Measure where tune's labelled names are cut out of sentences of varied contexts (NameBoundaries); tune only.</summary>
    public bool NameBoundaries { get; init; }

    /// <summary>Measure, leaving one set out, whether the page's own place evidence should place a report over its organisation's place (RegionEvidence); tune only.</summary>
    public bool RegionEvidence { get; init; }

    /// <summary>Choose the shares of theme-named-shares.tsv from tune's labels (ThemeShares); tune only.</summary>
    public bool ThemeShares { get; init; }

    /// <summary>Choose, per theme, the share of the strongest score from which any theme is kept (ThemeShares); tune only.</summary>
    public bool ThemeKeptShares { get; init; }

    /// <summary>Choose theme keywords among the proposals in this folder (ThemeTerms); tune only.</summary>
    public string? ThemeTerms { get; init; }

    /// <summary>Write every tune report's candidate themes with what the choice reads to this file (ThemeCandidates); tune only.</summary>
    public string? ThemeCandidates { get; init; }

    /// <summary>Write every tune report with labelled themes, as the theme choice reads it, to this file (ThemeReports); tune only.</summary>
    public string? ThemeReports { get; init; }

    /// <summary>Choose curated changes to themes.tsv among this file's rows from tune's labels (ThemeVocabulary); tune only.</summary>
    public string? ThemeVocabulary { get; init; }

    /// <summary>Choose the supporting words of theme-supporting.tsv among this file's rows from tune's labels (ThemeSupporting); tune only.</summary>
    public string? ThemeSupporting { get; init; }

    /// <summary>Choose which themes.tsv keywords to weigh less from tune's labels (ThemePruning); tune only.</summary>
    public bool ThemePrune { get; init; }

    /// <summary>Choose when a theme is kept for the passages it stands in from tune's labels (ThemeSpreads); tune only.</summary>
    public bool ThemeSpread { get; init; }

    /// <summary>Choose when a theme is kept for passages of its own from tune's labels (ThemeIndependences); tune only.</summary>
    public bool ThemeIndependence { get; init; }

    /// <summary>Choose when a group's theme is kept for the people a care action serves, from tune's labels (ThemeBeneficiaryChoices); tune only.</summary>
    public bool ThemeBeneficiaries { get; init; }

    /// <summary>Choose from how long a list of groups served a group named in it no longer counts, from tune's labels (ThemeBeneficiaryChoices.RunLists); tune only.</summary>
    public bool ThemeBeneficiaryLists { get; init; }

    /// <summary>Choose how many times a keyword counts in the title and lead from tune's labels (ThemePlacements); tune only.</summary>
    public bool ThemePlacement { get; init; }

    /// <summary>Choose when a theme at half the strongest is left out as a passing mention, from tune's labels (ThemePassingMentions); tune only.</summary>
    public bool ThemePassing { get; init; }

    /// <summary>Choose whether a second theme named only inside quotation marks is left out, from tune's labels (ThemeQuotedNames); tune only.</summary>
    public bool ThemeQuoted { get; init; }

    /// <summary>Choose when care for workers in a condition keeps both its themes, from tune's labels (ThemeServedConditions); tune only.</summary>
    public bool ThemeServedCondition { get; init; }

    /// <summary>Measure a learnt report-level theme choice against the rule, leave-one-set-out (ThemeModels); tune only.</summary>
    public bool ThemeModel { get; init; }

    public static readonly IReadOnlyList<string> Splits = ["tune", "valid", "heldout", "fresh", "all"];

    /// <summary>The options, or null with the reason when they cannot be used.</summary>
    public static (HarnessOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? texts = null, labels = null, split = "all";
        var verbose = false;
        var synthetic = false;
        var actorChange = false;
        string? actorChangeFile = null;
        var themeShares = false;
        var themeKeptShares = false;
        var themePrune = false;
        var themeSpread = false;
        var themeIndependence = false;
        var themeBeneficiaries = false;
        var themeBeneficiaryLists = false;
        var themePlacement = false;
        var themePassing = false;
        var themeQuoted = false;
        var themeServedCondition = false;
        var themeModel = false;
        string? themeTerms = null, themeCandidates = null, themeReports = null, themeVocabulary = null, themeSupporting = null;
        var nameForms = false;
        var nameBoundaries = false;
        var regionEvidence = false;
        var show = new List<string>();
        string? organisations = null, organisationsFile = null;
        var l2 = 1f;
        var pairwise = false;
        var ablate = false;
        var softmax = false;
        var alwaysChoose = false;
        string? organisationWeights = null;
        var later = "234";
        var without = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (args[i])
            {
                case "--texts": texts = Value(); break;
                case "--labels": labels = Value(); break;
                case "--split": split = Value(); break;
                case "--verbose": verbose = true; break;
                case "--region-evidence": regionEvidence = true; break;
                case "--synthetic": synthetic = true; break;
                case "--actor-change":
                    actorChange = true;
                    if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) actorChangeFile = args[++i];
                    break;
                case "--theme-shares": themeShares = true; break;
                case "--theme-kept-shares": themeKeptShares = true; break;
                case "--theme-terms": themeTerms = Value(); break;
                case "--theme-candidates": themeCandidates = Value(); break;
                case "--theme-reports": themeReports = Value(); break;
                case "--theme-vocabulary": themeVocabulary = Value(); break;
                case "--theme-supporting": themeSupporting = Value(); break;
                case "--theme-prune": themePrune = true; break;
                case "--theme-spread": themeSpread = true; break;
                case "--theme-independence": themeIndependence = true; break;
                case "--theme-beneficiaries": themeBeneficiaries = true; break;
                case "--theme-beneficiary-lists": themeBeneficiaryLists = true; break;
                case "--theme-placement": themePlacement = true; break;
                case "--theme-passing": themePassing = true; break;
                case "--theme-quoted": themeQuoted = true; break;
                case "--theme-served-condition": themeServedCondition = true; break;
                case "--theme-model": themeModel = true; break;
                case "--name-forms": nameForms = true; break;
                case "--name-boundaries": nameBoundaries = true; break;
                case "--show": if (Value() is { } id) show.Add(id); break;
                case "--organisations":
                    organisations = Value();
                    if (organisations is "train" or "score") organisationsFile = Value();
                    break;
                case "--pairwise": pairwise = true; break;
                case "--ablate": ablate = true; break;
                case "--later": later = Value() ?? ""; break;
                case "--softmax": softmax = true; break;
                case "--always-choose": alwaysChoose = true; break;
                case "--organisation-weights": organisationWeights = Value(); break;
                case "--without": without.AddRange((Value() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                case "--l2":
                    if (!float.TryParse(Value(), System.Globalization.CultureInfo.InvariantCulture, out l2) || l2 < 0) return (null, "--l2 must be a number ≥ 0");
                    break;
                default: return (null, $"unknown argument '{args[i]}'");
            }
        }
        if (texts is null || labels is null) return (null, "--texts and --labels are required");
        if (!Directory.Exists(texts)) return (null, $"no texts folder at {Path.GetFullPath(texts)} (the texts are not in the repository; see tests/real-documents/README.md to gather them)");
        if (!File.Exists(labels)) return (null, $"no labels file at {Path.GetFullPath(labels)}");
        if (split is null || !Splits.Contains(split)) return (null, "--split must be tune, valid, heldout, fresh or all");
        if (organisationWeights is not null && organisationWeights != HandSet && !File.Exists(organisationWeights)) return (null, $"no weights file at {Path.GetFullPath(organisationWeights)}");
        if (later.Length != 3 || !later.All(char.IsAsciiDigit)) return (null, "--later must be a document id such as 234");
        if (organisations is not null && organisations is not ("oracle" or "cv" or "sets" or "study" or "joint" or "train" or "score")) return (null, "--organisations must be oracle, cv, sets, study, joint, train FILE or score FILE");
        if (ablate && organisations != "sets") return (null, "--ablate goes with --organisations sets");
        if (organisations is "train" or "score" && string.IsNullOrEmpty(organisationsFile)) return (null, $"--organisations {organisations} needs a weights file");
        // Training and per-report listings read the documents: only the tune split may be read.
        if (organisations is "train" or "cv" or "sets" or "study" or "joint" && split != "tune") return (null, $"--organisations {organisations} trains, and only on --split tune");
        if (organisations is not null && verbose && split != "tune") return (null, "--organisations lists reports (--verbose) only for --split tune");
        if (actorChange && split != "tune") return (null, "--actor-change learns from tune's texts, and only on --split tune");
        if (synthetic && split != "tune") return (null, "--synthetic composes pages from tune's texts, and only on --split tune");
        if (themeTerms is not null && split != "tune") return (null, "--theme-terms learns from labels, and only on --split tune");
        if (themeSpread && split != "tune") return (null, "--theme-spread learns from labels, and only on --split tune");
        if (themeModel && split != "tune") return (null, "--theme-model learns from labels, and only on --split tune");
        if (themePassing && split != "tune") return (null, "--theme-passing learns from labels, and only on --split tune");
        if (themeQuoted && split != "tune") return (null, "--theme-quoted learns from labels, and only on --split tune");
        if (themeServedCondition && split != "tune") return (null, "--theme-served-condition learns from labels, and only on --split tune");
        if (themePlacement && split != "tune") return (null, "--theme-placement learns from labels, and only on --split tune");
        if (themeBeneficiaryLists && split != "tune") return (null, "--theme-beneficiary-lists learns from labels, and only on --split tune");
        if (themeBeneficiaries && split != "tune") return (null, "--theme-beneficiaries learns from labels, and only on --split tune");
        if (themeIndependence && split != "tune") return (null, "--theme-independence learns from labels, and only on --split tune");
        if (themePrune && split != "tune") return (null, "--theme-prune learns from labels, and only on --split tune");
        if (themeVocabulary is not null && split != "tune") return (null, "--theme-vocabulary learns from labels, and only on --split tune");
        if (themeSupporting is not null && split != "tune") return (null, "--theme-supporting learns from labels, and only on --split tune");
        if (themeReports is not null && split != "tune") return (null, "--theme-reports lists reports and their labels, and only on --split tune");
        if (themeCandidates is not null && split != "tune") return (null, "--theme-candidates lists reports and their labels, and only on --split tune");
        if (nameBoundaries && split != "tune") return (null, "--name-boundaries writes tune's labelled names into sentences, and only on --split tune");
        if (nameForms && split != "tune") return (null, "--name-forms writes tune's labelled names in other forms, and only on --split tune");
        if (regionEvidence && split != "tune") return (null, "--region-evidence chooses from labels, and only on --split tune");
        if (themeKeptShares && split != "tune") return (null, "--theme-kept-shares learns from labels, and only on --split tune");
        if (themeShares && split != "tune") return (null, "--theme-shares learns from labels, and only on --split tune");
        return (new HarnessOptions(texts, labels, split, verbose, show) { Synthetic = synthetic, ActorChange = actorChange, ActorChangeFile = actorChangeFile, NameForms = nameForms, NameBoundaries = nameBoundaries, RegionEvidence = regionEvidence, ThemeShares = themeShares, ThemeKeptShares = themeKeptShares, ThemeTerms = themeTerms, ThemeCandidates = themeCandidates, ThemeReports = themeReports, ThemeVocabulary = themeVocabulary, ThemeSupporting = themeSupporting, ThemePrune = themePrune, ThemeSpread = themeSpread, ThemeIndependence = themeIndependence, ThemeBeneficiaries = themeBeneficiaries, ThemeBeneficiaryLists = themeBeneficiaryLists, ThemePlacement = themePlacement, ThemePassing = themePassing, ThemeQuoted = themeQuoted, ThemeServedCondition = themeServedCondition, ThemeModel = themeModel, Organisations = organisations, OrganisationsFile = organisationsFile, L2 = l2, Pairwise = pairwise, Ablate = ablate, Softmax = softmax, AlwaysChoose = alwaysChoose, Without = without, OrganisationWeights = organisationWeights, Later = later }, null);
    }
}
