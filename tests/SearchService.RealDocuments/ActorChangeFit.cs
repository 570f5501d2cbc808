using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Splitting;

namespace SearchService.RealDocuments;

/// <summary>
/// <c>--actor-change</c> (tune only): learns the weights of <see cref="ActorChangeBoundaries"/> and validates them by
/// leaving one gathered set out. The examples are the candidate item starts of (a) tune's single-report documents, whole,
/// which must not be cut, and (b) pages composed of two to four of those items of different unions, whole, one after
/// the other with nothing between them, cut exactly at each item's first paragraph. For each set: logistic regression
/// on the other sets' examples, the threshold that maximises the other sets' exact pages (whole and digests) with none of their single
/// items cut (else the fewest), then the held-out set's single items cut and composed pages exact. A page is exact when every candidate
/// is decided right and every item's first paragraph is a candidate (the left-to-right reading then follows the items
/// exactly). Only counts are printed; the texts stay outside the repository.
/// </summary>
public static class ActorChangeFit
{
    private const int PagesPerSet = 40;

    /// <summary>What one single item cut costs in composed pages when the threshold is chosen: more than all of them.</summary>
    private const double SingleCutCost = 10_000;

    private sealed record Item(int Set, string Organisation, string Province, string Title, IReadOnlyList<string> Paragraphs, bool News);

    /// <summary>
    /// A page's candidates (features, whether each starts an item) and whether every item start is a candidate. An
    /// area-led page is a round-up under a lead naming its area (<see cref="AreaLeads"/>); one alone under such a lead must stay whole.
    /// </summary>
    private sealed record Example(int Set, bool Single, IReadOnlyList<(double[] Features, bool Starts)> Candidates, bool AllStartsCandidates, bool Digest = false, bool AreaLed = false);

    /// <summary>The figures of one evaluation: single items (and single items under an area's lead) cut, pages of each kind exact.</summary>
    private sealed record Figures(int Singles, int Cut, int Pages, int Exact, int Digests, int DigestsExact, int AreaPages, int AreaExact, int AreaAlone, int AreaAloneCut);

    // A round-up's lead naming its area, written here: the area's unions together ({0} the province, {1} its short
    // name), or the area's own union at work ({2} its name), over items of unions within the area.
    private static readonly string[] AreaLeads =
    [
        "近日，{0}各级工会积极行动，深入企业和施工一线开展走访慰问活动，把党和政府的关怀送到职工身边。",
        "连日来，全省各级工会广泛开展形式多样的服务职工活动，为坚守岗位的一线职工送去节日的祝福。",
        "节日临近，{1}各地工会纷纷行动起来，走进企业、工地和社区，为广大职工群众送去温暖和关怀。",
    ];
    private static readonly string[] AreaUnionLeads =
    [
        "{2}近日部署开展服务职工系列活动，为坚守岗位的一线职工和困难职工送去节日的问候和关怀。",
        "春节前，省总工会领导走进部分企业，开展慰问企业和困难职工代表的活动，送去节日的问候和祝福。",
        "为巩固来之不易的疫情防控成果，{2}向全省广大职工发出倡议，号召职工就地过年，并开展系列关爱活动。",
    ];

