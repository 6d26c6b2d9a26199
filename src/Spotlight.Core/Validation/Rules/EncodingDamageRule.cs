using System.Text.RegularExpressions;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>
/// SPT018: text damaged by a wrong encoding: the replacement character U+FFFD, or UTF-8 read as
/// Windows-1252 ("â€™" for ’, "Ã©" for é).
/// </summary>
public sealed partial class EncodingDamageRule : Rule
{
    [GeneratedRegex("\uFFFD|â€[\u0080-\u00BF™œ\u009D˜¦”“•–—šžŸ]|Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]")]
    private static partial Regex Damage();

    public override DiagnosticDescriptor Descriptor => ParseDiagnostics.EncodingDamage;
    public override string Name => "encoding-damage";

    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        for (int line = 1; line <= context.Source.LineCount; line++)
        {
            string text = context.Source.Line(line).ToString();
            var match = Damage().Match(text);
            if (match.Success)
                yield return Descriptor.At(line, match.Index + 1, detail: match.Value == "\uFFFD" ? "U+FFFD" : $"'{match.Value}'");
        }
    }
}
