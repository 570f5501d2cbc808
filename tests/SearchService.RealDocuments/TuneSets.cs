namespace SearchService.RealDocuments;

/// <summary>
/// The sets tune was gathered in, each from other sites and years, oldest first. A choice learnt from labels is scored
/// on a set it was not fitted on (leave-one-set-out), since an unseen set is what a new user's documents are; random
/// folds mix one set's documents, which share sites and page shapes, into training and test.
/// </summary>
internal static class TuneSets
{
    public static readonly (int From, int To)[] Ranges =
    [
        (1, 91), (92, 138), (139, 187), (188, 233), (234, 283), (284, 333), (334, 383),
        (384, 433), (434, 483), (484, 533), (534, 583), (584, 633), (634, 683), (684, 733),
        (734, 783), (784, 833), (834, 874), (875, 924), (925, 974), (975, 1024),
        (1025, 1074), (1075, 1124), (1125, 1174), (1175, 1224), (1225, 1274),
        (1275, 1324), (1325, 1374), (1375, 1424), (1425, 1474), (1475, 1524),
    ];

    /// <summary>The index of the set <paramref name="doc"/> belongs to, or -1 when it is in none.</summary>
    public static int Of(int doc) => Array.FindIndex(Ranges, r => doc >= r.From && doc <= r.To);

    public static string Name(int set) => $"{Ranges[set].From:000}–{Ranges[set].To:000}";
}