    public static int Run(HarnessOptions options, IReadOnlyList<LabelledDocument> documents, IngestionPipeline pipeline)
    {
        var gazetteer = Gazetteer.Load(IngestionOptions.DataFile(null, "gazetteer.tsv"));
        var organisations = OrganisationDirectory.Load(IngestionOptions.DataFile(null, "organisations.tsv"), gazetteer);
        var items = new List<Item>();
        // Every single-report document must stay whole (a speech, a report as well as a news item); news items compose the pages.
        foreach (var document in documents.Where(d => d.Reports.Count == 1))
        {
            var produced = pipeline.IngestPath(Path.Combine(options.TextsFolder, document.FileName)).Reports;
            if (produced.Count == 0) continue;
            // The page as read, whatever the shipped weights cut: every report's passages in order.
            var paragraphs = produced.SelectMany(r => r.Passages).Select(p => p.Text.Trim()).Where(t => t.Length > 0).ToList();
            if (paragraphs.Count == 0) continue;
            items.Add(new Item(SetOf(document.Id), document.Reports[0].Organisation, document.Reports[0].Province, produced[0].Title, paragraphs, document.Kind == "news"));
        }
        var random = new Random(20261130);
        var examples = new List<Example>();
        foreach (var item in items)
        {
            var candidates = ActorChangeBoundaries.Examples(item.Paragraphs, item.Title, new HashSet<int>(), organisations).Select(e => (e.Candidate.Features, e.Starts)).ToList();
            examples.Add(new Example(item.Set, true, candidates, true));
        }
        foreach (var set in items.Select(i => i.Set).Distinct().Order())
        {
            var pool = items.Where(i => i.Set == set && i.News && i.Organisation.Length > 0).ToList();
            if (pool.Select(i => i.Organisation).Distinct().Count() < 2) continue;
            for (var n = 0; n < PagesPerSet; n++)
            {
                var chosen = pool.OrderBy(_ => random.Next()).DistinctBy(i => i.Organisation).Take(random.Next(2, 5)).ToList();
                var paragraphs = new List<string>();
                var starts = new HashSet<int>();
                foreach (var item in chosen)
                {
                    if (paragraphs.Count > 0) starts.Add(paragraphs.Count);
                    paragraphs.AddRange(item.Paragraphs);
                }
                var title = random.Next(3) switch { 0 => "", 1 => chosen[0].Title, _ => "基层工会动态" };
                var found = ActorChangeBoundaries.Examples(paragraphs, title, starts, organisations).ToList();
                var candidates = found.Select(e => (e.Candidate.Features, e.Starts)).ToList();
                var all = starts.All(s => found.Any(e => e.Candidate.Index == s));
                examples.Add(new Example(set, false, candidates, all));
            }
        }
        // Digests: three to six items of a set, each by its lead alone (its first whole paragraph in which a union acts),
        // one after the other, as a province's round-up or an index page prints its briefs.
        foreach (var set in items.Select(i => i.Set).Distinct().Order())
        {
            var pool = items.Where(i => i.Set == set && i.News && i.Organisation.Length > 0).Select(i => (Item: i, Lead: LeadOf(i, organisations))).Where(p => p.Lead is not null).ToList();
            if (pool.Select(p => p.Item.Organisation).Distinct().Count() < 3) continue;
            for (var n = 0; n < PagesPerSet; n++)
            {
                var chosen = pool.OrderBy(_ => random.Next()).DistinctBy(p => p.Item.Organisation).Take(random.Next(3, 7)).ToList();
                var paragraphs = chosen.Select(p => p.Lead!).ToList();
                var starts = Enumerable.Range(1, paragraphs.Count - 1).ToHashSet();
                var title = random.Next(3) switch { 0 => "", 1 => chosen[0].Item.Title, _ => "基层工会动态" };
                var found = ActorChangeBoundaries.Examples(paragraphs, title, starts, organisations).ToList();
                examples.Add(new Example(set, false, found.Select(e => (e.Candidate.Features, e.Starts)).ToList(), starts.All(s => found.Any(e => e.Candidate.Index == s)), Digest: true));
            }
        }
        // Area-led round-ups: a lead naming one province (its unions together, or its own union at work), then two to four
        // items of unions within it, whole or by their leads; the same lead over one item alone must leave it whole.
        foreach (var set in items.Select(i => i.Set).Distinct().Order())
        {
            var byProvince = items.Where(i => i.Set == set && i.News && i.Organisation.Length > 0 && i.Province.Length > 0 && !i.Organisation.StartsWith(i.Province + "总工会", StringComparison.Ordinal))
                .GroupBy(i => i.Province).Where(g => g.Select(i => i.Organisation).Distinct().Count() >= 2).ToList();
            if (byProvince.Count == 0) continue;
            for (var n = 0; n < PagesPerSet; n++)
            {
                var province = byProvince[random.Next(byProvince.Count)];
                var alone = n % 4 == 3;
                var chosen = province.OrderBy(_ => random.Next()).DistinctBy(i => i.Organisation).Take(alone ? 1 : random.Next(2, 5)).ToList();
                var digest = random.Next(2) == 0;
                var unionLead = !alone && random.Next(2) == 0;
                var name = province.Key;
                var lead = string.Format(unionLead ? AreaUnionLeads[random.Next(AreaUnionLeads.Length)] : AreaLeads[random.Next(AreaLeads.Length)],
                    name, name.TrimEnd('省', '市').Replace("自治区", "", StringComparison.Ordinal), name + "总工会");
                var paragraphs = new List<string> { lead };
                var starts = new HashSet<int>();
                foreach (var item in chosen)
                {
                    var body = digest ? LeadOf(item, organisations) is { } first ? [first] : item.Paragraphs : item.Paragraphs;
                    // The area union's own news is the first item; under the area's unions together, the lead opens the first item.
                    if (unionLead || paragraphs.Count > 1) starts.Add(paragraphs.Count);
                    paragraphs.AddRange(body);
                }
                var title = random.Next(3) switch { 0 => "", 1 => chosen[0].Title, _ => $"{name}各级工会扎实开展服务职工工作" };
                var found = ActorChangeBoundaries.Examples(paragraphs, title, starts, organisations).ToList();
                examples.Add(new Example(set, alone, found.Select(e => (e.Candidate.Features, e.Starts)).ToList(), starts.All(s => found.Any(e => e.Candidate.Index == s)), AreaLed: true));
            }
        }
        // ACTOR_CHANGE_WITHOUT=a,b fits without those features (their column zeroed): the ablation a new feature is judged against.
        if (Environment.GetEnvironmentVariable("ACTOR_CHANGE_WITHOUT") is { Length: > 0 } without)
            foreach (var k in without.Split(',').Select(n => ActorChangeBoundaries.FeatureNames.IndexOf(n)).Where(k => k > 0))
                foreach (var example in examples)
                    foreach (var (features, _) in example.Candidates) features[k] = 0;
        Console.WriteLine($"area-led round-ups: {examples.Count(e => e.AreaLed && !e.Single)}, one item alone under an area's lead: {examples.Count(e => e.AreaLed && e.Single)}");
        Console.WriteLine($"single-report documents: {items.Count} ({items.Count(i => i.News)} news items); composed pages: {examples.Count(e => !e.Single && !e.Digest && !e.AreaLed)}, digests: {examples.Count(e => e.Digest)}; candidates: {examples.Sum(e => e.Candidates.Count)}");
        Console.WriteLine($"every item start a candidate on {examples.Count(e => !e.Single && !e.Digest && !e.AreaLed && e.AllStartsCandidates)} composed pages, {examples.Count(e => e.Digest && e.AllStartsCandidates)} digests, {examples.Count(e => e.AreaLed && !e.Single && e.AllStartsCandidates)} area-led");
        Console.WriteLine();
        Console.WriteLine("shipped weights, every set:");
        var shipped = ActorChangeWeights.Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", ActorChangeWeights.FileName));
        Print("  all sets", Evaluate(examples, shipped));

        Console.WriteLine();
        Console.WriteLine("leave one set out (fit on the others, score the set):");
        var rows = new List<(int Set, Figures Figures)>();
        foreach (var set in examples.Select(e => e.Set).Distinct().Order())
        {
            var training = examples.Where(e => e.Set != set).ToList();
            var fitted = Fit(training);
            var figures = Evaluate(examples.Where(e => e.Set == set).ToList(), fitted);
            rows.Add((set, figures));
            Print($"  {TuneSets.Name(set)} (t {fitted.Threshold:0.00})", figures);
            // The shipped weights on the same set: the comparison for a set they were not fitted on.
            Print($"    shipped", Evaluate(examples.Where(e => e.Set == set).ToList(), shipped));
        }
        var pageRows = rows.Where(r => r.Figures.Pages > 0).ToList();
        var digestRows = rows.Where(r => r.Figures.Digests > 0).ToList();
        var areaRows = rows.Where(r => r.Figures.AreaPages > 0).ToList();
        var summary = $"mean exact {pageRows.Average(r => 100.0 * r.Figures.Exact / r.Figures.Pages):0.0} %, worst set {pageRows.Min(r => 100.0 * r.Figures.Exact / r.Figures.Pages):0.0} %; "
            + $"digests mean exact {digestRows.Average(r => 100.0 * r.Figures.DigestsExact / r.Figures.Digests):0.0} %, worst set {digestRows.Min(r => 100.0 * r.Figures.DigestsExact / r.Figures.Digests):0.0} %; "
            + $"area-led mean exact {areaRows.Average(r => 100.0 * r.Figures.AreaExact / r.Figures.AreaPages):0.0} %, worst set {areaRows.Min(r => 100.0 * r.Figures.AreaExact / r.Figures.AreaPages):0.0} %, alone cut {rows.Sum(r => r.Figures.AreaAloneCut)} of {rows.Sum(r => r.Figures.AreaAlone)}; "
            + $"single items cut {rows.Sum(r => r.Figures.Cut)} of {rows.Sum(r => r.Figures.Singles)}, worst set {rows.Max(r => r.Figures.Cut)}";
        Console.WriteLine("  " + summary);

        var final = Fit(examples);
        var inSample = Evaluate(examples, final);
        Console.WriteLine();
        Console.WriteLine($"fitted on every set: threshold {final.Threshold:0.00}");
        for (var k = 0; k < final.Weights.Length; k++) Console.WriteLine($"  {ActorChangeBoundaries.FeatureNames[k],-20} {final.Weights[k],7:0.00}");
        Print("  in sample", inSample);
        if (options.ActorChangeFile is { } file)
        {
            string[] provenance =
            [
                "Weights of the actor-change item boundaries (src/SearchService.Ingestion/Splitting/ActorChangeBoundaries.cs): logistic",
                "regression over the candidate item starts of tune's single news items and of pages composed of them (whole items,",
                "digests of their first paragraphs, and round-ups under a lead naming one province's unions), then the threshold that maximises composed pages exact with no single item cut",
                "(else the fewest; tests/SearchService.RealDocuments/ActorChangeFit.cs).",
                $"Fitted on every set of split tune ({documents.Count} documents, {items.Count} single-report documents, {examples.Count(e => !e.Single)} composed pages) at commit {Commit()}, by",
                "  dotnet run --project tests/SearchService.RealDocuments -c Release -- --texts /work/realdocs/texts \\",
                "    --labels tests/real-documents/labels.tsv --split tune --actor-change src/SearchService.Ingestion/Data/actor-change.tsv",
                $"Leave one set out: {summary}.",
                $"In sample: single items cut {inSample.Cut} of {inSample.Singles}, composed pages exact {inSample.Exact} of {inSample.Pages}, digests exact {inSample.DigestsExact} of {inSample.Digests}, area-led exact {inSample.AreaExact} of {inSample.AreaPages} (alone cut {inSample.AreaAloneCut} of {inSample.AreaAlone}).",
            ];
            File.WriteAllLines(file, final.Lines(provenance));
            Console.WriteLine($"written to {file}");
        }
        return 0;
    }

