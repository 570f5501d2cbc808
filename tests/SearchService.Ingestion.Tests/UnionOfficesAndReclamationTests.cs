using SearchService.Ingestion.Metadata;
using Xunit;
using static SearchService.Ingestion.Tests.TestAttributor;

namespace SearchService.Ingestion.Tests;

/// <summary>
/// Two name shapes the suffix lexicon and the enterprise words missed: a prefecture's union office (某某地区工会办事处),
/// the body a region's union works through there, and a land-reclamation system's union committee (某某农垦工会委员会),
/// an enterprise's, written 工会 as unions write it. Own sentences; counter-cases keep what other shapes give.
/// </summary>
public class UnionOfficesAndReclamationTests
{
    [Theory]
    [InlineData("阿勒泰地区工会办事处", "阿勒泰地区工会办事处")]          // the office as written, not the area's 总工会
    [InlineData("钦州农垦工会委员会", "钦州农垦工会")]                    // a reclamation system's committee is its union
    [InlineData("钦州农垦工会", "钦州农垦工会")]
    [InlineData("广东省茂名农垦工会委员会", "茂名农垦工会")]              // the wider province before the unit's place drops
    [InlineData("钦州林业工会委员会", "钦州市林业工会委员会")]            // a sector's committee is no enterprise's: not folded
    [InlineData("赣南林业工会委员会", "赣南林业工会委员会")]              // a sector's committee keeps the name it is given
    [InlineData("东华门街道工会委员会", "东华门街道工会委员会")]          // so does a street's
    [InlineData("东风汽车集团工会委员会", "东风汽车集团工会")]            // an enterprise's folds as before
    public void Names_are_canonical(string written, string canonical) => Assert.Equal(canonical, Organisations.Canonical(written));

    [Theory]
    [InlineData("12月1日，阿勒泰地区工会办事处负责人带队到某县慰问职工。", "阿勒泰地区工会办事处")]
    [InlineData("近日，钦州农垦工会委员会组织职工开展读书活动。", "钦州农垦工会")]
    [InlineData("近日，阿勒泰地区总工会驻京办事处接待来访职工。", "阿勒泰地区总工会")]    // a 总工会's liaison office is no new body
    [InlineData("近日，东华门街道办事处工会组织职工义诊。", "东华门街道办事处工会")]      // a street office's own union stays 工会
    [InlineData("今年，全区各级工会办事处累计接待职工三百人次。", null)]                  // offices of every level name no one
    public void Offices_and_reclamation_committees_are_found_whole(string text, string? name) =>
        Assert.Equal(name, Organisations.Names.Find(text).Select(m => m.Name).FirstOrDefault(n => OrganisationNames.BareLevel(n) is null));
}
