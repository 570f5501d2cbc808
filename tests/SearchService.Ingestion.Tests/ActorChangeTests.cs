using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;
using SearchService.Ingestion.Splitting;
using static SearchService.Ingestion.Tests.ListPages;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Pages no shape claims, cut where the acting union changes and stays changed (<c>ActorChangeBoundaries</c>), and
/// the single news items naming several unions that must stay whole. Every sentence here is the tests' own.
/// </summary>
public sealed class ActorChangeTests
{
    private static readonly OrganisationDirectory Organisations =
        OrganisationDirectory.Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "organisations.tsv"), GazetteerTests.Places);

    private static readonly ActorChangeWeights Weights =
        ActorChangeWeights.Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", ActorChangeWeights.FileName));

    [Fact]
    public void The_boundaries_fall_where_another_union_acts_and_the_one_before_is_never_named_again()
    {
        string[] page =
        [
            "近日，桐乡市总工会在城东工业园区举办职工技能比武，来自二十家企业的一百多名职工参加了电工、焊工两个项目的比赛。",
            "比赛设置理论考试和实操考核两个环节，获奖选手将获得相应的职业技能等级证书。",
            "日前，江阴市总工会组织开展“送法进企业”活动，律师志愿者走进十余家规上企业，为职工讲解劳动合同方面的法律知识。",
            "活动现场还设置了咨询台，志愿者一对一解答职工关心的加班工资、休息休假等问题。",
        ];
        Assert.Equal([2], ActorChangeBoundaries.Boundaries(page, "", Organisations, Weights));
        // The first union named again after the second one acts, under a headline naming it: one item telling of both
        // (a co-organiser, a guest).
        Assert.Empty(ActorChangeBoundaries.Boundaries([.. page, "桐乡市总工会有关负责人表示，将把技能比武办成常态化品牌活动。"], "桐乡市总工会举办职工技能比武", Organisations, Weights));
    }

    [Fact]
    public void A_delegation_going_on_with_its_visit_starts_no_item()
    {
        string[] page =
        [
            "8月29日，湖州市总工会主席王明一行赴对口帮扶地区开展工会协作工作，看望慰问一线职工。",
            "8月31日，王明一行来到鲁山县总工会，详细了解户外劳动者服务站点建设和困难职工帮扶情况，并召开座谈会。",
        ];
        Assert.Empty(ActorChangeBoundaries.Boundaries(page, "", Organisations, Weights));
    }

    [Fact]
    public void Three_unheaded_items_of_three_unions_in_three_cities_are_three_reports()
    {
        var result = IngestItems("""
            近日，桐乡市总工会在城东工业园区举办职工技能比武，来自二十家企业的一百多名职工参加了电工、焊工两个项目的比赛，现场气氛热烈。
            比赛设置理论考试和实操考核两个环节，获奖选手将获得相应的职业技能等级证书，优胜者还将推荐参加上一级比赛。
            日前，江阴市总工会组织开展“送法进企业”活动，律师志愿者走进十余家规上企业，为职工讲解劳动合同和工伤保险方面的法律知识。
            活动现场还设置了咨询台，志愿者一对一解答职工关心的加班工资、休息休假等问题，发放宣传资料五百余份。
            近日，鲁山县总工会为环卫工人、快递小哥等户外劳动者送去防暑降温用品，并在县城新建三处爱心驿站供户外劳动者歇脚。
            驿站配备了饮水机、微波炉和急救箱，每天早七点到晚九点开放，让户外劳动者渴了能喝水、累了能歇脚。
            """, 3);
        Assert.Equal(["桐乡市总工会", "江阴市总工会", "鲁山县总工会"], result.Reports.Select(r => r.Organisation![^6..]));
        Assert.StartsWith("江阴市总工会组织开展", result.Reports[1].Title);
    }

    [Fact]
    public void A_single_item_with_a_visitor_and_its_host_stays_whole()
    {
        IngestItems("""
            嘉兴市总工会领导到桐乡市总工会调研职工服务阵地建设
            近日，嘉兴市总工会副主席王明一行到桐乡市调研职工服务阵地建设工作，桐乡市总工会主席李华陪同。
            调研组先后来到城东街道职工服务中心和一家企业的职工书屋，详细了解阵地运行、服务项目和职工使用情况。
            座谈会上，桐乡市总工会汇报了今年以来职工服务阵地建设的做法和成效，并就下一步工作提出了打算。
            王明对桐乡市总工会的工作给予肯定，希望进一步整合资源，让服务阵地真正成为职工信得过的“职工之家”。
            """, 1);
    }

    [Fact]
    public void A_county_item_quoting_its_provincial_union_stays_whole()
    {
        IngestItems("""
            鲁山县总工会启动户外劳动者服务季活动
            近日，鲁山县总工会在县城广场启动户外劳动者服务季活动，为一百名环卫工人送去防暑降温用品。
            活动现场，县总工会工作人员向户外劳动者介绍了爱心驿站的分布和服务内容，并现场办理了工会会员卡。
            河南省总工会有关负责人表示，全省各级工会将持续推进户外劳动者服务站点建设，让服务更加便捷可及。
            下一步，鲁山县总工会将在乡镇再建五处爱心驿站，让更多户外劳动者就近享受到服务。
            """, 1);
    }

    [Fact]
    public void A_single_item_whose_co_organiser_opens_a_paragraph_stays_whole_when_its_own_union_goes_on()
    {
        IngestItems("""
            江阴市总工会联合兄弟单位举办职工篮球联赛
            日前，江阴市总工会举办第三届职工篮球联赛，共有二十四支代表队的三百余名职工参赛。
            桐乡市总工会作为友好交流单位应邀派出代表队参赛，双方还围绕职工文体活动开展了座谈交流。
            江阴市总工会有关负责人介绍，联赛将持续一个月，比赛结束后还将评选体育道德风尚奖。
            """, 1);
    }

    [Fact]
    public void A_page_whose_paragraphs_name_no_union_stays_one_report()
    {
        IngestItems("""
            职工书屋里的读书声
            近日，一家企业的职工书屋迎来了读书月活动，职工们利用午休时间走进书屋阅读、交流。
            书屋新添了二百余册图书，涵盖技术技能、文学历史和家庭教育等方面，满足不同职工的阅读需求。
            """, 1);
    }

    [Fact]
    public void The_shipped_weights_are_read_from_their_data_file_and_a_file_for_other_features_is_refused()
    {
        Assert.Equal(ActorChangeBoundaries.FeatureNames.Length, Weights.Weights.Length);
        Assert.True(Weights.Threshold > 0);
        var lines = Weights.Lines(["provenance"]).ToList();
        Assert.Equal(Weights.Weights.ToArray(), ActorChangeWeights.Parse(lines).Weights.ToArray());
        Assert.Throws<FormatException>(() => ActorChangeWeights.Parse(lines.Where(l => !l.StartsWith("long\t", StringComparison.Ordinal))));
        Assert.Throws<FormatException>(() => ActorChangeWeights.Parse([.. lines, "headline-only\t1"]));
    }

    private static double[] FeaturesAt(IReadOnlyList<string> page, int index, string title = "") =>
        ActorChangeBoundaries.Examples(page, title, new HashSet<int>([index]), Organisations).Single(e => e.Candidate.Index == index).Candidate.Features;

    private static int Feature(string name) => ActorChangeBoundaries.FeatureNames.IndexOf(name);

    [Fact]
    public void Under_an_areas_lead_a_lower_union_is_marked_and_the_headlines_union_holds_no_item()
    {
        // The province's own union first, then a city's: the city union lies within the item's area.
        string[] provinceLed =
        [
            "为巩固来之不易的疫情防控成果，河南省总工会向全省广大职工发出倡议，号召职工就地过年，并开展线上线下系列关爱活动。",
            "近日，鲁山县总工会为留在当地过年的外地职工送去米面油等年货，并组织职工开展新春联欢活动，让职工感受到家的温暖。",
        ];
        var lower = FeaturesAt(provinceLed, 1);
        Assert.Equal(1, lower[Feature("lower-than-item")]);
        Assert.Equal(0, lower[Feature("area-lead")]);
        // The area's unions together in the lead, and a headline naming the second item's union: the first union acting
        // below the lead holds the first item, so the second union is a candidate, another union than the item's.
        string[] areaLed =
        [
            "连日来，全省各级工会广泛开展形式多样的服务职工活动，为坚守岗位的一线职工送去节日的祝福和关怀。",
            "近日，桐乡市总工会在城东工业园区举办新春游园会，来自二十家企业的五百多名职工参加了猜灯谜、写春联等活动。",
            "日前，海宁市总工会为一线环卫工人送去年货礼包三百份，并在街道职工服务中心为外来务工人员举办新春联欢会。",
        ];
        var features = FeaturesAt(areaLed, 2, "海宁市总工会为环卫工人送年货");
        Assert.Equal(1, features[Feature("area-lead")]);
        Assert.Equal(1, features[Feature("other-union")]);
        Assert.Equal(0, features[Feature("lower-than-item")]);
    }

    [Fact]
    public void A_union_named_by_its_level_alone_is_the_items_union_and_another_union_after_it_a_candidate()
    {
        Assert.Equal("市总工会", ActorChangeBoundaries.BareUnion("3月8日，市总工会组织机关干部走进社区，为困难职工家庭送去米面油等慰问品和节日祝福。"));
        Assert.Null(ActorChangeBoundaries.BareUnion("市总工会和市妇联联合举办女职工健康讲座，邀请医院专家为女职工讲解常见疾病预防知识。"));
        string[] page =
        [
            "3月8日，市总工会组织机关干部走进社区，为困难职工家庭送去米面油等慰问品和节日祝福，并详细询问他们的生活情况。",
            "鹿城区总工会组织机关干部深入城西街道，走访慰问困难职工和一线环卫工人，送去慰问金和慰问品。",
        ];
        Assert.Equal(1, FeaturesAt(page, 1)[Feature("item-union-bare")]);
    }

    [Fact]
    public void A_place_or_a_slogan_leading_into_the_acting_union_and_a_digest_of_briefs_are_features()
    {
        string[] page =
        [
            "近日，河南省总工会启动春节系列普惠活动，为留在当地过年的职工送上健康体检、文化娱乐等多项服务。",
            "“留某过大年 温暖在身边”，桐乡市总工会开展新春线上抽奖和送保险活动，吸引上万名职工参与其中。",
            "在江阴，江阴市总工会为留守过年的外地职工准备了年夜饭和新春礼包，并组织开展文艺演出送到工地。",
            "鲁山县总工会组织志愿者走进企业车间，为坚守岗位的一线职工写春联、送福字，营造浓浓的年味。",
        ];
        var slogan = FeaturesAt(page, 1);
        Assert.Equal(1, slogan[Feature("place-or-slogan-lead")]);
        Assert.Equal(1, slogan[Feature("next-another-union")]);
        Assert.Equal(1, FeaturesAt(page, 2)[Feature("place-or-slogan-lead")]);
        var last = FeaturesAt(page, 3);
        Assert.Equal(0, last[Feature("place-or-slogan-lead")]);
        Assert.Equal(0, last[Feature("next-another-union")]);
    }
}
