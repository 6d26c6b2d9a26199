namespace Spotlight.Model;

/// <summary>
/// A report's tree given in parts, in the order a writer writes them: its input and header, its sections one at a time,
/// then the rest (footnotes, furniture, counts, findings) once every section has been taken.
/// </summary>
public interface IReportParts
{
    InputInfo Input { get; }

    /// <summary>The report's series, profile, period and authors, without its sections.</summary>
    Report Header { get; }

    /// <summary>The sections in order, each built as it is taken: taken once, to the end.</summary>
    IEnumerable<Section> Sections { get; }

    /// <summary>The tree without its sections: only once they have all been taken.</summary>
    ReportTree Rest();
}
