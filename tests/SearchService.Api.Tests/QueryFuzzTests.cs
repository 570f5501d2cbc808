using System.Net;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Hosting;

namespace SearchService.Api.Tests;

public sealed class UnlimitedApiFactory : ApiFactoryBase
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Limits:RequestsPerWindow", "0");
}

/// <summary>Hostile and random query strings and parameters: never a 5xx, never a hang.</summary>
public class QueryFuzzTests(UnlimitedApiFactory factory) : IClassFixture<UnlimitedApiFactory>
{
    private static readonly string[] Fragments =
    [
        "劳模", "工匠", "产改", "\"", "“", "”", "(", ")", "（", "）", "-", "--", "OR", "AND", "NOT", "*", "?", "~", ":",
        "organisation:", "region:", "theme:", "foo:", "\\", "\u0000", "\ud800", "\udc00", "😀", "\u3000", " ", "&", "<script>",
        "%", "+", "||", "&&", "^2", "[", "]", "{", "}", "/", "浙江省/嘉兴市", "技能培训与提升", "COVID-19", "１２３", "Ａｂｃ",
    ];

    private static readonly string[] Parameters = ["page", "size", "groupBy", "sort", "op", "explain", "organisation", "region", "theme"];

    private static readonly string[] Values = ["0", "-1", "1", "2", "99999999999999999999", "1e9", "report", "x", "true", "and", "or", "", "浙江省", "\u0000"];

    public static Arbitrary<string> HostileQueries() =>
        Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(Fragments), n)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void Random_queries_and_parameters_never_cause_5xx()
    {
        var client = factory.CreateClient();
        var gen =
            from parts in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(Fragments), n))
            from name in Gen.Elements(Parameters)
            from value in Gen.Elements(Values)
            select (string.Concat(parts), name, value);
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (q, name, value) = input;
            var url = $"/api/search?q={Uri.EscapeDataString(Safe(q))}&{name}={Uri.EscapeDataString(Safe(value))}";
            var response = client.GetAsync(url).GetAwaiter().GetResult();
            return (int)response.StatusCode < 500 || response.StatusCode == HttpStatusCode.ServiceUnavailable;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1500));
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(1_000)]
    public async Task Huge_and_deeply_nested_queries_are_answered_quickly(int length)
    {
        var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        foreach (var q in new[] { new string('劳', length), new string('(', length / 2) + new string(')', length / 2), string.Concat(Enumerable.Repeat("劳模 OR ", length / 6)) + "工匠" })
        {
            var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for a {q.Length}-char query");
        }
    }

    /// <summary>Lone surrogates cannot be percent-encoded as UTF-8; send the replacement the browser would.</summary>
    private static string Safe(string s) => new(s.Select(c => char.IsSurrogate(c) ? '\uFFFD' : c).ToArray());
}
