using Spotlight.Diagnostics;
using System.Globalization;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT019: control characters other than tab in the text (form feeds, NULs, C1 codes left by converters).</summary>
public sealed class ControlCharacterRule : ReportRule
{
    public override IEnumerable<Diagnostic> CheckReport(ValidationContext context)
    {
        for (int line = 1; line <= context.Source.LineCount; line++)
        {
            int at = FirstControl(context.Source.Line(line));
            if (at >= 0)
                yield return Descriptor.At(line, at + 1, detail: "U+" + ((int)context.Source.Line(line)[at]).ToString("X4", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Index of the line's first control character other than tab, or -1.</summary>
    // Outside the iterator: a span may not live across a yield.
    private static int FirstControl(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) && text[i] != '\t')
                return i;
        }
        return -1;
    }
}
