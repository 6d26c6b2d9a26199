using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT017 (info): a source the outlet table does not know; social accounts and websites are left alone.</summary>
public sealed class UnknownOutletRule : NodeRule
{
    public override IEnumerable<Diagnostic> Check(NodeInSection node, ValidationContext context)
    {
        foreach (var source in node.Sources.Where(s => s.Outlet is null && s.Platform is null))
        {
            var (line, column) = context.Locate(node, source.Start);
            yield return Descriptor.At(line, column, node.Id, source.Name);
        }
    }
}
