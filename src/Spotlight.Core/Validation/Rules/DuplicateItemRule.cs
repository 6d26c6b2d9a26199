using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT023: the same item written twice (text pasted twice); a summary bullet may restate an item, so only sections are compared.</summary>
public sealed class DuplicateItemRule : Rule
{
    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in context.Report.Sections.Where(s => s.Kind != SectionKind.Summary))
        {
            foreach (var item in section.Items)
            {
                string key = string.Join(' ', item.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (seen.TryGetValue(key, out string? first))
                    yield return Descriptor.At(item.Lines.First, 1, item.Id, $"same text as {first}");
                else
                    seen[key] = item.Id;
            }
        }
    }
}
