using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT011: the same heading written twice.</summary>
public sealed class DuplicateHeadingRule : Rule
{
    public override RuleRun Start(ValidationContext context) => new Run(this);

    /// <summary>Each heading met, with the line it was first met on.</summary>
    private sealed class Run(DuplicateHeadingRule rule) : RuleRun
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.OrdinalIgnoreCase);

        public override IEnumerable<Diagnostic> Section(SectionRead read)
        {
            var section = read.Section;
            if (section.Heading is null)
                yield break;
            if (_seen.TryGetValue(section.Heading, out int first))
                yield return rule.Descriptor.At(section.Lines.First, 1, detail: $"'{section.Heading}', first on line {first}");
            else
                _seen[section.Heading] = section.Lines.First;
        }
    }
}
