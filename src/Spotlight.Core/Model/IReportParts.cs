namespace Spotlight.Model;

/// <summary>
/// A report's tree given in parts, in the order a writer writes them: its input and header, each section's items and figures as they are built and then the section itself, then the rest (footnotes, furniture, counts, findings) once every section has been taken.
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
