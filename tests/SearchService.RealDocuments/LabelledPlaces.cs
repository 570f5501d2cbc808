using SearchService.Ingestion;
using SearchService.Ingestion.Metadata;

namespace SearchService.RealDocuments;

/// <summary>
/// Today's name of a labelled county. Labels keep a county as the text writes it (新建县, 湟中县: counties since made
/// districts), while ingestion places a text in today's division (新建区, 湟中区); the gazetteer the service ships
/// says which division a former name is, inside the labelled province and city.
/// </summary>
internal static class LabelledPlaces
{
    private static readonly Lazy<Gazetteer> gazetteer = new(() => Gazetteer.Load(IngestionOptions.DataFile(null, "gazetteer.tsv")));

    /// <summary>The county's name today when the label writes a former one that the gazetteer knows; else the label as written.</summary>
    public static string TodaysCounty(LabelledReport label)
    {
        if (label.County.Length == 0 || label.Province.Length == 0) return label.County;
        var parent = label.City.Length == 0 || label.City == label.Province ? label.Province : label.Province + "/" + label.City;
        if (gazetteer.Value.IsPath(parent + "/" + label.County)) return label.County;
        return gazetteer.Value.Resolve(label.County, [parent]) is { } path && Gazetteer.Within(path, parent) && path.Length > parent.Length
            ? path[(path.LastIndexOf('/') + 1)..]
            : label.County;
    }
}
