namespace Spotlight.Vocabulary;

/// <summary>Labels of the summary block (Data/summary-labels.txt for the Iran series).</summary>
public sealed class SummaryLabels(IEnumerable<string> labels)
{
    private readonly HashSet<string> _labels = new(labels, StringComparer.OrdinalIgnoreCase);

    public SummaryLabels With(IEnumerable<string> labels) => new(_labels.Concat(labels));

    /// <summary>True for a known label; the caller strips footnote marks and a trailing colon.</summary>
    public bool Contains(string label) => _labels.Contains(label);
}
