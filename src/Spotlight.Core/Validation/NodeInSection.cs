using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>An item or a figure, with the kind of section it stands in.</summary>
public sealed record NodeInSection(SectionKind SectionKind, IReportNode Node)
{
    public string Id => Node.Id;

    public string Text => Node.Text;

    public LineRange Lines => Node.Lines;

    public IReadOnlyList<SourceMention> Sources => Node.Sources;

    public bool IsFigure => Node is Figure;
}
