using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Scalar.AspNetCore;
using SearchService.Api.Endpoints;
using SearchService.Api.Infrastructure;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Core.Sources;
using SearchService.Analysis;
using SearchService.Ingestion;

var builder = WebApplication.CreateBuilder(args);
// The working directory may not hold appsettings.json (see RunWorkingDirectory); keep request logs quiet by default.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

builder.Services.Configure<IndexOptions>(builder.Configuration.GetSection(IndexOptions.Section));
builder.Services.Configure<SourcesOptions>(builder.Configuration.GetSection(SourcesOptions.Section));
builder.Services.Configure<AnalysisOptions>(builder.Configuration.GetSection(AnalysisOptions.Section));
builder.Services.Configure<SearchTuning>(builder.Configuration.GetSection(SearchTuning.Section));
builder.Services.Configure<LimitsOptions>(builder.Configuration.GetSection(LimitsOptions.Section));
builder.Services.Configure<CorsSettings>(builder.Configuration.GetSection(CorsSettings.Section));
builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
builder.Services.Configure<IngestionOptions>(builder.Configuration.GetSection(IngestionOptions.Section));

var limits = builder.Configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
{
    // A report is one file and a few fields: more parts than this are not a report (413), a text field may fill the body.
    form.MultipartBodyLengthLimit = limits.MaxBodyBytes;
    form.ValueCountLimit = 64;
    form.ValueLengthLimit = (int)Math.Min(int.MaxValue, limits.MaxBodyBytes);
});
builder.Services.AddSearchRateLimits(limits);
// Searches run synchronously on pool threads: with only one thread per core to start from, a health check that
// arrives while they run waits for the pool to grow (~0.5 s per thread). Threads for the running searches and as
// many again for everything else are there from the start.
ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
ThreadPool.SetMinThreads(Math.Max(minWorkers, 2 * limits.ConcurrentSearches + Environment.ProcessorCount), minIo);

builder.Services.AddSingleton(sp => AnalyzerSet.Create(sp.GetRequiredService<IOptions<AnalysisOptions>>().Value));
builder.Services.AddSingleton(sp => new IndexService(
    sp.GetRequiredService<IOptions<IndexOptions>>().Value,
    sp.GetRequiredService<AnalyzerSet>(),
    sp.GetRequiredService<ILogger<IndexService>>()));
builder.Services.AddSingleton(sp => new IngestionPipeline(sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
builder.Services.AddSingleton<SourceIndexer>();
builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<SearchTuning>>().Value);
builder.Services.AddSingleton(sp => Synonyms.FromConfiguredFile(sp.GetRequiredService<SearchTuning>().SynonymsPath));
builder.Services.AddSingleton<SearchEngine>();
builder.Services.AddSingleton<ReportCatalog>();
builder.Services.AddSingleton<PrecedentFinder>();
builder.Services.AddSingleton<Suggester>();
builder.Services.AddSingleton<TextAnalysis>();
builder.Services.AddSingleton<Reindexer>();
builder.Services.AddSingleton<SearchMetrics>();
builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
    .AddAspNetCoreInstrumentation()
    .AddMeter(SearchMetrics.MeterName)
    .AddPrometheusExporter());
builder.Services.AddHostedService<IndexBootstrapper>();

builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
    json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
});
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "SearchService";
        document.Info.Description = "Chinese full-text search over trade-union experience reports (工会经验交流材料): passages with organisation, region and theme facets, highlighted snippets, report views and precedents. Errors are RFC 7807 problem+json.";
        return Task.CompletedTask;
    });
    OpenApiExamples.Apply(options);
});
builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
{
    var origins = builder.Configuration.GetSection(CorsSettings.Section).Get<CorsSettings>()?.AllowedOrigins ?? [];
    if (origins.Length > 0) policy.WithOrigins(origins).AllowAnyHeader().WithMethods("GET", "POST", "PUT", "DELETE");
}));

var app = builder.Build();

try
{
    // Open the analyzer and the index before listening, so a missing jar or a locked/corrupt index is one clear message.
    app.Services.GetRequiredService<IndexService>();
}
catch (Exception ex) when (ex is IndexUnavailableException or SmartCnDictionaryNotFoundException)
{
    app.Logger.LogCritical("{Message}", ex.Message);
    Console.Error.WriteLine(ex.Message);
    return 1;
}

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseRateLimiter();
var page = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "ui"));
app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
app.UseStaticFiles(new StaticFileOptions { FileProvider = page });

app.MapPrometheusScrapingEndpoint("/metrics");
app.MapOpenApi();
app.MapScalarApiReference(scalar => scalar.DisableDefaultFonts()); // its default fonts come from a CDN the CSP (and an offline network) refuses
app.MapSearchEndpoints();
app.MapReportEndpoints();
app.MapReportWriteEndpoints();
app.MapAdminEndpoints();
app.MapPassageEndpoints();
app.MapDiscoveryEndpoints();
app.MapHealthEndpoints();

app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
