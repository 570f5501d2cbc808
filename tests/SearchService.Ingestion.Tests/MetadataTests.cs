using SearchService.Ingestion.Dedup;
using SearchService.Ingestion.Metadata;

namespace SearchService.Ingestion.Tests;

public class MetadataTests
{
    private static readonly Gazetteer Places = Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "gazetteer.tsv"));

    [Theory]
    [InlineData("十一是深化依法维权行动。", "深化依法维权行动。")]
    [InlineData("三、提升培训质量", "提升培训质量")]
    [InlineData("（二）落实 工会的协调责任", "落实工会的协调责任")]
    [InlineData("１２３ＡＢＣ，好", "123ABC,好")]
    public void Normalisation_drops_ordinals_spaces_and_width(string text, string normalized) =>
        Assert.Equal(normalized, TextNormalizer.Normalize(text));

    [Fact]
    public void Near_duplicates_above_the_threshold_collapse_and_others_do_not()
    {
        var index = new NearDuplicateIndex(0.9);
        var text = "在全省率先与劳动关系和谐企业正向激励联动，发挥行业协会、商会等社会组织在构建和谐劳动关系中的带动作用，设立和谐劳动关系工作站。";
        Assert.Equal(-1, index.FindOrAdd(TextNormalizer.Normalize(text), 0));
        Assert.Equal(0, index.FindOrAdd(TextNormalizer.Normalize(text[..^3]), 1));           // truncated ending
        Assert.Equal(0, index.FindOrAdd(TextNormalizer.Normalize("五是" + text), 2));       // other ordinal
        Assert.Equal(-1, index.FindOrAdd(TextNormalizer.Normalize("开展职业技能强训行动，优化职业技能布局，新建一批技工院校。"), 3));
        Assert.Equal(-1, index.FindOrAdd(TextNormalizer.Normalize(text[..40]), 4));         // too different
    }

    [Theory]
    [InlineData("一是无为市工会开展技能竞赛。", "无为市总工会")]
    [InlineData("（二）落实工会的协调责任。集团工会积极构建", null)]
    [InlineData("自2005年以来，中铁四局工会主动对建筑业", "中铁四局工会")]
    public void Actor_of_a_passage(string text, string? organisation)
    {
        var directory = new OrganisationDirectory(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Data", "organisations.tsv")), GazetteerTests.Places);
        Assert.Equal(organisation, directory.ActorIn(text));
    }

    [Fact]
    public void Jaccard_is_the_shared_fraction_of_shingles()
    {
        Assert.Equal(1.0, MinHash.Jaccard([1, 2, 3], [1, 2, 3]));
        Assert.Equal(0.5, MinHash.Jaccard([1, 2, 3], [2, 3, 4]));
        Assert.Equal(0.0, MinHash.Jaccard([], [1]));
    }
}