    private static int SetOf(string id) => LeaveOneSetOut.SetIndexOf(id);

    private static void Print(string label, Figures f) =>
        Console.WriteLine($"{label,-22} single items cut {f.Cut,3} of {f.Singles,3}; composed pages exact {f.Exact,3} of {f.Pages,3}; digests exact {f.DigestsExact,3} of {f.Digests,3}; area-led exact {f.AreaExact,3} of {f.AreaPages,3}, alone cut {f.AreaAloneCut,2} of {f.AreaAlone,2}");

    /// <summary>An item's lead: its first whole paragraph in which a union acts at the opening.</summary>
    private static string? LeadOf(Item item, OrganisationDirectory organisations) =>
        item.Paragraphs.FirstOrDefault(p => p.Length is >= 40 and <= 400 && LineShapes.EndsSentence(p)
            && (ListDocument.OpeningUnion(p, organisations) ?? organisations.ActorIn(p, 100)) is not null);

    /// <summary>The commit the working tree stands on (the provenance of a written file), or "unknown".</summary>
    private static string Commit()
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, UseShellExecute = false });
            var head = git?.StandardOutput.ReadToEnd().Trim();
            git?.WaitForExit();
            return string.IsNullOrEmpty(head) ? "unknown" : head;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static Figures Evaluate(IReadOnlyList<Example> examples, ActorChangeWeights weights)
    {
        int singles = 0, cut = 0, pages = 0, exact = 0, digests = 0, digestsExact = 0, areaPages = 0, areaExact = 0, areaAlone = 0, areaAloneCut = 0;
        foreach (var example in examples)
        {
            var right = example.Candidates.All(c => weights.Score(c.Features) > weights.Threshold == c.Starts);
            if (example.AreaLed && example.Single)
            {
                areaAlone++;
                if (!right) areaAloneCut++;
            }
            else if (example.AreaLed)
            {
                areaPages++;
                if (right && example.AllStartsCandidates) areaExact++;
            }
            else if (example.Single)
            {
                singles++;
                if (!right) cut++;
            }
            else if (example.Digest)
            {
                digests++;
                if (right && example.AllStartsCandidates) digestsExact++;
            }
            else
            {
                pages++;
                if (right && example.AllStartsCandidates) exact++;
            }
        }
        return new Figures(singles, cut, pages, exact, digests, digestsExact, areaPages, areaExact, areaAlone, areaAloneCut);
    }

    /// <summary>Logistic regression (a single item's candidates weigh three times), then the threshold the training pages choose.</summary>
    private static ActorChangeWeights Fit(IReadOnlyList<Example> examples)
    {
        var rows = examples.SelectMany(e => e.Candidates.Select(c => (c.Features, Target: c.Starts ? 1.0 : 0.0, Weight: e.Single ? 3.0 : 1.0))).ToList();
        var width = ActorChangeBoundaries.FeatureNames.Length;
        var weights = new double[width];
        var total = rows.Sum(r => r.Weight);
        for (var epoch = 0; epoch < 1500; epoch++)
        {
            var gradient = new double[width];
            foreach (var (features, target, weight) in rows)
            {
                var score = 0.0;
                for (var k = 0; k < width; k++) score += features[k] * weights[k];
                var error = 1 / (1 + Math.Exp(-score)) - target;
                for (var k = 0; k < width; k++) gradient[k] += weight * error * features[k];
            }
            for (var k = 0; k < width; k++) weights[k] -= 0.5 * (gradient[k] / total + (k == 0 ? 0 : 0.001 * weights[k]));
        }
        weights = [.. weights.Select(w => Math.Round(w, 4))];
        var best = (Threshold: 0.0, Value: double.MinValue);
        for (var threshold = -2.0; threshold <= 6.0; threshold += 0.25)
        {
            var f = Evaluate(examples, new ActorChangeWeights([.. weights], threshold));
            // A single item cut is never worth composed pages gained: the page the reader has is one news item far more often.
            var value = f.Exact + f.DigestsExact + f.AreaExact - SingleCutCost * (f.Cut + f.AreaAloneCut);
            if (value > best.Value) best = (threshold, value);
        }
        return new ActorChangeWeights([.. weights], best.Threshold);
    }
}
