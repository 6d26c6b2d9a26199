using Spotlight.Model;

namespace Spotlight.Tests.Properties;

/// <summary>
/// What holds for every tree, whatever the input: spans inside the text they point into, stats equal to
/// the counts, ids unique. Shared by the property tests and the fuzzing harness, so it throws rather
/// than asserting.
/// </summary>
public static class TreeInvariants
{
    /// <exception cref="TreeInvariantException">The first invariant the tree breaks.</exception>
    public static void Check(ReportTree document)
    {
        int lines = document.Input.Lines;
        var report = document.Report;

        Require(document.Stats == ReportStats.Of(report), $"stats {document.Stats} differ from the tree's counts {ReportStats.Of(report)}");
        // A period that ends before it starts is kept as written: validation reports it (SPT003).
        if (report.Period is { } period)
            Require(InLines(period.Line, lines), $"period line {period.Line} outside 1..{lines}");
        foreach (var author in report.Authors)
            Require(InLines(author.Line, lines), $"author line {author.Line} outside 1..{lines}");

        // Sections and nodes are keyed apart (section_id and id in the tables), so each kind is unique on its own.
        var sectionIds = new HashSet<string>(StringComparer.Ordinal);
        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in report.Sections)
        {
            Require(sectionIds.Add(section.Id), $"section id '{section.Id}' repeated");
            Require(InRange(section.Lines, lines), $"section {section.Id} lines {section.Lines} outside 1..{lines}");
            foreach (var node in section.Nodes)
            {
                Require(nodeIds.Add(node.Id), $"id '{node.Id}' repeated");
                Require(InRange(node.Lines, lines), $"{node.Id} lines {node.Lines} outside 1..{lines}");
                Require(node.Lines.First >= section.Lines.First && node.Lines.Last <= section.Lines.Last,
                    $"{node.Id} lines {node.Lines} outside its section's {section.Lines}");
                foreach (var date in node.Dates)
                    RequireSpan(node, date.Start, date.Length, date.Text, "date");
                foreach (var source in node.Sources)
                    RequireSpan(node, source.Start, source.Length, source.Text, "source");
            }
        }
        foreach (var diagnostic in document.Diagnostics)
            Require(diagnostic.Line is null || InLines(diagnostic.Line.Value, lines),
                $"{diagnostic.Code} line {diagnostic.Line} outside 1..{lines}");
    }

    private static void RequireSpan(IReportNode node, int start, int length, string text, string what)
    {
        Require(start >= 0 && length >= 0 && start + length <= node.Text.Length,
            $"{node.Id}: {what} span {start}+{length} outside a text of {node.Text.Length}");
        Require(node.Text.AsSpan(start, length).SequenceEqual(text),
            $"{node.Id}: {what} span {start}+{length} does not hold its text '{text}'");
    }

    private static bool InLines(int line, int lines) => line >= 1 && line <= lines;

    private static bool InRange(LineRange range, int lines) =>
        InLines(range.First, lines) && InLines(range.Last, lines) && range.First <= range.Last;

    private static void Require(bool holds, string message)
    {
        if (!holds)
            throw new TreeInvariantException(message);
    }
}

public sealed class TreeInvariantException(string message) : Exception(message);
