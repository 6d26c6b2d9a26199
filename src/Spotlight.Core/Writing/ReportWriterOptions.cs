namespace Spotlight.Writing;

/// <summary>The choices a report writer may take; each writer reads the ones that apply to it and no other.</summary>
/// <param name="Table">CSV: the table to write.</param>
/// <param name="ByteOrderMark">CSV: start with a UTF-8 byte order mark, for Excel.</param>
/// <param name="Sanitize">CSV: defuse fields a spreadsheet would run as formulas.</param>
/// <param name="Compact">JSON: one line per tree instead of indented.</param>
public sealed record ReportWriterOptions(CsvTable Table = CsvTable.Items, bool ByteOrderMark = false, bool Sanitize = true, bool Compact = false);
