using Spotlight.Text;

namespace Spotlight.Reading;

/// <summary>The text of a report's bytes, or the refusal every reader gives for binary data.</summary>
internal static class ReportText
{
    /// <exception cref="ReportReadException">The bytes are binary, not text (the decoder's reason, unchanged).</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool declaredSingleByte = false)
    {
        try
        {
            return TextDecoder.Decode(bytes, declaredSingleByte);
        }
        catch (NotTextException e)
        {
            throw new ReportReadException(e.Message);
        }
    }
}
