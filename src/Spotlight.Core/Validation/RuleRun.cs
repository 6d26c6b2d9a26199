using Spotlight.Diagnostics;
using Spotlight.Model;

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

    /// <summary>
    /// The check each part asks of a run, in order: each item and figure given to <see cref="Node"/> with its section's
    /// kind, each section's end to <see cref="Section"/> with its count of items and its last.
    /// </summary>
    internal static IEnumerable<Func<RuleRun, IEnumerable<Diagnostic>>> Checks(IEnumerable<SectionPart> parts)
    {
        int items = 0;
        Item? last = null;
        foreach (var part in parts)
        {
            switch (part)
            {
                case SectionPart.OfItem { Item: var item, In: var kind }:
                    (items, last) = (items + 1, item);
                    yield return run => run.Node(new NodeInSection(kind, item));
                    break;
                case SectionPart.OfFigure { Figure: var figure, In: var kind }:
                    yield return run => run.Node(new NodeInSection(kind, figure));
                    break;
                case SectionPart.End { Section: var section }:
                    var read = new SectionRead(section, items, last);
                    (items, last) = (0, null);
                    yield return run => run.Section(read);
                    break;
            }
        }
    }

    /// <summary>What the rule finds once every section has been given.</summary>
    /// <param name="context">The report's end: its footnotes, furniture and the parse's findings (its sections may have been let go).</param>
    public virtual IEnumerable<Diagnostic> End(ValidationContext context) => [];
}
