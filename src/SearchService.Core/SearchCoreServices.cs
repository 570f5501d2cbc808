using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Search;
using SearchService.Core.Search.Facets;
using SearchService.Core.Search.Hits;
using SearchService.Core.Search.Matching;
using SearchService.Core.Search.Query;
using SearchService.Core.Sources;
using SearchService.Ingestion;

namespace SearchService.Core;

/// <summary>The one composition root of the service's core, used by the API and the CLI alike.</summary>
public static class SearchCoreServices
{
    /// <summary>
    /// Binds and validates the options (a bad value stops start-up with a message naming its key) and registers
    /// ingestion, analysis, the index and the search services as singletons. The configuration keys are those the
    /// README documents: <c>Index:*</c>, <c>Sources:*</c>, <c>SmartCn:*</c>, <c>Search:*</c>, <c>Limits:*</c>,
    /// <c>Ingestion:*</c>, <c>Documents:*</c>.
    /// </summary>
    public static IServiceCollection AddSearchCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<IndexOptions>(configuration, IndexOptions.Section);
        services.AddValidatedOptions<SourcesOptions>(configuration, SourcesOptions.Section);
        services.AddValidatedOptions<AnalysisOptions>(configuration, AnalysisOptions.Section);
        services.AddValidatedOptions<SearchOptions>(configuration, SearchOptions.Section);
        services.AddValidatedOptions<LimitsOptions>(configuration, LimitsOptions.Section);
        services.AddValidatedOptions<IngestionOptions>(configuration, IngestionOptions.Section);
        services.AddSingleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>();

        services.AddSingleton(sp => new IngestionPipeline(sp.GetRequiredService<IngestionOptions>()));
        services.AddSingleton(sp => AnalyzerSet.Create(sp.GetRequiredService<AnalysisOptions>()));
        services.AddValidatedOptions<DocumentsOptions>(configuration, DocumentsOptions.Section);
        services.AddSingleton<IndexService>();
        services.AddSingleton<DocumentStore>();
        services.AddSingleton<WriteGate>();
        services.AddSingleton<DocumentIngestion>();
        services.AddSingleton<DecisionRules>();
        services.AddSingleton<SourceIndexer>();
        services.AddSingleton<StoreReplay>();
        services.AddSingleton<IndexOnlyReports>();
        services.AddSingleton<ReportWriter>();

        services.AddSingleton(sp => Synonyms.FromConfiguredFile(sp.GetRequiredService<SearchOptions>().SynonymsPath));
        services.AddSingleton(sp => FunctionWords.FromConfiguredFile(sp.GetRequiredService<SearchOptions>().FunctionWordsPath));
        services.AddSingleton<IFacetNames>(sp => new KnownFacetNames(sp.GetRequiredService<IngestionPipeline>().Names));
        services.AddSingleton<QueryPlanner>();
        services.AddSingleton<Corrector>();
        services.AddSingleton<MatchTiers>();
        services.AddSingleton<HitRenderer>();
        services.AddSingleton(_ => new FacetOrdinalCache(IndexSchema.FacetDimensions));
        services.AddSingleton(sp => new SearchCache(sp.GetRequiredService<SearchOptions>().CacheEntries, sp.GetRequiredService<SearchOptions>().CacheBytes));
        services.AddSingleton<SearchEngine>();
        services.AddSingleton<SearchWarmer>();
        services.AddSingleton<ReportCatalog>();
        services.AddSingleton<PrecedentFinder>();
        services.AddSingleton<Suggester>();
        services.AddSingleton<TextAnalysis>();
        return services;
    }

    /// <summary>
    /// Binds a section, validates its data annotations when first used and at start, and makes the validated value
    /// itself injectable, so the core's classes take plain options objects.
    /// </summary>
    public static IServiceCollection AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section) where T : class
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services;
    }
}
