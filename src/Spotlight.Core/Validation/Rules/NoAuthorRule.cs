using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT004: no Author:, Editor: or By line.</summary>
public sealed class NoAuthorRule : Rule
{
    public override DiagnosticDescriptor Descriptor => ParseDiagnostics.NoAuthor;
    public override string Name => "no-author";

    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Report.Authors.IsEmpty)
            yield return Descriptor.At(context.Report.Period?.Line ?? 1, 1);
    }
}
