namespace Spotlight.Writing;

/// <summary>The flat tables a CSV run can write, one at a time (see the contract).</summary>
public enum CsvTable
{
    /// <summary>One row per item and figure.</summary>
    Items,
    /// <summary>One row per source mention.</summary>
    Sources,
    /// <summary>One row per date mention.</summary>
    Dates,
    /// <summary>One row per section.</summary>
    Sections,
    /// <summary>One row per footnote.</summary>
    Footnotes,
    /// <summary>One row per line of page or site furniture set aside.</summary>
    Furniture,
}
