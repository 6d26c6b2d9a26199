using System.Text.RegularExpressions;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Joins text broken across a line or a page. A hyphen at the break is kept where it joins a
/// compound ("Iranian-" + "backed") and dropped where it split one word ("coun-" + "try"),
/// judged first by the words of the document itself, then by the embedded word list.
/// </summary>
internal sealed partial class LineJoiner(string documentText)
{
    [GeneratedRegex(@"\p{L}+(?:[-'’]\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<left>\p{L}+)-$")]
    private static partial Regex HyphenatedEnd();

    [GeneratedRegex(@"^(?<right>\p{L}+)")]
    private static partial Regex LeadingWord();

    private HashSet<string>? _documentWords;

    public string Join(string left, string right)
    {
        left = left.TrimEnd();
        right = right.TrimStart();
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;

        var end = HyphenatedEnd().Match(left);
        var start = end.Success ? LeadingWord().Match(right) : Match.Empty;
        if (!end.Success || !start.Success)
            return left + " " + right;

        bool keepHyphen = KeepsHyphen(end.Groups["left"].Value, start.Groups["right"].Value);
        return keepHyphen ? left + right : left[..^1] + right;
    }

    private bool KeepsHyphen(string a, string b)
    {
        var words = DocumentWords();
        if (words.Contains(a + "-" + b)) return true;
        if (words.Contains(a + b)) return false;
        // A capital after the hyphen is a name or a proper adjective: pro-Iranian, Kazemi-Qomi.
        if (char.IsUpper(b[0])) return true;
        if (WordList.Contains(a + b)) return false;
        // Two words on their own, or a proper adjective before the hyphen (Iranian-led): a compound.
        return char.IsUpper(a[0]) || (IsWord(a) && IsWord(b));
    }

    private static bool IsWord(string s) => s.Length < 4 || WordList.Contains(s);

    private HashSet<string> DocumentWords()
    {
        if (_documentWords is not null)
            return _documentWords;
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var match in Word().EnumerateMatches(documentText))
            words.Add(documentText.Substring(match.Index, match.Length));
        return _documentWords = words;
    }
}
