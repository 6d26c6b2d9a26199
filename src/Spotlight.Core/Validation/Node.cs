using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>An item or a figure, with the section it stands in.</summary>
public sealed record Node(Section Section, IReportNode Of)
{
    public string Id => Of.Id;

    public string Text => Of.Text;

    public LineRange Lines => Of.Lines;

    public IReadOnlyList<SourceMention> Sources => Of.Sources;

    public int LineAt(int offset) => Of.LineAt(offset);

    public bool IsFigure => Of is Figure;
}
