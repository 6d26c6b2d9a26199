using Spotlight.Diagnostics;

namespace Spotlight.Validation;

/// <summary>
/// One rule's check of one report, given each item and figure as it is read, each section once its last line is read,
/// then the report's end; what the rule remembers in between is the run's.
/// </summary>
public abstract class RuleRun
{
    /// <summary>What the rule finds in an item or a figure, found before the next is given.</summary>
    public virtual IEnumerable<Diagnostic> Node(NodeInSection node) => [];

    /// <summary>What the rule finds in a section once its items and figures have all been given.</summary>
    public virtual IEnumerable<Diagnostic> Section(SectionRead section) => [];

    /// <summary>What the rule finds once every section has been given.</summary>
    /// <param name="context">The report's end: its footnotes, furniture and the parse's findings (its sections may have been let go).</param>
    public virtual IEnumerable<Diagnostic> End(ValidationContext context) => [];
}
