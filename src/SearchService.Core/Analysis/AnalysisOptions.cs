using System.ComponentModel.DataAnnotations;

namespace SearchService.Core.Analysis;

/// <summary>Bound from configuration section <c>SmartCn</c>.</summary>
public sealed class AnalysisOptions : IValidatableObject
{
    public const string Section = "SmartCn";

    /// <summary>
    /// Optional: read the dictionaries from Lucene's lucene-analyzers-smartcn-*.jar (or the jar named by <c>SMARTCN_JAR</c>)
    /// instead of the Lucene.Net.Analysis.SmartCn package.
    /// </summary>
    public string? JarPath { get; set; }

    /// <summary>Domain words the 1990s dictionary lacks; defaults to the file shipped beside this assembly. A configured file must exist.</summary>
    public string? UserDictionaryPath { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(UserDictionaryPath) && !File.Exists(UserDictionaryPath))
            yield return new ValidationResult($"SmartCn:UserDictionaryPath '{Path.GetFullPath(UserDictionaryPath)}' does not exist.", [nameof(UserDictionaryPath)]);
    }
}
