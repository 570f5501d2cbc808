namespace SearchService.Api.Infrastructure;

/// <summary>Bound from configuration section <c>Cors</c>: origins of other systems' web pages that may call the API.</summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";

    public string[] AllowedOrigins { get; set; } = [];
}
