using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Scalar.AspNetCore;
using SearchService.Analysis;
using SearchService.Api.Endpoints;
using SearchService.Api.Infrastructure;
using SearchService.Core;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;

var builder = WebApplication.CreateBuilder(args);
// The working directory may not hold appsettings.json (see RunWorkingDirectory); keep request logs quiet by default.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

builder.Services.AddSearchCore(builder.Configuration);
builder.Services.AddValidatedOptions<CorsOptions>(builder.Configuration, CorsOptions.Section);
builder.Services.AddValidatedOptions<AuthOptions>(builder.Configuration, AuthOptions.Section);
builder.Services.AddValidatedOptions<PermalinkOptions>(builder.Configuration, PermalinkOptions.Section);

// Read before the container exists: Kestrel and the rate limiter are configured while the host is built. The same
// values are validated at start with the rest.
var limits = builder.Configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes;
    kestrel.Limits.MaxRequestLineSize = limits.MaxUrlBytes;
    // Kestrel's own refusals (URL too long, raw non-ASCII URL) get problem+json bodies like every other error.
    kestrel.ConfigureEndpointDefaults(listen => listen.UseProblemBodies());
});
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

builder.Services.AddSingleton<Reindexer>();
builder.Services.AddSingleton<IdempotentRequests>();
builder.Services.AddSingleton<SearchMetrics>();
builder.Services.AddSingleton<FacetValueFragments>();
builder.Services.AddSingleton<SearchResponseWriter>();
builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
    .AddAspNetCoreInstrumentation()
    .AddMeter(SearchMetrics.MeterName)
    .AddPrometheusExporter());
builder.Services.AddHostedService<IndexBootstrapper>();

builder.Services.ConfigureHttpJsonOptions(json => ApiJsonContext.Configure(json.SerializerOptions));
builder.Services.AddApiProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
// Parameter records are validated before a handler runs (400 problem with code invalid_parameter); values that cannot
// be bound at all (size=abc) are thrown to the exception handler, which names the parameter.
builder.Services.AddValidation();
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "SearchService";
        document.Info.Description = "Chinese full-text search over trade-union experience reports (工会经验交流材料): passages with organisation, region and theme facets, highlighted snippets, report views and precedents. Errors are RFC 7807 problem+json.";
        return Task.CompletedTask;
    });
    OpenApiParameters.Apply(options);
    OpenApiExamples.Apply(options);
});
builder.Services.AddCors(options => options.AddDefaultPolicy(policy =>
{
    var origins = builder.Configuration.GetSection(CorsOptions.Section).Get<CorsOptions>()?.AllowedOrigins ?? [];
    if (origins.Length > 0) policy.WithOrigins(origins).AllowAnyHeader().WithMethods("GET", "POST", "PUT", "DELETE");
}));

var app = builder.Build();

try
{
    // Check the settings, open the analyzer and the index before listening, so a bad value, unreadable dictionaries, a missing user dictionary or a
    // locked/corrupt index or an unreadable document store is one clear message rather than a stack trace.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    app.Services.GetRequiredService<IndexService>();
    app.Services.GetRequiredService<DocumentStore>();
}
catch (Exception ex) when (ex is IndexUnavailableException or DocumentStoreUnavailableException or SmartCnDictionaryNotFoundException or OptionsValidationException or FileNotFoundException)
{
    app.Logger.LogCritical("{Message}", ex.Message);
    Console.Error.WriteLine(ex.Message);
    return 1;
}

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.RefuseBadQueryEncoding();
app.DropEmptyQueryValues();
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
app.MapPageEndpoints();

app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
