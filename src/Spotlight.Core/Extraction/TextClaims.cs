using System.Collections;
using Spotlight.Text;

namespace Spotlight.Extraction;

/// <summary>Which characters of a text a mention already stands on, so that no two mentions overlap.</summary>
internal sealed class TextClaims(int length)
{
    private readonly BitArray _claimed = new(length);

    /// <summary>Claims the span if none of it is claimed yet.</summary>
    public bool TryClaim(TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
        {
            if (_claimed[i])
                return false;
        }
        for (int i = span.Start; i < span.End; i++)
            _claimed[i] = true;
        return true;
    }
}
