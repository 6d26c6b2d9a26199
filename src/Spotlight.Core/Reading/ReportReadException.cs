namespace Spotlight.Reading;

/// <summary>The input cannot be read as a report at all (not text, empty, damaged).</summary>
/// <remarks>The message is the reason alone; the caller adds the file name.</remarks>
public sealed class ReportReadException(string reason) : Exception(reason);
