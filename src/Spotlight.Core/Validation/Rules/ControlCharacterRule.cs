using Spotlight.Diagnostics;
using System.Globalization;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT019: control characters other than tab in the text (form feeds, NULs, C1 codes left by converters).</summary>
public sealed class ControlCharacterRule : Rule
{
    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        for (int line = 1; line <= context.Source.LineCount; line++)
        {
            var text = context.Source.Line(line);
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsControl(text[i]) && text[i] != '\t')
                {
                    yield return Descriptor.At(line, i + 1, detail: "U+" + ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                }
            }
        }
    }
}
