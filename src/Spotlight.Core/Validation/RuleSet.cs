using Spotlight.Validation.Rules;

namespace Spotlight.Validation;

/// <summary>
/// Every rule spotlight knows, in ID order; validation runs them all unless configured off. What the parse finds
/// (SPT001–SPT006, SPT018, …) has no rule here: validate reports it from the tree's diagnostics.
/// </summary>
public static class RuleSet
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new PeriodTooLongRule(), new NoSourceRule(), new EmptySectionRule(), new UnknownHeadingRule(),
        new DuplicateHeadingRule(), new MixedBulletsRule(), new CutOffItemRule(), new PageBreakLeftRule(),
        new MalformedCitationRule(), new DateOutsidePeriodRule(), new UnknownOutletRule(),
        new ControlCharacterRule(), new DuplicateItemRule(), new FurnitureInParagraphRule(), new RepeatedCaptionRule(),
    }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
}
