using System.Diagnostics;
using System.Text.Json;

namespace SearchService.Api.Tests;

public class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Methods = ["get", "post", "put", "delete"];

    private async Task<(string Json, JsonElement Root)> Document()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        return (json, JsonDocument.Parse(json).RootElement);
    }

    [Fact]
    public async Task Every_operation_has_a_summary_a_description_and_examples_for_its_parameters()
    {
        var (_, root) = await Document();
        var operations = 0;
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            {
                operations++;
                var where = $"{method.Name.ToUpperInvariant()} {path.Name}";
                Assert.False(string.IsNullOrWhiteSpace(method.Value.TryGetProperty("summary", out var s) ? s.GetString() : null), $"{where} has no summary");
                Assert.False(string.IsNullOrWhiteSpace(method.Value.TryGetProperty("description", out var d) ? d.GetString() : null), $"{where} has no description");
                if (!method.Value.TryGetProperty("parameters", out var parameters)) continue;
                foreach (var parameter in parameters.EnumerateArray())
                    Assert.True(parameter.TryGetProperty("example", out _), $"{where} parameter {parameter.GetProperty("name")} has no example");
            }
        }
        Assert.True(operations >= 15, $"only {operations} operations documented");
    }

    [Fact]
    public async Task Parameters_are_typed_with_enums_and_every_one_is_described()
    {
        var (_, root) = await Document();
        JsonElement Parameter(string path, string name) => root.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);
        string[] Enum(JsonElement parameter) => parameter.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();

        foreach (var name in new[] { "page", "size", "facetSize" })
            Assert.Equal("integer", Parameter("/api/search", name).GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(100, Parameter("/api/search", "size").GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.Equal("boolean", Parameter("/api/search", "explain").GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(["relevance", "report", "organisation", "date"], Enum(Parameter("/api/search", "sort")));
        foreach (var path in new[] { "/api/search", "/api/search/export" })
        {
            foreach (var name in new[] { "yearFrom", "yearTo" })
            {
                var schema = Parameter(path, name).GetProperty("schema");
                Assert.Equal("integer", schema.GetProperty("type").GetString());
                Assert.Equal((1900, 2100), (schema.GetProperty("minimum").GetInt32(), schema.GetProperty("maximum").GetInt32()));
            }
            Assert.Equal("array", Parameter(path, "year").GetProperty("schema").GetProperty("type").GetString());
        }
        Assert.Equal(["auto", "and", "or"], Enum(Parameter("/api/search", "op")));
        Assert.Equal(["report"], Enum(Parameter("/api/search", "groupBy")));
        Assert.Equal(["csv", "json"], Enum(Parameter("/api/search/export", "format")));
        Assert.Equal(["text", "bigram"], Enum(Parameter("/api/analyze", "field")));
        Assert.Equal("integer", Parameter("/api/reports", "size").GetProperty("schema").GetProperty("type").GetString());

        foreach (var path in root.GetProperty("paths").EnumerateObject())
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
                foreach (var parameter in method.Value.TryGetProperty("parameters", out var list) ? list.EnumerateArray() : [])
                    Assert.False(string.IsNullOrWhiteSpace(parameter.TryGetProperty("description", out var d) ? d.GetString() : null),
                        $"{method.Name.ToUpperInvariant()} {path.Name} parameter {parameter.GetProperty("name")} has no description");
    }

    [Fact]
    public async Task Response_enums_are_strings()
    {
        var (_, root) = await Document();
        var schemas = root.GetProperty("components").GetProperty("schemas");
        Assert.Equal(["all", "most", "any"], schemas.GetProperty("MatchMode").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["idle", "running", "succeeded", "failed"], schemas.GetProperty("ReindexState").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("integer", schemas.GetProperty("SearchResponse").GetProperty("properties").GetProperty("total").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Every_object_schema_has_an_example()
    {
        var (_, root) = await Document();
        foreach (var schema in root.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            var isObject = schema.Value.TryGetProperty("properties", out _);
            if (isObject) Assert.True(schema.Value.TryGetProperty("example", out _), $"schema {schema.Name} has no example");
        }
    }

    [Fact]
    public async Task Document_is_valid_openapi()
    {
        var (json, _) = await Document();
        var tool = Path.Combine(ApiFactory.RepositoryRoot, "tests", "SearchService.Api.Tests", "OpenApi");
        Assert.True(Directory.Exists(Path.Combine(tool, "node_modules")),
            $"The OpenAPI validator is not installed: run `npm ci --prefix {tool}` (./build.sh test does it).");
        var file = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():n}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            var start = new ProcessStartInfo("node", [Path.Combine(tool, "validate.mjs"), file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = tool,
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"OpenAPI validation failed:\n{errors}\n{output}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
