namespace Spotlight.Model;

/// <summary>
/// A report's tree given in parts: its input and header at once; each section's items and figures as they are built,
/// then the section itself (<see cref="SectionPart"/>); then the rest (footnotes, furniture, counts, findings) once
/// every section has been taken.
/// </summary>
public interface IReportParts
{
    InputInfo Input { get; }

    /// <summary>The report's series, profile, period and authors, without its sections.</summary>
    Report Header { get; }

    /// <summary>The sections in parts, in order, each built as it is taken: taken once, to the end.</summary>
    IEnumerable<SectionPart> Parts { get; }

    /// <summary>The tree without its sections: only once they have all been taken.</summary>
    ReportTree Rest();
}
