using System.ComponentModel.DataAnnotations;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using SearchService.Api.Infrastructure;

namespace SearchService.Api.Tests;

/// <summary>The seed served behind a reverse proxy that publishes it at another address.</summary>
public sealed class ProxiedApiFactory : ApiFactoryBase
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Permalinks:BaseUrl", "https://search.example.org/union/");
}

/// <summary>Citations copied behind a proxy point at the address people use, not the one the service sees.</summary>
public class PublicAddressTests(ProxiedApiFactory factory) : IClassFixture<ProxiedApiFactory>
{
    [Fact]
    public async Task Permalinks_use_the_configured_public_address()
    {
        var client = factory.CreateClient();
        var hit = (await client.GetFromJsonAsync<JsonElement>("/api/search?q=劳模&size=1")).GetProperty("hits")[0];
        var id = hit.GetProperty("id").GetString();
        Assert.EndsWith($". https://search.example.org/union/passages/{id}", hit.GetProperty("citation").GetString());
        Assert.Equal($"https://search.example.org/union/passages/{id}", hit.GetProperty("citationParts").GetProperty("permalink").GetString());
        var passage = await client.GetFromJsonAsync<JsonElement>($"/api/passages/{id}");
        Assert.EndsWith($"https://search.example.org/union/passages/{id}", passage.GetProperty("citation").GetString());
        var reportId = (await client.GetFromJsonAsync<JsonElement>("/api/reports"))[0].GetProperty("id").GetString();
        var report = await client.GetFromJsonAsync<JsonElement>($"/api/reports/{reportId}");
        Assert.EndsWith($"https://search.example.org/union/reports/{reportId}", report.GetProperty("citation").GetString());
    }

    [Theory]
    [InlineData("search.example.org")]
    [InlineData("ftp://search.example.org")]
    [InlineData("https://search.example.org/?a=1")]
    [InlineData("/union")]
    public void An_address_that_is_not_an_absolute_http_url_is_refused(string value)
    {
        var options = new PermalinkOptions { BaseUrl = value };
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://search.example.org")]
    [InlineData("http://10.0.0.5:8080/union/")]
    public void Empty_or_an_absolute_http_address_is_accepted(string value)
    {
        var options = new PermalinkOptions { BaseUrl = value };
        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }
}
