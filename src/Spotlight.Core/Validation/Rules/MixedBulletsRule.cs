using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT012 (info): more than one kind of bullet glyph in one report; numbers count as one kind.</summary>
public sealed class MixedBulletsRule : Rule
{
    public override RuleRun Start(ValidationContext context) => new Run(this, context);

    /// <summary>The first kind of glyph met; once another is met, the report has been told of and nothing more is looked at.</summary>
    private sealed class Run(MixedBulletsRule rule, ValidationContext context) : RuleRun
    {
        private string? _first;
        private bool _told;

        public override IEnumerable<Diagnostic> Node(NodeInSection node)
        {
            if (_told || node.Node is not Item { Marker: { } marker } item)
                yield break;
            string kind = char.IsDigit(marker[0]) ? "1." : marker;
            _first ??= kind;
            if (kind != _first)
            {
                _told = true;
                var (line, column) = context.MarkerPosition(item);
                yield return rule.Descriptor.At(line, column, item.Id, $"'{marker}' after '{_first}'");
            }
        }
    }
}
