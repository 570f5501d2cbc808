using System.ComponentModel.DataAnnotations;

namespace SearchService.Core.Sources;

/// <summary>Bound from configuration section <c>Sources</c> (environment <c>Sources__Path</c>).</summary>
public sealed class SourcesOptions
{
    public const string Section = "Sources";

    /// <summary>Documents indexed on first start and by <c>searchsvc index</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Sources:Path must name the sources folder.")]
    public string Path { get; set; } = "seeds";
}
