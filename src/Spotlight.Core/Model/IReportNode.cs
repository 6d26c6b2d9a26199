using System.Collections.Immutable;
using Spotlight.Text;

namespace Spotlight.Model;

/// <summary>An item or a figure, as flat tables, counts and rules see them alike.</summary>
public interface IReportNode
{
    string Id { get; }

    /// <summary>The item's text, or the figure's caption.</summary>
    string Text { get; }

    LineRange Lines { get; }

    ImmutableArray<DateMention> Dates { get; }

    ImmutableArray<SourceMention> Sources { get; }

    /// <summary>The input line that holds an offset of <see cref="Text"/>.</summary>
    int LineAt(int offset);

    /// <summary>The input line and column of an offset of <see cref="Text"/>; <c>default</c> for a node read back from a tree.</summary>
    LinePosition PositionAt(int offset);
}
