using Spotlight.Diagnostics;
using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Validation.Rules;

/// <summary>SPT013: the last item of a section ends without closing punctuation, as if cut off.</summary>
public sealed class CutOffItemRule : SectionRule
{
    public override IEnumerable<Diagnostic> Check(SectionRead section, ValidationContext context)
    {
        if (section.LastItem is { } item && !SentenceEnd.IsComplete(item.Text))
            yield return Descriptor.At(item.Lines.Last, 1, item.Id, $"ends '…{Tail(item.Text)}'");
    }

    private static string Tail(string text) => text.Length <= 30 ? text : text[^30..];
}
