using System.ComponentModel.DataAnnotations;

namespace SearchService.Core.Indexing;

/// <summary>Bound from configuration section <c>Index</c> (environment <c>Index__Path</c>).</summary>
public sealed class IndexOptions
{
    public const string Section = "Index";

    /// <summary>The Lucene index folder; relative paths are resolved against the working directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Index:Path must name the index folder.")]
    public string Path { get; set; } = "index-data";

    /// <summary>
    /// Open the index for searching only: no writer and so no write lock, which lets the CLI's read verbs run beside
    /// the API serving the same folder. Readers follow the writer's commits.
    /// </summary>
    public bool ReadOnly { get; set; }
}
