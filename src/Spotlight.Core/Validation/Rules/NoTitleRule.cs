using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT001: the report has no title line.</summary>
public sealed class NoTitleRule : Rule
{
    public override DiagnosticDescriptor Descriptor => ParseDiagnostics.NoTitle;
    public override string Name => "no-title";

    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Report.Series is null)
            yield return Descriptor.At(1, 1);
    }
}
