using Spotlight.Validation.Rules;

namespace Spotlight.Validation;

/// <summary>Every rule spotlight knows, in ID order; validation runs them all unless configured off.</summary>
public static class RuleSet
{
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new NoTitleRule(), new NoPeriodRule(), new PeriodReversedRule(), new NoAuthorRule(), new NoSummaryRule(),
        new NoSectionsRule(), new PeriodTooLongRule(), new NoSourceRule(), new EmptySectionRule(), new UnknownHeadingRule(),
        new DuplicateHeadingRule(), new MixedBulletsRule(), new CutOffItemRule(), new PageBreakLeftRule(),
        new MalformedCitationRule(), new DateOutsidePeriodRule(), new UnknownOutletRule(), new EncodingDamageRule(),
        new ControlCharacterRule(), new DuplicateItemRule(), new FurnitureInParagraphRule(), new RepeatedCaptionRule(),
    }.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, Rule> ById = All.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);

    public static bool TryGet(string id, out Rule rule) => ById.TryGetValue(id, out rule!);
}
