using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>An item or a figure, with the section it stands in.</summary>
public sealed record NodeInSection(Section Section, IReportNode Node)
{
    public string Id => Node.Id;

    public string Text => Node.Text;

    public LineRange Lines => Node.Lines;

    public IReadOnlyList<SourceMention> Sources => Node.Sources;

    public bool IsFigure => Node is Figure;
}
