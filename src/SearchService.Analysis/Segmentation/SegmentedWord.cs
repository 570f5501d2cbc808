namespace SearchService.Analysis.Segmentation;

/// <summary>One word of a segmented sentence: its term in the segmenter's term buffer and its offsets in the sentence.</summary>
internal readonly record struct SegmentedWord(int TermStart, int TermLength, int Start, int End);
