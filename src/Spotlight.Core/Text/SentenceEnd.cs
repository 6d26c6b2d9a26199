namespace Spotlight.Text;

/// <summary>Whether a paragraph ends a sentence, or was cut off by a page break.</summary>
internal static class SentenceEnd
{
    public static bool IsComplete(string text)
    {
        var trimmed = text.AsSpan().TrimEnd().TrimEnd("\"”’'»]*");
        if (trimmed.IsEmpty)
            return false;
        // A closing parenthesis is a citation after the final full stop: "… spheres. (Fars, November 15)".
        return trimmed[^1] is '.' or '!' or '?' or '…' or ')';
    }
}
