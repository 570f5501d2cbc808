namespace SearchService.Core.Indexing;

/// <summary>Bound from configuration section <c>Index</c> (environment <c>Index__Path</c>).</summary>
public sealed class IndexOptions
{
    public const string Section = "Index";

    /// <summary>The Lucene index folder; relative paths are resolved against the working directory.</summary>
    public string Path { get; set; } = "index-data";
}
