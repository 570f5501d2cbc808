namespace SearchService.Api.Infrastructure;

/// <summary>Bound from configuration section <c>Auth</c> (environment <c>Auth__ApiKeys__0=…</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Keys allowed to write. None configured: writes are disabled.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>When true, reads need a key too.</summary>
    public bool RequireKeyForReads { get; set; }
}
