using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT002: no period in the header, or none that parses.</summary>
public sealed class NoPeriodRule : Rule
{
    public override DiagnosticDescriptor Descriptor => ParseDiagnostics.NoPeriod;
    public override string Name => "no-period";

    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Report.Period is null)
            yield return Descriptor.At(1, 1);
    }
}
