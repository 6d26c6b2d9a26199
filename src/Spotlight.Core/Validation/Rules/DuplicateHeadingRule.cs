using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT011: the same heading written twice.</summary>
public sealed class DuplicateHeadingRule : Rule
{
    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in context.Report.Sections)
        {
            if (section.Heading is null)
                continue;
            if (seen.TryGetValue(section.Heading, out int first))
                yield return Descriptor.At(section.Lines.First, 1, detail: $"'{section.Heading}', first on line {first}");
            else
                seen[section.Heading] = section.Lines.First;
        }
    }
}
