using System.Text;

namespace Spotlight.Reading;

/// <summary>
/// PDF names as readers compare them: a <c>#</c> and two hex digits stand for one byte, so <c>/F#6d1</c> in a
/// resource dictionary is the <c>/Fm1</c> a content stream draws. A name is compared decoded, never as written.
/// </summary>
internal static class PdfNames
{
    /// <param name="written">The name as written after its slash, its bytes as Latin-1 characters.</param>
    public static string Decode(string written)
    {
        int hash = written.IndexOf('#');
        if (hash < 0)
            return written;
        var name = new StringBuilder(written.Length);
        name.Append(written, 0, hash);
        for (int i = hash; i < written.Length; i++)
        {
            if (written[i] == '#' && i + 2 < written.Length && char.IsAsciiHexDigit(written[i + 1]) && char.IsAsciiHexDigit(written[i + 2]))
            {
                name.Append((char)Convert.ToByte(written.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
                name.Append(written[i]);
        }
        return name.ToString();
    }
}
