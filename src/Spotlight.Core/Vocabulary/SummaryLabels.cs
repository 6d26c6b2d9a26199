namespace Spotlight.Vocabulary;

/// <summary>Labels of the summary block (Data/summary-labels.txt).</summary>
public static class SummaryLabels
{
    private static readonly HashSet<string> Labels =
        new(EmbeddedData.Lines("summary-labels.txt"), StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a known label; the caller strips footnote marks and a trailing colon.</summary>
    public static bool Contains(string label) => Labels.Contains(label);
}
