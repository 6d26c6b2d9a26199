using Spotlight.Model;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight;

/// <summary>A report's tree with the normalised text it was built from.</summary>
/// <param name="Source">The normalised text whose lines the tree's spans refer to.</param>
/// <param name="Profile">The series profile the report was read with, for rules that look at its vocabulary.</param>
public sealed record TreeWithSource(ReportTree Tree, SourceText Source, SeriesProfile Profile);
