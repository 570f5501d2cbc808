using System.Globalization;

namespace SearchService.RealDocuments;

/// <summary>Hits out of a total, printed as "hits/total share".</summary>
public readonly record struct Ratio(int Hits, int Total)
{
    public Ratio Add(bool hit) => new(Hits + (hit ? 1 : 0), Total + 1);

    public override string ToString() =>
        Total == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{Hits}/{Total} {100.0 * Hits / Total:0.0}%");
}
