using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// A zone's union that holds its own first congress in the headline (某高新区工会召开第一次代表大会, electing 某高新区总工会)
/// is its own news: the city's union attending and congratulating is not its founder (thirty-first round, orgs33). A
/// headline that only says the zone's union was founded, and an enterprise's first congress, keep the founder rule.
/// Own sentences.
/// </summary>
public class ZoneFirstCongressTests
{
    private static readonly string[] Congress =
    [
        "5月12日，常州高新区工会召开第一次代表大会，通过选举正式成立常州高新区总工会。市总工会主席李某某出席会议。",
        "李某某代表市总工会对大会的召开表示祝贺。",
    ];

    [Fact]
    public void A_zones_union_holding_its_first_congress_is_its_own_news() =>
        Assert.Equal("常州高新区总工会", Attribute("常州高新区工会召开第一次代表大会", Congress).Organisation);

    [Fact]
    public void A_headline_of_the_founding_alone_keeps_the_founder() =>
        Assert.Equal("常州市总工会", Attribute("常州高新区总工会正式成立", Congress).Organisation);

    [Fact]
    public void An_enterprises_first_congress_keeps_the_founder() =>
        Assert.Equal("常州市总工会", Attribute("某某科技有限公司工会召开第一次会员代表大会",
            "5月12日，某某科技有限公司工会召开第一次会员代表大会，正式成立公司工会。常州市总工会副主席李某某出席会议并讲话。").Organisation);
}
