using System.Globalization;

namespace SearchService.RealDocuments;

/// <summary>One fit of <see cref="ThemeLogistic"/>: with or without the report's words, and the L2 strengths.</summary>
internal sealed record ThemeModelConfig(bool Words, double DenseL2, double WordL2)
{
    public override string ToString() => Words
        ? $"words, L2 {WordL2.ToString(CultureInfo.InvariantCulture)}"
        : $"L2 {DenseL2.ToString(CultureInfo.InvariantCulture)}";
}
