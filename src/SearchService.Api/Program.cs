using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using SearchService.Api.Endpoints;
using SearchService.Api.Infrastructure;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Query;
using SearchService.Core.Sources;
using SearchService.Ingestion;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<IndexOptions>(builder.Configuration.GetSection(IndexOptions.Section));
builder.Services.Configure<SourcesOptions>(builder.Configuration.GetSection(SourcesOptions.Section));
builder.Services.Configure<AnalysisOptions>(builder.Configuration.GetSection(AnalysisOptions.Section));
builder.Services.Configure<SearchTuning>(builder.Configuration.GetSection(SearchTuning.Section));
builder.Services.Configure<LimitsOptions>(builder.Configuration.GetSection(LimitsOptions.Section));
builder.Services.Configure<CorsSettings>(builder.Configuration.GetSection(CorsSettings.Section));

builder.Services.AddSingleton(sp => AnalyzerSet.Create(sp.GetRequiredService<IOptions<AnalysisOptions>>().Value));
builder.Services.AddSingleton(sp => new IndexService(
    sp.GetRequiredService<IOptions<IndexOptions>>().Value,
    sp.GetRequiredService<AnalyzerSet>(),
    sp.GetRequiredService<ILogger<IndexService>>()));
builder.Services.AddSingleton(_ => new IngestionPipeline());
builder.Services.AddSingleton<SourceIndexer>();
builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<SearchTuning>>().Value);
builder.Services.AddSingleton(sp => SynonymsFile.Load(sp.GetRequiredService<SearchTuning>()));
builder.Services.AddSingleton<SearchEngine>();
builder.Services.AddSingleton<ReportCatalog>();
builder.Services.AddSingleton<PrecedentFinder>();
builder.Services.AddSingleton<Suggester>();
builder.Services.AddSingleton<TextAnalysis>();
builder.Services.AddHostedService<IndexBootstrapper>();

builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "SearchService";
    document.Info.Description = "Chinese full-text search over trade-union experience reports (工会经验交流材料): passages with organisation, region and theme facets, highlighted snippets, report views and precedents.";
    return Task.CompletedTask;
}));
builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
{
    var origins = builder.Configuration.GetSection(CorsSettings.Section).Get<CorsSettings>()?.AllowedOrigins ?? [];
    if (origins.Length > 0) policy.WithOrigins(origins).AllowAnyHeader().WithMethods("GET", "POST", "PUT", "DELETE");
}));

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
var page = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "ui"));
app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
app.UseStaticFiles(new StaticFileOptions { FileProvider = page });

app.MapOpenApi();
app.MapScalarApiReference();
app.MapSearchEndpoints();
app.MapReportEndpoints();
app.MapPassageEndpoints();
app.MapDiscoveryEndpoints();
app.MapHealthEndpoints();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
