using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT012 (info): more than one kind of bullet glyph in one report; numbers count as one kind.</summary>
public sealed class MixedBulletsRule : Rule
{
    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        string? first = null;
        foreach (var item in context.Report.Sections.SelectMany(s => s.Items))
        {
            if (item.Marker is null)
                continue;
            string kind = char.IsDigit(item.Marker[0]) ? "1." : item.Marker;
            first ??= kind;
            if (kind != first)
            {
                var (line, column) = context.MarkerPosition(item);
                yield return Descriptor.At(line, column, item.Id,
                    $"'{item.Marker}' after '{first}'");
                yield break;
            }
        }
    }
}
