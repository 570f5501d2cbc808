using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Tests;

/// <summary>The organisation candidates and their features, and the learnt scorer that can choose among them, on sentences written for these tests.</summary>
public class OrganisationScorerTests
{
    private static readonly OrganisationDirectory Directory =
        OrganisationDirectory.Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "organisations.tsv"), GazetteerTests.Places);

    private static readonly string ShippedWeights = Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "organisation-scorer.tsv");

    private static Attribution Attribute(ReportAttributor attributor, string title, params string[] paragraphs) =>
        attributor.Attribute(new AttributionInput("news/a.txt", title, null, paragraphs, null));

    private static ReportAttributor Recording(OrganisationScorer? scorer = null) => new(Directory, GazetteerTests.Places, ScriptFold.Default, scorer, recordChoices: true);

    /// <summary>The candidates a recording attributor weighed for a report, by name.</summary>
    private static Dictionary<string, OrganisationCandidate> Candidates(string title, params string[] paragraphs) =>
        Attribute(Recording(), title, paragraphs).Choice!.Candidates.ToDictionary(c => c.Name);

    private static double Feature(OrganisationCandidate candidate, OrganisationFeature feature) => candidate.Features[(int)feature];

    /// <summary>A scorer that weighs only the features given; every other weight is 0.</summary>
    private static OrganisationScorer Weighing(double threshold, params (OrganisationFeature Feature, double Weight)[] weights)
    {
        var all = new double[OrganisationCandidate.FeatureCount];
        foreach (var (feature, weight) in weights) all[(int)feature] = weight;
        return new OrganisationScorer(all, 0, threshold);
    }

    [Fact]
    public void The_shipped_weights_load_with_a_weight_for_every_feature_and_their_provenance()
    {
        var lines = File.ReadAllLines(ShippedWeights);
        var scorer = OrganisationScorer.Parse(lines);
        Assert.Equal(OrganisationCandidate.FeatureCount, scorer.Weights.Count);
        Assert.Contains(scorer.Weights, w => w != 0);
        // The header says what it was trained on, at which commit, by which command.
        Assert.Contains(lines, l => l.StartsWith('#') && l.Contains("Trained on split tune", StringComparison.Ordinal) && l.Contains("at commit", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('#') && l.Contains("--organisations train", StringComparison.Ordinal));
    }

    [Fact]
    public void A_weights_file_for_another_feature_set_is_refused()
    {
        var lines = File.ReadAllLines(ShippedWeights);
        Assert.Throws<FormatException>(() => OrganisationScorer.Parse(lines.Where(l => !l.StartsWith(nameof(OrganisationFeature.Byline) + "\t", StringComparison.Ordinal))));
        Assert.Throws<FormatException>(() => OrganisationScorer.Parse(lines.Append("NoSuchFeature\t1")));
        Assert.Throws<FormatException>(() => OrganisationScorer.Parse(lines.Append("bias\tmany")));
    }

    [Fact]
    public void The_scorer_is_deterministic_and_breaks_ties_by_the_shorter_name()
    {
        var scorer = Weighing(0, (OrganisationFeature.TitleOpens, 2));
        var features = new double[OrganisationCandidate.FeatureCount];
        features[(int)OrganisationFeature.TitleOpens] = 1;
        OrganisationCandidate[] candidates =
        [
            new("杭州市临安区总工会", "title", features, 0, true),
            new("临安区总工会", "title", features, 0, true),
            new("桐庐县总工会", "text", new double[OrganisationCandidate.FeatureCount], 0, true),
        ];
        Assert.Equal(2, scorer.Score(features));
        var picks = Enumerable.Range(0, 20).Select(_ => scorer.Choose(candidates)).Distinct().ToList();
        Assert.Equal(["临安区总工会"], picks);
        Assert.Equal("临安区总工会", scorer.Choose(candidates.Reverse().ToList()));
    }

    [Fact]
    public void Below_the_threshold_no_candidate_is_chosen()
    {
        var features = new double[OrganisationCandidate.FeatureCount];
        features[(int)OrganisationFeature.TextActs] = 1;
        OrganisationCandidate[] candidates = [new("桐庐县总工会", "text", features, 0, true)];
        Assert.Equal("桐庐县总工会", Weighing(0.5, (OrganisationFeature.TextActs, 1)).Choose(candidates));
        Assert.Null(Weighing(1.5, (OrganisationFeature.TextActs, 1)).Choose(candidates));
        Assert.Null(Weighing(0, (OrganisationFeature.TextActs, 1)).Choose([]));
    }

    [Fact]
    public void Weights_trained_to_always_choose_read_an_infinite_threshold()
    {
        var weights = OrganisationCandidate.FeatureNames.Select(n => n + "\t0");
        var scorer = OrganisationScorer.Parse(["bias\t0", "threshold\t-Infinity", .. weights]);
        Assert.Equal(double.NegativeInfinity, scorer.Threshold);
        var features = new double[OrganisationCandidate.FeatureCount];
        features[(int)OrganisationFeature.NeverActs] = 1;
        Assert.Equal("桐庐县总工会", scorer.Choose([new("桐庐县总工会", "text", features, 0, true)]));
    }

    [Fact]
    public void Candidates_carry_where_they_are_named_and_what_they_do_there()
    {
        var found = Attribute(Recording(), "宁波市总工会领导调研海曙区工会工作",
            "近日，宁波市总工会领导一行来到海曙区，调研基层工会建设情况。", "海曙区总工会介绍了驿站建设和职工服务的做法。");
        var candidates = found.Choice!.Candidates.ToDictionary(c => c.Name);
        var visitor = candidates["宁波市总工会"];
        Assert.True(Feature(visitor, OrganisationFeature.TitleVisits) > 0);
        Assert.True(Feature(visitor, OrganisationFeature.LeadVisits) > 0);
        Assert.Equal(1, Feature(visitor, OrganisationFeature.NeverActs));
        Assert.Equal(1, Feature(visitor, OrganisationFeature.City));
        Assert.Equal(1, Feature(visitor, OrganisationFeature.FirstNamed));
        var host = candidates["宁波市海曙区总工会"];
        Assert.True(Feature(host, OrganisationFeature.TextActs) > 0);
        Assert.Equal(1, Feature(host, OrganisationFeature.County));
        Assert.Equal(1, Feature(host, OrganisationFeature.PlaceIsAbout));
        Assert.Equal(0, Feature(host, OrganisationFeature.NeverActs));
        // What the report gets when each is chosen, and the hand-set scorer's choice.
        Assert.Equal("宁波市海曙区总工会", host.Outcome);
        Assert.Equal("宁波市海曙区总工会", found.Organisation);
        Assert.Equal(1, Feature(host, OrganisationFeature.HandPick));
    }

    [Fact]
    public void A_bare_level_and_a_union_above_the_writer_are_features()
    {
        var found = Attribute(Recording(), "我市举办职工技能大赛",
            "近日，市总工会举办全市职工技能大赛，二百名职工参赛。", "浙江省总工会为大赛发来贺信，宁波市总工会表示将继续办好大赛。");
        var candidates = found.Choice!.Candidates.ToDictionary(c => c.Name);
        Assert.Equal(1, Feature(candidates["宁波市总工会"], OrganisationFeature.FromBareLevel));
        Assert.Equal(1, Feature(candidates["宁波市总工会"], OrganisationFeature.SpeaksFromLevel));
        Assert.True(Feature(candidates["宁波市总工会"], OrganisationFeature.LeadSubject) > 0);
        Assert.Equal(1, Feature(candidates["浙江省总工会"], OrganisationFeature.AboveSpeaker));
        Assert.Equal(1, Feature(candidates["浙江省总工会"], OrganisationFeature.Province));
    }

    [Fact]
    public void A_bare_town_union_counts_for_the_one_town_union_named_and_for_none_of_several()
    {
        var one = Candidates("送清凉活动走进工地",
            "7月3日，鹿邑县总工会启动送清凉活动，玄武镇总工会组织慰问。", "镇总工会主席为工人送上防暑用品。");
        Assert.Equal(1, Feature(one.Single(c => c.Key.EndsWith("玄武镇总工会", StringComparison.Ordinal)).Value, OrganisationFeature.FromBareLevel));
        var two = Attribute(Recording(), "送清凉活动走进工地",
            "7月3日，鹿邑县总工会启动送清凉活动，玄武镇总工会和太清宫镇总工会分别组织慰问。", "镇总工会主席为工人送上防暑用品。").Choice!.Candidates;
        Assert.All(two, c => Assert.Equal(0, Feature(c, OrganisationFeature.FromBareLevel)));
    }

    [Fact]
    public void Nothing_is_recorded_unless_asked()
    {
        var attributor = new ReportAttributor(Directory, GazetteerTests.Places, ScriptFold.Default);
        Assert.Null(Attribute(attributor, "桐庐县总工会举办职工运动会", "近日，桐庐县总工会举办职工运动会。").Choice);
    }

    [Fact]
    public void A_rule_that_settles_before_scoring_is_recorded_as_such()
    {
        var found = Attribute(Recording(), "机关读书会", "近日，杭州市临安区总工会机关工会、桐庐县总工会机关工会和建德市总工会机关工会举办联合读书会。");
        Assert.Equal("", found.Choice!.DecidedBeforeScoring);
        Assert.Empty(found.Choice.Candidates);
    }

    /// <summary>The organisation ingestion gives a one-file document of these lines.</summary>
    private static string OrganisationOf(IngestionPipeline pipeline, params string[] lines)
    {
        var folder = Fixtures.TempFolder();
        try
        {
            var file = Path.Combine(folder, "news.txt");
            File.WriteAllLines(file, lines);
            return pipeline.IngestPath(file).Reports.Single().Organisation;
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    // The city's union opens the lead, the district's does the work the rest of the text tells: the hand-set scores give
    // the opening most, the learnt weights the union of the place the text is about.
    private static readonly string[] CityOpensDistrictActs =
    [
        "夏日送清凉 温暖进工地",
        "近日，宁波市总工会夏送清凉活动启动。",
        "鄞州区总工会组织工会干部走进鄞州区的工地，为一线职工送去清凉物资。",
        "鄞州区总工会还在鄞州区设立了十个爱心驿站，供户外劳动者歇脚。",
    ];

    [Fact]
    public void The_service_chooses_with_the_shipped_weights_unless_told_otherwise()
    {
        var byDefault = OrganisationOf(new IngestionPipeline(), CityOpensDistrictActs);
        Assert.Equal(OrganisationOf(new IngestionPipeline(new IngestionOptions { OrganisationScorerPath = ShippedWeights }), CityOpensDistrictActs), byDefault);
        Assert.Equal("宁波市鄞州区总工会", byDefault);
        Assert.Equal("宁波市总工会", OrganisationOf(new IngestionPipeline(new IngestionOptions { HandSetOrganisationScoring = true }), CityOpensDistrictActs));
    }

    [Fact]
    public void A_configured_weights_file_replaces_the_shipped_one_and_one_for_other_features_is_refused()
    {
        var folder = Fixtures.TempFolder();
        try
        {
            // Weights that want a city's union whatever it does.
            var cities = Path.Combine(folder, "cities.tsv");
            var weights = new double[OrganisationCandidate.FeatureCount];
            weights[(int)OrganisationFeature.City] = 1;
            File.WriteAllLines(cities, OrganisationScorerWeights(new OrganisationScorer(weights, 0, 0.5)));
            Assert.Equal("宁波市总工会", OrganisationOf(new IngestionPipeline(new IngestionOptions { OrganisationScorerPath = cities }), CityOpensDistrictActs));
            Assert.Null(IngestionOptions.OrganisationScorerProblem(cities));

            var stale = Path.Combine(folder, "stale.tsv");
            File.WriteAllLines(stale, File.ReadAllLines(ShippedWeights).Where(l => !l.StartsWith(nameof(OrganisationFeature.City) + "\t", StringComparison.Ordinal)));
            Assert.Contains("City", IngestionOptions.OrganisationScorerProblem(stale));
            Assert.Throws<FormatException>(() => new IngestionPipeline(new IngestionOptions { OrganisationScorerPath = stale }));
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> OrganisationScorerWeights(OrganisationScorer scorer) =>
        new[] { "bias\t" + scorer.Bias.ToString(System.Globalization.CultureInfo.InvariantCulture), "threshold\t" + scorer.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Concat(OrganisationCandidate.FeatureNames.Select((name, i) => name + "\t" + scorer.Weights[i].ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_learnt_scorer_chooses_by_its_weights_and_the_names_are_finished_as_before()
    {
        const string title = "狮山镇总工会开展送清凉活动";
        string[] text = ["近日，狮山镇总工会来到工地开展送清凉活动。", "佛山市南海区总工会也为工地职工送去慰问品。"];
        // Weighing the title: the town's union, written out with its district as the hand scorer writes it.
        var byTitle = Attribute(Recording(Weighing(0, (OrganisationFeature.TitleOpens, 1))), title, text);
        Assert.Equal(Attribute(Recording(), title, text).Organisation, byTitle.Organisation);
        Assert.EndsWith("狮山镇总工会", byTitle.Organisation);
        // Weighing counties: the district's union.
        var byLevel = Attribute(Recording(Weighing(0, (OrganisationFeature.County, 1))), title, text);
        Assert.Equal("佛山市南海区总工会", byLevel.Organisation);
        // The same without recording the choice, as the service runs when configured with weights.
        var unrecorded = new ReportAttributor(Directory, GazetteerTests.Places, ScriptFold.Default, Weighing(0, (OrganisationFeature.County, 1)));
        Assert.Equal("佛山市南海区总工会", Attribute(unrecorded, title, text).Organisation);
        Assert.Null(Attribute(unrecorded, title, text).Choice);
        // A threshold nothing reaches: no organisation.
        Assert.Equal("", Attribute(Recording(Weighing(5, (OrganisationFeature.County, 1))), title, text).Organisation);
    }

    [Fact]
    public void A_visit_to_learn_and_a_visit_that_brings_help_are_features_of_the_visitor()
    {
        var learning = Candidates("桐庐县总工会赴建德市交流",
            "近日，桐庐县总工会一行前往建德市交流职工之家建设工作。", "建德市总工会介绍了基层工会的做法。");
        Assert.True(Feature(learning["桐庐县总工会"], OrganisationFeature.VisitsToLearn) > 0);
        Assert.Equal(0, Feature(learning["建德市总工会"], OrganisationFeature.VisitsToLearn));
        var helping = Candidates("送温暖慰问",
            "1月8日，浙江省总工会副主席带领慰问组一行到桐庐县开展送温暖慰问调研。", "桐庐县总工会负责人陪同。");
        Assert.True(Feature(helping["浙江省总工会"], OrganisationFeature.VisitsToHelp) > 0);
        Assert.Equal(0, Feature(helping["浙江省总工会"], OrganisationFeature.VisitsToLearn));
        // A visit that inspects is neither.
        var inspecting = Candidates("市总工会领导调研",
            "近日，宁波市总工会领导一行来到海曙区调研基层工会建设情况。", "海曙区总工会介绍了驿站建设的做法。");
        Assert.Equal(0, Feature(inspecting["宁波市总工会"], OrganisationFeature.VisitsToLearn));
        Assert.Equal(0, Feature(inspecting["宁波市总工会"], OrganisationFeature.VisitsToHelp));
    }

    [Fact]
    public void An_organiser_line_tells_the_union_that_organises_from_the_one_that_runs_it()
    {
        var found = Candidates("全省职工龙舟赛开赛",
            "6月2日，由浙江省总工会主办、杭州市总工会承办、桐庐县总工会协办的全省职工龙舟赛在富春江举行。");
        Assert.True(Feature(found["浙江省总工会"], OrganisationFeature.MainlyOrganises) > 0);
        Assert.Equal(0, Feature(found["浙江省总工会"], OrganisationFeature.CoOrganises));
        Assert.True(Feature(found["杭州市总工会"], OrganisationFeature.CoOrganises) > 0);
        Assert.True(Feature(found["桐庐县总工会"], OrganisationFeature.CoOrganises) > 0);
        Assert.Equal(0, Feature(found["杭州市总工会"], OrganisationFeature.MainlyOrganises));
        // Without 由: the organiser named before 主办 in a noun phrase.
        var plain = Candidates("职工书画展开展",
            "近日，宁波市总工会主办、宁波市海曙区总工会承办的职工书画展开展。");
        Assert.True(Feature(plain["宁波市总工会"], OrganisationFeature.MainlyOrganises) > 0);
        Assert.True(Feature(plain["宁波市海曙区总工会"], OrganisationFeature.CoOrganises) > 0);
    }
    [Fact]
    public void A_union_named_only_as_a_place_is_a_feature()
    {
        var meeting = Candidates("工资集体协商会议召开",
            "6月3日，宁波市机械行业工会联合会在宁波市总工会召开工资集体协商会议，宁波市机械行业工会联合会主席主持会议。");
        Assert.Equal(1, Feature(meeting["宁波市总工会"], OrganisationFeature.OnlyNamesAPlace));
        Assert.Equal(0, Feature(meeting.Single(c => c.Key.EndsWith("机械行业工会联合会", StringComparison.Ordinal)).Value, OrganisationFeature.OnlyNamesAPlace));
        var station = Candidates("冬至送温暖",
            "冬至前夕，宁波市海曙区总工会以工会驿站为阵地开展关爱活动。",
            "白云社区工会驿站活动现场，志愿者为户外劳动者送上饺子。",
            "在门口，宁波市海曙区总工会负责人为环卫工人送上手套。");
        Assert.Equal(1, Feature(station.Single(c => c.Key.EndsWith("白云社区工会", StringComparison.Ordinal)).Value, OrganisationFeature.OnlyNamesAPlace));
        Assert.Equal(0, Feature(station["宁波市海曙区总工会"], OrganisationFeature.OnlyNamesAPlace));
    }

    [Fact]
    public void The_union_that_brings_its_partners_along_is_a_feature()
    {
        var found = Candidates("三区联动座谈",
            "2月9日，宁波市海曙区总工会携手海曙区教育工会、白云街道工会来到园区调研。");
        Assert.True(Feature(found["宁波市海曙区总工会"], OrganisationFeature.LeadsPartners) > 0);
        Assert.All(found.Where(c => c.Key != "宁波市海曙区总工会"), c => Assert.Equal(0, Feature(c.Value, OrganisationFeature.LeadsPartners)));
        // 联合 in an organiser line is not bringing partners along.
        var organising = Candidates("职工书画展开展",
            "近日，宁波市总工会联合主办的职工书画展开展。");
        Assert.Equal(0, Feature(organising["宁波市总工会"], OrganisationFeature.LeadsPartners));
    }

    [Fact]
    public void The_union_a_headline_visitor_calls_on_is_a_feature_unless_the_visitor_came_to_learn()
    {
        var inspected = Candidates("宁波市总工会领导来海曙区调研",
            "3月5日，宁波市总工会副主席一行来到宁波市海曙区总工会调研职工服务阵地建设，宁波市海曙区总工会主席陪同调研。");
        Assert.Equal(1, Feature(inspected["宁波市海曙区总工会"], OrganisationFeature.HostsAVisit));
        Assert.Equal(0, Feature(inspected["宁波市总工会"], OrganisationFeature.HostsAVisit));
        // A study trip is the visitor's own programme: the union it learns from is not made the host of the news.
        var studying = Candidates("海曙区总工会赴江北区学习交流",
            "4月8日，宁波市海曙区总工会一行前往宁波市江北区总工会学习交流新就业形态劳动者入会工作。");
        Assert.All(studying.Values, c => Assert.Equal(0, Feature(c, OrganisationFeature.HostsAVisit)));
        // No visitor in the headline or the lead: nobody hosts.
        var acting = Attribute(Recording(), "海曙区总工会开展送清凉",
            "7月1日，宁波市海曙区总工会开展送清凉活动，宁波市总工会领导参加。").Choice!.Candidates;
        Assert.All(acting, c => Assert.Equal(0, Feature(c, OrganisationFeature.HostsAVisit)));
    }

    [Fact]
    public void A_visit_that_delivers_something_is_the_visitors_and_its_hosts_host_no_inspection()
    {
        // 宣讲, 授牌 and 慰问 after a going word, or 调研慰问 right after the visitor's name: the visitor delivers.
        var lecturing = Candidates("省总工会领导赴南漳县宣讲",
            "5月6日，湖北省总工会党组书记王明赴南漳县宣讲省工会代表大会精神，南漳县总工会主席陪同。");
        Assert.True(Feature(lecturing["湖北省总工会"], OrganisationFeature.VisitsToHelp) > 0);
        var here = Candidates("省总工会来我市慰问",
            "近日，浙江省总工会巡视员李华一行在我市开展春节送温暖慰问工作，湖州市总工会主席张强参加慰问。");
        Assert.True(Feature(here["浙江省总工会"], OrganisationFeature.VisitsToHelp) > 0);
        Assert.True(Feature(here["湖州市总工会"], OrganisationFeature.AttendsAnother) > 0);
        var direct = Candidates("送清凉",
            "7月3日，宁波市总工会党组书记王明调研慰问高温下的一线职工。");
        Assert.True(Feature(direct["宁波市总工会"], OrganisationFeature.VisitsToHelp) > 0);
        // The union a delivering visitor calls on does not host the news, as it does an inspection.
        var helping = Candidates("省总工会到桐庐县慰问",
            "1月8日，浙江省总工会副主席一行到桐庐县开展送温暖慰问，桐庐县总工会负责人陪同慰问。");
        Assert.Equal(0, Feature(helping["桐庐县总工会"], OrganisationFeature.HostsAVisit));
        var inspecting = Candidates("省总工会到桐庐县调研",
            "1月8日，浙江省总工会副主席一行到桐庐县调研基层工会规范化建设，桐庐县总工会负责人陪同调研。");
        Assert.Equal(1, Feature(inspecting["桐庐县总工会"], OrganisationFeature.HostsAVisit));
        Assert.Equal(0, Feature(inspecting["浙江省总工会"], OrganisationFeature.VisitsToHelp));
    }

    [Fact]
    public void A_visit_told_from_the_hosts_side_is_a_feature_of_the_visitor()
    {
        var host = Candidates("市总工会领导来我区调研",
            "3月5日，宁波市总工会副主席一行来我区调研职工服务阵地建设。");
        Assert.True(Feature(host["宁波市总工会"], OrganisationFeature.SeenFromHost) > 0);
        var arriving = Candidates("市总工会领导莅临指导",
            "3月5日，宁波市总工会副主席一行莅临海曙区检查指导劳动竞赛工作。");
        Assert.True(Feature(arriving["宁波市总工会"], OrganisationFeature.SeenFromHost) > 0);
        // The visitor's own account of its trip (赴, 到某区) is not.
        var own = Candidates("市总工会领导赴海曙区调研",
            "3月5日，宁波市总工会副主席一行赴海曙区调研职工服务阵地建设。");
        Assert.Equal(0, Feature(own["宁波市总工会"], OrganisationFeature.SeenFromHost));
    }

    [Fact]
    public void A_higher_union_bringing_help_told_by_those_it_visits_is_a_feature()
    {
        var arriving = Candidates("省总工会领导来我市送温暖",
            "本报讯 1月20日，省总工会副主席王明莅临我市，到桐庐县看望慰问困难职工，送上慰问金。杭州市总工会副主席李华陪同慰问。");
        Assert.Equal(1, Feature(arriving["浙江省总工会"], OrganisationFeature.DeliversToWriter));
        Assert.Equal(0, Feature(arriving["杭州市总工会"], OrganisationFeature.DeliversToWriter));
        // An inspection told so delivers nothing: the host's news, not this feature's.
        var inspecting = Candidates("省总工会领导来我市调研",
            "本报讯 1月20日，省总工会副主席王明莅临我市，调研基层工会规范化建设。杭州市总工会副主席李华陪同调研。");
        Assert.Equal(0, Feature(inspecting["浙江省总工会"], OrganisationFeature.DeliversToWriter));
    }

    [Fact]
    public void A_higher_union_beside_a_lower_one_at_work_in_the_lead_is_a_feature()
    {
        // The district's union opens the lead and brings the city's along: the city's is the higher union of a lower one leading.
        var district = Candidates("西湖区开展冬日送暖行动",
            "本报讯 1月8日，杭州市西湖区总工会携手杭州市总工会权益保障部，为环卫工人和外卖骑手送上热饮和手套。",
            "活动现场，工会工作人员为户外劳动者讲解驿站的使用方法。");
        Assert.Equal(1, Feature(district["杭州市总工会"], OrganisationFeature.LowerUnionLeads));
        Assert.Equal(0, Feature(district["杭州市西湖区总工会"], OrganisationFeature.LowerUnionLeads));
        // A street's union leading under its county-level city's union, which only acts further down.
        var street = Candidates("职工大联欢",
            "本报讯 日前，桐庐县桐君街道总工会在一社区开展职工大联欢活动。",
            "此次活动是桐庐县总工会百场职工联欢活动的一场，桐庐县总工会还将组织评选。");
        Assert.Equal(1, Feature(street["桐庐县总工会"], OrganisationFeature.LowerUnionLeads));
        // A union in another place is not below: two cities' unions are no higher and lower.
        var peers = Candidates("两市工会交流",
            "本报讯 5月6日，宁波市总工会与温州市总工会签订合作协议。");
        Assert.Equal(0, Feature(peers["温州市总工会"], OrganisationFeature.LowerUnionLeads));
        // …but peers at work beside each other: a joint action's shape.
        Assert.True(Feature(peers["温州市总工会"], OrganisationFeature.PeersAct) > 0);
        Assert.Equal(0, Feature(district["杭州市总工会"], OrganisationFeature.PeersAct));
    }

    [Fact]
    public void A_union_whose_people_take_part_in_anothers_event_is_a_feature()
    {
        var joined = Candidates("省总工会领导看望慰问一线职工",
            "1月13日，浙江省总工会副主席王明一行深入杭州企业一线，看望慰问困难职工。杭州市总工会副主席李华等相关同志参加活动。");
        Assert.True(Feature(joined["杭州市总工会"], OrganisationFeature.AttendsAnother) > 0);
        Assert.Equal(0, Feature(joined["浙江省总工会"], OrganisationFeature.AttendsAnother));
        var escorted = Candidates("送温暖",
            "近日，浙江省总工会领导到桐庐县看望困难职工，桐庐县总工会主席陪同。");
        Assert.True(Feature(escorted["桐庐县总工会"], OrganisationFeature.AttendsAnother) > 0);
        // A union that gets its members to take part is acting, not attending.
        var mobilising = Candidates("职工运动会",
            "近日，杭州市总工会组织一线职工参加全市职工运动会。");
        Assert.Equal(0, Feature(mobilising["杭州市总工会"], OrganisationFeature.AttendsAnother));
    }

    [Fact]
    public void A_union_named_beside_another_as_one_subject_is_a_feature()
    {
        var joint = Candidates("两地职工龙舟赛开赛",
            "6月2日，桐庐县总工会和建德市总工会联合举办职工龙舟赛，两地二十支队伍参赛。");
        Assert.True(Feature(joint["桐庐县总工会"], OrganisationFeature.NamedJointly) > 0);
        Assert.True(Feature(joint["建德市总工会"], OrganisationFeature.NamedJointly) > 0);
        // One union acting, another named later in its own clause: neither is named jointly.
        var apart = Candidates("职工龙舟赛开赛",
            "6月2日，桐庐县总工会举办职工龙舟赛，建德市总工会派队参赛。");
        Assert.All(apart.Values, c => Assert.Equal(0, Feature(c, OrganisationFeature.NamedJointly)));
    }

    [Fact]
    public void One_union_written_in_several_forms_is_one_candidate_with_all_its_evidence()
    {
        // With and without 总, and with and without its district: one town union, not three candidates splitting its mentions.
        var found = Candidates("狮山镇工会开展送清凉活动",
            "近日，狮山镇总工会来到工地开展送清凉活动，为一线职工送去防暑用品。",
            "活动结束后，佛山市南海区狮山镇总工会还走访了辖区多家企业，南海区总工会领导参加。");
        var town = Assert.Single(found, c => c.Key.Contains("狮山镇", StringComparison.Ordinal)).Value;
        Assert.Equal("佛山市南海区狮山镇总工会", town.Name);
        Assert.Equal("佛山市南海区狮山镇总工会", town.Outcome);
        // The title's mention and the lead's both count for it, and it is known to be written in a shorter form too.
        Assert.True(Feature(town, OrganisationFeature.TitleOpens) > 0);
        Assert.True(Feature(town, OrganisationFeature.LeadSubject) > 0);
        Assert.Equal(1, Feature(town, OrganisationFeature.FullerFormNamed));
        Assert.Equal(1, Feature(town, OrganisationFeature.FirstNamed));
        Assert.Contains("佛山市南海区总工会", found.Keys);
        // A different union whose name ends the same way is not merged: a street's union and its district's stay two.
        var two = Candidates("石牌街道工会慰问环卫工人",
            "近日，广州市天河区石牌街道工会慰问辖区环卫工人，天河区总工会也送来慰问品。");
        Assert.Equal(2, two.Count);
    }

    [Fact]
    public void A_sector_union_is_told_from_an_enterprise_union()
    {
        var found = Candidates("交通建设工会开展技能竞赛",
            "5月10日，重庆市交通建设工会在重庆某某路桥有限公司工会的支持下开展桥梁养护技能竞赛，重庆市总工会领导出席。");
        var sector = found.Single(c => c.Key.EndsWith("交通建设工会", StringComparison.Ordinal)).Value;
        Assert.Equal(1, Feature(sector, OrganisationFeature.SectorUnion));
        Assert.Equal(0, Feature(sector, OrganisationFeature.Enterprise));
        Assert.Equal(0, Feature(found["重庆市总工会"], OrganisationFeature.SectorUnion));
        Assert.True(SectorUnion.Is("某县快递行业工会联合会"));
        Assert.True(SectorUnion.Is("某省能源化学工会"));
        Assert.False(SectorUnion.Is("某某路桥有限公司工会"));
        Assert.False(SectorUnion.Is("某市总工会"));
        // One list of sectors for the flag and for the names: the national industry unions' longer sectors and a
        // province's office unions are sectors too.
        Assert.True(SectorUnion.Is("某省教科文卫体工会"));
        Assert.True(SectorUnion.Is("某省直属机关工会"));
        Assert.True(SectorUnion.EndsWithSector("某市海员建设"));
        Assert.True(SectorUnion.EndsWithSector("某市财贸轻纺烟草"));
        Assert.False(SectorUnion.EndsWithSector("某某啤酒"));
        Assert.False(SectorUnion.EndsWithSector("某某林业局"));
    }
}
