using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>One rule's check of one report, given the report's sections one at a time and then its end.</summary>
public abstract class RuleRun
{
    /// <summary>What the rule finds in a section, whole with its items and figures; found before the next is given.</summary>
    public virtual IEnumerable<Diagnostic> Section(Section section) => [];

    /// <summary>What the rule finds once every section has been given.</summary>
    /// <param name="context">The report's end: its footnotes, furniture and the parse's findings (its sections may have been let go).</param>
    public virtual IEnumerable<Diagnostic> End(ValidationContext context) => [];
}
