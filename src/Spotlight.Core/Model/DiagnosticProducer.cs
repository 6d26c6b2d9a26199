namespace Spotlight.Model;

/// <summary>Which pass finds a kind of finding; each kind has exactly one.</summary>
public enum DiagnosticProducer
{
    /// <summary>Found while the tree is built (reading, structure, extraction): in every tree's diagnostics, and
    /// reported by validate from there.</summary>
    Parse,

    /// <summary>Found by a rule of validate, over the finished tree and its text.</summary>
    Rule,
}
