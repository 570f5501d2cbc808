using System.ComponentModel.DataAnnotations;

namespace SearchService.Core.Search;

/// <summary>
/// Ranking knobs and the search path's own settings, bound from configuration section <c>Search</c>. The defaults were chosen on the judged queries
/// (see <c>searchsvc eval</c>); change them there, not by feel.
/// </summary>
public sealed class SearchOptions : IValidatableObject
{
    public const string Section = "Search";

    /// <summary>
    /// Title and heading matches of phrases, synonyms and the bigram net. A single word is searched in the combined
    /// words field (text, title, heading and variants scored as one), so these three apply to words only in an index
    /// written before that field existed.
    /// </summary>
    [Range(0f, 100f, ErrorMessage = "Search:TitleBoost must be from 0 to 100.")]
    public float TitleBoost { get; set; } = 1.2f;

    [Range(0f, 100f, ErrorMessage = "Search:SectionBoost must be from 0 to 100.")]
    public float SectionBoost { get; set; } = 1.2f;

    /// <summary>A word found only in a collapsed duplicate's wording scores a little below one in the kept text.</summary>
    [Range(0f, 100f, ErrorMessage = "Search:VariantBoost must be from 0 to 100.")]
    public float VariantBoost { get; set; } = 0.8f;

    /// <summary>The verbatim (bigram) match scores below a word match: it is the net, not the catch.</summary>
    [Range(0f, 100f, ErrorMessage = "Search:BigramBoost must be from 0 to 100.")]
    public float BigramBoost { get; set; } = 0.5f;

    /// <summary>
    /// A synonym's match sums the scores of all its bigrams; this keeps it below a match of the words typed
    /// (0.15 on the judged queries: 0.3 gave 0.976 nDCG, 0.15 and 0.1 0.980).
    /// </summary>
    [Range(0f, 100f, ErrorMessage = "Search:SynonymBoost must be from 0 to 100.")]
    public float SynonymBoost { get; set; } = 0.15f;

    /// <summary>Search the CJK bigram fields as well (the recall net); off only to measure what it brings.</summary>
    public bool UseBigrams { get; set; } = true;

    [Range(0, 100, ErrorMessage = "Search:ProximitySlop must be from 0 to 100.")]
    public int ProximitySlop { get; set; } = 4;

    [Range(0f, 100f, ErrorMessage = "Search:ProximityBoost must be from 0 to 100.")]
    public float ProximityBoost { get; set; } = 0.5f;

    /// <summary>
    /// Added to a complete match that holds a run of the query exactly as typed when the run's words leave some of its
    /// characters out (function words, a lone character: 我是工人 means 工人, 组织进工会 means 组织 工会): large, so the
    /// passages holding what the person copied come first, ranked among themselves as before. 0 turns it off.
    /// </summary>
    [Range(0f, 10000f, ErrorMessage = "Search:WholeRunBoost must be from 0 to 10000.")]
    public float WholeRunBoost { get; set; } = 100f;

    /// <summary>
    /// Passages with most of the words follow the complete and title matches when those do not fill the page; off only
    /// to measure what they bring.
    /// </summary>
    public bool RelatedMatches { get; set; } = true;

    /// <summary>
    /// The score of a passage that holds a word through its own metadata (嘉兴 by its region): below most text
    /// matches of the word, so passages that also mention it come first.
    /// </summary>
    [Range(0f, 100f, ErrorMessage = "Search:NameBoost must be from 0 to 100.")]
    public float NameBoost { get; set; } = 1f;

    /// <summary>"Most of the words": this fraction of them, rounded up.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Search:MostWordsFraction must be from 0 to 1.")]
    public double MostWordsFraction { get; set; } = 0.5;

    /// <summary>Per-query time budget for collecting matches.</summary>
    [Range(1, 600_000, ErrorMessage = "Search:TimeBudgetMs must be from 1 to 600000 ms.")]
    public int TimeBudgetMs { get; set; } = 2000;

    public string? SynonymsPath { get; set; }

    /// <summary>The function and question words file; the shipped one when not set.</summary>
    public string? FunctionWordsPath { get; set; }

    /// <summary>
    /// Rounds of a few common searches run in the background once the API listens, so the JIT has optimised the
    /// search path before people use it; 0 turns the warm-up off.
    /// </summary>
    [Range(0, 10_000, ErrorMessage = "Search:WarmUpRounds must be from 0 (no warm-up) to 10000.")]
    public int WarmUpRounds { get; set; } = 20;

    /// <summary>Answers kept for searches asked again while the index is unchanged; 0 turns the cache off.</summary>
    [Range(0, 10_000_000, ErrorMessage = "Search:CacheEntries must be from 0 (cache off) to 10000000.")]
    public int CacheEntries { get; set; } = 2000;

    /// <summary>
    /// Memory the cached answers may take (estimated from their text); 0 turns the cache off. An answer over a quarter
    /// of it is not cached.
    /// </summary>
    [Range(0L, long.MaxValue, ErrorMessage = "Search:CacheBytes must be 0 (cache off) or more.")]
    public long CacheBytes { get; set; } = SearchCache.DefaultBytes;

    /// <summary>A copy to change one knob of, for comparing configurations.</summary>
    public SearchOptions Copy() => (SearchOptions)MemberwiseClone();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(SynonymsPath) && !File.Exists(SynonymsPath))
            yield return new ValidationResult($"Search:SynonymsPath '{Path.GetFullPath(SynonymsPath)}' does not exist.", [nameof(SynonymsPath)]);
        if (!string.IsNullOrWhiteSpace(FunctionWordsPath) && !File.Exists(FunctionWordsPath))
            yield return new ValidationResult($"Search:FunctionWordsPath '{Path.GetFullPath(FunctionWordsPath)}' does not exist.", [nameof(FunctionWordsPath)]);
    }
}
