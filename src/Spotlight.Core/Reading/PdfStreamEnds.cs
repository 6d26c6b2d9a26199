namespace Spotlight.Reading;

/// <summary>
/// Where PdfPig (0.1.16, lenient) ends a stream's data, so that the pre-scan looks at the same bytes. A /Length
/// is used when <c>endstream</c> follows it after at most two line ends; otherwise the data runs to the last
/// <c>endstream</c> before the first <c>endobj</c> PdfPig's scanner takes for one, and that scanner does not see
/// an <c>endobj</c> one byte after an <c>endstream</c>: the data of a stream with a wrong /Length runs on over
/// the stream objects after it, whose drawing the pre-scan must count too.
/// </summary>
internal sealed class PdfStreamEnds
{
    private readonly string _text;
    private readonly List<int> _endstreams = [];
    private readonly List<int> _endobjs = [];

    public PdfStreamEnds(string text)
    {
        _text = text;
        for (int at = text.IndexOf("endstream", StringComparison.Ordinal); at >= 0; at = text.IndexOf("endstream", at + 1, StringComparison.Ordinal))
        {
            int after = at + "endstream".Length;
            if (after == text.Length || IsWhite(text[after]))
                _endstreams.Add(at);
        }
        for (int at = text.IndexOf("endobj", StringComparison.Ordinal); at >= 0; at = text.IndexOf("endobj", at + 1, StringComparison.Ordinal))
        {
            bool unseen = at >= "endstream".Length + 1 && _endstreams.BinarySearch(at - "endstream".Length - 1) >= 0;
            if (!unseen)
                _endobjs.Add(at);
        }
    }

    /// <summary>Where the data after the <c>stream</c> keyword at <paramref name="keyword"/> starts: after the first line end.</summary>
    public int DataStart(int keyword)
    {
        int at = keyword + "stream".Length;
        while (at < _text.Length && _text[at] is not ('\r' or '\n'))
            at++;
        if (at < _text.Length && _text[at] == '\r' && at + 1 < _text.Length && _text[at + 1] == '\n')
            at++;
        return Math.Min(at + 1, _text.Length);
    }

    /// <summary>Whether PdfPig takes <paramref name="length"/> bytes from <paramref name="data"/> as the stream's data.</summary>
    public bool Fits(int data, long length)
    {
        if (length < 0 || data + length >= _text.Length)
            return false;
        int at = data + (int)length;
        for (int ends = 0; ends < 2 && at < _text.Length && _text[at] is '\r' or '\n'; ends++)
            at++;
        return string.CompareOrdinal(_text, at, "endstream", 0, "endstream".Length) == 0;
    }

    /// <summary>Where the data starting at <paramref name="data"/> ends when its length is not used (at most: PdfPig may stop sooner).</summary>
    public int End(int data)
    {
        int first = FirstAtOrAfter(_endobjs, data);
        if (first == _endobjs.Count)
            return LastBefore(_endstreams, data, _text.Length) ?? _text.Length;
        if (LastBefore(_endstreams, data, _endobjs[first]) is { } end)
            return end;
        // No endstream before it: that endobj is taken for the end, and the next one read stops the scanner.
        int second = first + 1 < _endobjs.Count ? _endobjs[first + 1] : _text.Length;
        return LastBefore(_endstreams, _endobjs[first], second) ?? _endobjs[first];
    }

    private static int FirstAtOrAfter(List<int> positions, int at)
    {
        int index = positions.BinarySearch(at);
        return index >= 0 ? index : ~index;
    }

    /// <summary>The last position in [from, before), or null.</summary>
    private static int? LastBefore(List<int> positions, int from, int before)
    {
        int index = FirstAtOrAfter(positions, before) - 1;
        return index >= 0 && positions[index] >= from ? positions[index] : null;
    }

    private static bool IsWhite(char c) => c is '\0' or '\t' or '\n' or '\f' or '\r' or ' ';
}
